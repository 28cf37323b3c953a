import { z } from 'zod';
import { SourceRefSchema } from './source-ref.ts';

/** Kinds of prose facts; each is shown with its own label and icon. */
export const noteKinds = [
  'warning',
  'limitation',
  'recommendation',
  'high-availability',
  'network',
  'bundling',
  'runtime',
  'info',
] as const;
export type NoteKind = (typeof noteKinds)[number];

/** A sourced statement that is not a number: a warning, a limitation, a recommendation. */
export const NoteSchema = z.strictObject({
  kind: z.enum(noteKinds).describe('What sort of statement this is.'),
  text: z.string().min(1).describe("The fact in archkb's own words."),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

export type Note = z.output<typeof NoteSchema>;
