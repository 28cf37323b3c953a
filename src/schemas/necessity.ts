import { z } from 'zod';
import { TextSchema } from './id.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** How much a deployment needs a component. */
export const necessityLevels = ['required', 'recommended', 'optional', 'conditional'] as const;
export type NecessityLevel = (typeof necessityLevels)[number];

/** Whether a component is needed, and under which condition. */
export const NecessitySchema = z
  .strictObject({
    level: z.enum(necessityLevels).describe('required, recommended, optional, or conditional (needs a condition).'),
    condition: TextSchema.optional().describe('When the component applies, e.g. "only when profile images are enabled".'),
    basis: BasisSchema.default('stated').describe('inferred when the level follows from the layout of the text rather than its words.'),
    source: SourcesSchema.describe('Where the vendor says so.'),
  })
  .refine((n) => n.level !== 'conditional' || n.condition, {
    message: 'a conditional component needs a condition; add necessity.condition saying when it is needed',
    path: ['condition'],
  });

export type Necessity = z.output<typeof NecessitySchema>;
