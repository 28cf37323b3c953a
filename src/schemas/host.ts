import { z } from 'zod';
import { IdSchema, NameSchema } from './id.ts';
import { RequirementSchema } from './requirement.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';

/** Components that run together on one server, VM, pod or container: counted once by sizing, mapped as one machine. */
export const HostSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture.'),
  name: NameSchema.describe('Display name, e.g. "Single Docker container".'),
  kind: z.enum(['server', 'vm', 'pod', 'container']).describe('What the components share.'),
  components: z.array(IdSchema).min(2, 'a host holds at least two components').describe('Ids of the components that run on it.'),
  requirements: z.array(RequirementSchema).optional().describe('Figures the vendor states for the host as a whole.'),
  variants: z.array(IdSchema).min(1).optional().describe('Variant ids the host applies to; all when omitted.'),
  basis: BasisSchema.default('stated'),
  source: SourcesSchema.describe('Where the vendor says they run together.'),
});

export type Host = z.output<typeof HostSchema>;
