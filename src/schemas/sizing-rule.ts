import { z } from 'zod';
import { IdSchema, TextSchema } from './id.ts';
import { CpuSchema, figureSchema, SizeSchema } from './quantity.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** An amount that grows with load: so much CPU, memory, storage or IOPS per `per` units of a load driver, added on top of the stated figures (base + rate, as vendors write it). */
export const SizingRuleSchema = z
  .strictObject({
    driver: IdSchema.describe('Load driver id (from loadDrivers) the rule scales with.'),
    per: z.number().positive().default(1).describe('How many driver units the amounts are for, e.g. 15 for "per 15 logins per second".'),
    vcpu: figureSchema('cpu', 'CPU').optional().describe('CPU per `per` units (a range or request/limit allowed).'),
    memory: figureSchema('size', 'memory').optional().describe('Memory per `per` units, e.g. "30 kB".'),
    storage: figureSchema('size', 'storage').optional().describe('Storage per `per` units.'),
    iops: figureSchema('count', 'IOPS').optional().describe('Disk operations per second per `per` units.'),
    iopsKind: z.enum(['total', 'read', 'write']).default('total').describe('Which operations the IOPS figure counts.'),
    appliesTo: z.enum(['total', 'per-node']).default('total').describe('total: for the whole component; per-node: for each node.'),
    part: z.string().min(1).max(60).optional().describe('Container or process the amounts are for.'),
    approximate: z.boolean().default(false).describe('The vendor gives the figure as approximate.'),
    note: TextSchema.optional().describe("A qualifier the vendor attaches, in archkb's words."),
    basis: BasisSchema.default('stated'),
    source: SourcesSchema.describe('Where the vendor states the rule.'),
  })
  .refine((r) => r.vcpu || r.memory || r.storage || r.iops, {
    message: 'a sizing rule needs an amount; give vcpu, memory, storage or iops per `per` units of the driver',
  });

/** How a limit follows from a request: limit = (request - minus) x times / dividedBy. */
export const LimitRuleSchema = z
  .strictObject({
    resource: z.enum(['vcpu', 'memory']).describe('Resource whose limit the rule sets.'),
    minus: z.union([CpuSchema, SizeSchema]).optional().describe('Subtracted from the request first, e.g. "300 MB" of non-heap memory.'),
    times: z.number().positive().optional().describe('Multiplier, e.g. 2.5 for "150 % extra head-room".'),
    dividedBy: z.number().positive().optional().describe('Divisor, e.g. 0.7 when 70 % of the limit is heap.'),
    text: TextSchema.describe("The rule in archkb's words."),
    source: SourcesSchema.describe('Where the vendor states it.'),
  })
  .refine((r) => r.minus !== undefined || r.times !== undefined || r.dividedBy !== undefined, {
    message: 'a limit rule needs minus, times or dividedBy',
  });

export type SizingRule = z.output<typeof SizingRuleSchema>;
export type LimitRule = z.output<typeof LimitRuleSchema>;
