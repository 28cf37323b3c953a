import { z } from 'zod';
import { CloudServiceIdSchema } from './cloud-ref.ts';
import { TextSchema } from './id.ts';
import { SourcesSchema } from './source-ref.ts';

/** Something the vendor says does not work with a component ("X is not supported"). */
export const IncompatibilitySchema = z.strictObject({
  with: z.string().min(1).max(100).describe('Product, technology or setup the vendor excludes, e.g. "Redis Cluster mode".'),
  services: z
    .array(CloudServiceIdSchema)
    .optional()
    .describe('Managed services that are that product, so the cloud mapping never proposes them.'),
  text: TextSchema.describe("The statement in archkb's words."),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

export type Incompatibility = z.output<typeof IncompatibilitySchema>;
