import { z } from 'zod';
import { TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** An edition or licence a component or variant needs, as the vendor states it. */
export const EditionSchema = z.strictObject({
  name: z.string().min(1).max(80).describe('Edition or licence, e.g. "Enterprise".'),
  text: TextSchema.optional().describe("What the condition means, in archkb's words."),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

export type Edition = z.output<typeof EditionSchema>;
