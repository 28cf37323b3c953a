import { z } from 'zod';
import { cloudIds, type CloudId } from './cloud-ref.ts';
import { TextSchema } from './id.ts';
import { BandwidthSchema, CountSchema, figureSchema, VersionNumberSchema } from './quantity.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** What a set of requirement figures is for, as the vendor labels it. */
export const requirementScopes = [
  'minimum',
  'recommended',
  'production',
  'high-availability',
  'reference',
  'default',
  'tested',
  'example',
] as const;
export type RequirementScope = (typeof requirementScopes)[number];

/** What the copies a requirement counts are, in the vendor's word: a Helm replicaCount counts replicas, not machines. */
export const copyKinds = ['nodes', 'pods', 'replicas', 'instances', 'tasks'] as const;
export type CopyKind = (typeof copyKinds)[number];

/** A lowest (and optionally highest) supported version of a product. */
export const VersionFloorSchema = z
  .strictObject({
    product: z.string().min(1).max(80).describe('Product the versions apply to, e.g. "PostgreSQL".'),
    min: VersionNumberSchema.optional().describe('Lowest supported version.'),
    max: VersionNumberSchema.optional().describe('Highest supported version.'),
    note: TextSchema.optional().describe('A condition on the range, e.g. "18 needs ZITADEL 4.11.0 or later".'),
  })
  .refine((v) => v.min !== undefined || v.max !== undefined, { message: 'a version range needs min, max or both' });

/** Example machine types the vendor names for the figures, per cloud. */
export const InstanceExamplesSchema = z
  .partialRecord(z.enum(cloudIds), z.string().min(1).max(60))
  .describe('Machine types the vendor names for these figures, per cloud, e.g. { aws: "c7g.2xlarge" }.');

/** A set of figures the vendor states for a component (or one container or process of it) in one scope. */
export const RequirementSchema = z
  .strictObject({
    scope: z.enum(requirementScopes).describe('What the vendor says the figures are for (minimum, recommended, production, ...).'),
    part: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe('Container or process the figures are for; parts of one component in one scope add up.'),
    nodes: CountSchema.optional().describe('Node, replica or pod count.'),
    counts: z
      .enum(copyKinds)
      .optional()
      .describe('What the vendor calls the copies `nodes` counts (pods, replicas, instances, tasks); nodes when left out.'),
    vcpu: figureSchema('cpu', 'CPU')
      .optional()
      .describe('CPU per node: vCPU (fractions allowed), millicores, a range, or a request and limit.'),
    memory: figureSchema('size', 'memory').optional().describe('Memory per node, e.g. "8 GB" or { request: "1250 MB", limit: "1360 MB" }.'),
    storage: figureSchema('size', 'storage').optional().describe('Storage per node, e.g. "500 GB".'),
    storageType: z.string().min(1).max(80).optional().describe('Disk type the vendor names, e.g. "SSD".'),
    iops: figureSchema('count', 'IOPS').optional().describe('Disk operations per second.'),
    iopsKind: z.enum(['total', 'read', 'write']).default('total').describe('Which operations the IOPS figure counts.'),
    bandwidth: BandwidthSchema.optional().describe('Network bandwidth, e.g. "10 Gbps".'),
    os: TextSchema.optional().describe('Operating system (and version floor) as stated.'),
    versions: z.array(VersionFloorSchema).optional().describe('Supported version ranges of the component or what it runs on.'),
    instances: InstanceExamplesSchema.optional(),
    perNode: z.boolean().default(true).describe('true: figures are per node and multiply by nodes; false: for all nodes together.'),
    note: TextSchema.optional().describe("A qualifier the vendor attaches to these figures, in archkb's words."),
    basis: BasisSchema.default('stated'),
    source: SourcesSchema.describe('Where the vendor states these figures.'),
  })
  .refine(
    (r) =>
      [r.nodes, r.vcpu, r.memory, r.storage, r.storageType, r.iops, r.bandwidth, r.os, r.versions, r.instances].some(
        (value) => value !== undefined,
      ),
    { message: 'a requirements entry states nothing; give at least one figure (nodes, vcpu, memory, storage, iops, versions, ...)' },
  )
  .refine((r) => r.counts === undefined || r.nodes !== undefined, {
    message: 'counts says what the nodes count is of, but no nodes count is given; add nodes or remove counts',
    path: ['counts'],
  });

export type VersionFloor = z.output<typeof VersionFloorSchema>;
export type Requirement = z.output<typeof RequirementSchema>;
export type InstanceExamples = Partial<Record<CloudId, string>>;
