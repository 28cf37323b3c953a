import { z } from 'zod';
import { CloudIdSchema, CloudServiceIdSchema } from './cloud-ref.ts';
import { TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** A managed cloud service the vendor itself names for a component, with the SKU or tier it names, if any. */
export const ManagedOptionSchema = z.strictObject({
  cloud: CloudIdSchema.describe('Cloud of the service.'),
  service: CloudServiceIdSchema.describe('Service id from data/clouds.ts.'),
  sku: z.string().min(1).max(60).optional().describe('Size, class or tier the vendor names for it, e.g. "db.t4g.large".'),
  note: TextSchema.optional().describe("What the vendor says about it, in archkb's words (e.g. tested with)."),
  source: SourcesSchema.describe('Where the vendor names it.'),
});

export type ManagedOption = z.output<typeof ManagedOptionSchema>;
