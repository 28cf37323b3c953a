import { z } from 'zod';
import { TextSchema } from './id.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** Kinds of prose facts; each is shown with its own label. */
export const noteKinds = [
  'requirement',
  'warning',
  'limitation',
  'recommendation',
  'option',
  'high-availability',
  'network',
  'bundling',
  'runtime',
  'info',
] as const;
export type NoteKind = (typeof noteKinds)[number];

/** A sourced statement that is not a number: a stated requirement, a warning, a limitation, a recommendation, an option. */
export const NoteSchema = z.strictObject({
  kind: z
    .enum(noteKinds)
    .describe('requirement (the vendor says it must be done), recommendation (should), option (can), warning, limitation, ...'),
  text: TextSchema.describe("The fact in archkb's own words."),
  basis: BasisSchema.default('stated'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

export type Note = z.output<typeof NoteSchema>;
