import { z } from 'zod';
import { CloudIdSchema } from './cloud-ref.ts';
import { EditionSchema } from './edition.ts';
import { IdSchema, NameSchema, SummarySchema } from './id.ts';
import { NoteSchema } from './note.ts';
import { RatedLoadSchema } from './rated-load.ts';
import { SourcesSchema } from './source-ref.ts';

/** One way to deploy the product (single container, Kubernetes, Azure, multi-region, a load tier, ...). */
export const VariantSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture; used in URLs.'),
  name: NameSchema.describe('Display name.'),
  summary: SummarySchema.describe("One or two sentences on this variant, in archkb's words."),
  cloud: CloudIdSchema.optional().describe('Cloud the vendor wrote this variant for; omit when cloud-neutral.'),
  production: z.boolean().optional().describe('Whether the vendor presents it as fit for production; omit when it does not say.'),
  edition: EditionSchema.optional().describe('Edition or licence the variant needs.'),
  rated: z.array(RatedLoadSchema).optional().describe('Loads the vendor rates or tested this variant for.'),
  availabilityZones: z
    .strictObject({
      min: z.number().int().positive().describe('Minimum zones.'),
      source: SourcesSchema.describe('Where stated.'),
    })
    .optional()
    .describe('Minimum availability zones the vendor recommends.'),
  regions: z
    .strictObject({
      min: z.number().int().positive().describe('Minimum regions.'),
      source: SourcesSchema.describe('Where stated.'),
    })
    .optional()
    .describe('Regions the variant spans, when the vendor says.'),
  source: SourcesSchema.describe('Where the vendor describes the variant.'),
  notes: z.array(NoteSchema).optional().describe('Facts that apply to this variant only.'),
});

export type Variant = z.output<typeof VariantSchema>;
