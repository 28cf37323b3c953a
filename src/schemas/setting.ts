import { z } from 'zod';
import { TextSchema } from './id.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** A configuration setting the vendor states: one it requires, recommends, ships as a default, or shows as an example. */
export const SettingSchema = z.strictObject({
  name: z.string().min(1).max(120).describe('Setting name as written, e.g. "auto.create.topics.enable" or "WORKER".'),
  value: z.string().min(1).max(200).describe('Value to set, as written.'),
  status: z.enum(['required', 'recommended', 'default', 'example']).describe('required, recommended, the default, or an example value.'),
  text: TextSchema.optional().describe("What it does or why, in archkb's words."),
  basis: BasisSchema.default('stated'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

export type Setting = z.output<typeof SettingSchema>;
