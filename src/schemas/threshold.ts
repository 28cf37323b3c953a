import { z } from 'zod';
import { IdSchema, TextSchema } from './id.ts';
import { necessityLevels } from './necessity.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** A load above which the vendor changes its recommendation for a component. */
export const ThresholdSchema = z.strictObject({
  driver: IdSchema.default('users').describe('Load driver id the threshold is on; users by default.'),
  above: z.number().nonnegative().describe('Applies when the load exceeds this number (strictly).'),
  level: z.enum(necessityLevels).describe('Necessity the component takes above the threshold.'),
  text: TextSchema.describe("The recommendation in archkb's words."),
  basis: BasisSchema.default('stated'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

export type Threshold = z.output<typeof ThresholdSchema>;
