import { z } from 'zod';
import { IdSchema } from './id.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** A directed connection between two components, with what flows over it. */
export const ConnectionSchema = z.strictObject({
  from: IdSchema.describe('Component id the flow starts at.'),
  to: IdSchema.describe('Component id the flow ends at.'),
  label: z.string().min(1).max(60).optional().describe('What flows, only when the vendor says (e.g. "SQL", "sessions").'),
  basis: BasisSchema.describe('stated: the text says these two talk; inferred: it only implies it (drawn dotted).'),
  variants: z.array(IdSchema).min(1).optional().describe('Variant ids it applies to; all when omitted.'),
  source: SourcesSchema.describe('Where the vendor describes the flow, or what implies it.'),
});

export type Connection = z.output<typeof ConnectionSchema>;
