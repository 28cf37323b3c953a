import { z } from 'zod';
import { CloudIdSchema } from './cloud-ref.ts';
import { IdSchema } from './component.ts';
import { NoteSchema } from './fact.ts';
import { SourceRefSchema } from './source-ref.ts';

/** One way to deploy the product (single container, Kubernetes, Azure, multi-region, ...). */
export const VariantSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture; used in URLs.'),
  name: z.string().min(1).describe('Display name.'),
  summary: z.string().min(1).describe("One or two sentences on this variant, in archkb's words."),
  cloud: CloudIdSchema.optional().describe('Cloud the vendor wrote this variant for; omit when cloud-neutral.'),
  production: z.boolean().optional().describe('Whether the vendor presents it as fit for production.'),
  availabilityZones: z
    .strictObject({ min: z.number().int().positive().describe('Minimum zones.'), source: SourceRefSchema.describe('Where stated.') })
    .optional()
    .describe('Minimum availability zones the vendor recommends.'),
  source: SourceRefSchema.describe('Where the vendor describes the variant.'),
  notes: z.array(NoteSchema).optional().describe('Facts that apply to this variant only.'),
});

/** A diagram group: a tier, zone, subnet or boundary that holds components. */
export const GroupSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture.'),
  label: z.string().min(1).describe('Label drawn on the boundary.'),
  parent: IdSchema.optional().describe('Enclosing group id.'),
});

/** A directed connection between two components, with what flows over it. */
export const ConnectionSchema = z.strictObject({
  from: IdSchema.describe('Component id the flow starts at.'),
  to: IdSchema.describe('Component id the flow ends at.'),
  label: z.string().min(1).describe('What flows, e.g. "SQL" or "sessions".'),
  variants: z.array(IdSchema).min(1).optional().describe('Variant ids it applies to; all when omitted.'),
  source: SourceRefSchema.describe('Where the vendor describes the flow.'),
});

export type Variant = z.output<typeof VariantSchema>;
export type Group = z.output<typeof GroupSchema>;
export type Connection = z.output<typeof ConnectionSchema>;
