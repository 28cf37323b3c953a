import { z } from 'zod';
import { IdSchema, TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** The load a variant is rated or tested for, so sizing can warn past it and propose a variant that fits. */
export const RatedLoadSchema = z
  .strictObject({
    driver: IdSchema.describe('Load driver id, e.g. "users".'),
    min: z.number().nonnegative().optional().describe('Lowest load the variant is meant for.'),
    max: z.number().positive().optional().describe('Highest load the variant is rated or tested for.'),
    basis: z
      .enum(['rated', 'tested'])
      .describe('rated: the vendor says the variant is for this load; tested: the vendor tested it at this load.'),
    text: TextSchema.optional().describe("The statement in archkb's words, when the numbers need context."),
    source: SourcesSchema.describe('Where the vendor states it.'),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'a rated load needs min, max or both' })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min is above max; swap them', path: ['min'] });

export type RatedLoad = z.output<typeof RatedLoadSchema>;
