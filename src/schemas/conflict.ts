import { z } from 'zod';
import { TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** One of the statements that disagree. */
export const ConflictStatementSchema = z.strictObject({
  text: TextSchema.describe("What this place says, in archkb's words."),
  source: SourcesSchema.describe('Where it says so.'),
});

/** Places in the sources that contradict each other; archkb shows all of them and never picks one silently. */
export const ConflictSchema = z.strictObject({
  topic: z.string().min(1).max(120).describe('What the statements disagree about, e.g. "Required Redis version".'),
  component: z.string().optional().describe('Component id the conflict concerns, if one.'),
  statements: z
    .array(ConflictStatementSchema)
    .min(2, 'a conflict needs at least two statements')
    .describe('Every statement, each with its source.'),
});

export type Conflict = z.output<typeof ConflictSchema>;
