import { z } from 'zod';
import { IdSchema, NameSchema } from './id.ts';

/** Where a group sits in the flow, so diagrams order groups edge -> application -> data -> operations. */
export const groupTiers = ['edge', 'application', 'data', 'operations', 'external', 'boundary'] as const;
export type GroupTier = (typeof groupTiers)[number];

/** A diagram group: a tier, zone, subnet or boundary that holds components. */
export const GroupSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture.'),
  label: NameSchema.describe('Label drawn on the boundary.'),
  tier: z.enum(groupTiers).optional().describe('Where the group sits in the flow; boundary for zones, regions and networks.'),
  parent: IdSchema.optional().describe('Enclosing group id.'),
  perZone: z
    .boolean()
    .optional()
    .describe('Whether one copy of the group sits in every availability zone (a subnet per zone), so counts multiply by the zones.'),
});

export type Group = z.output<typeof GroupSchema>;
