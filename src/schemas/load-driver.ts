import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** A measure of load the vendor sizes by: users, concurrent workspaces, password logins per second, ... */
export const LoadDriverSchema = z.strictObject({
  id: IdSchema.describe('Id used by sizing rules, thresholds and rated loads, e.g. "users" or "password-logins-per-second".'),
  label: NameSchema.describe('Plural phrase that reads after a number, e.g. "password-based logins per second".'),
  singular: NameSchema.describe('The phrase for one unit, e.g. "user" (the label is the plural).'),
  examples: z
    .array(z.number().positive())
    .min(1)
    .max(5)
    .optional()
    .describe('Loads the sizing page shows precomputed, smallest first; archkb picks three when omitted.'),
  description: TextSchema.optional().describe('What counts as one unit, where the vendor says.'),
  source: SourcesSchema.describe('Where the vendor names this measure.'),
});

export type LoadDriver = z.output<typeof LoadDriverSchema>;
