import { z } from 'zod';

/** A cloud archkb maps components onto. */
export const CloudSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id (aws, azure, gcp).'),
  label: z.string().min(1).describe('Name shown to readers.'),
});

/** One managed service in the registry. */
export const CloudServiceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id.'),
  cloud: z.string().min(1).describe('Id of the cloud offering the service.'),
  name: z.string().min(1).describe('Product name as the cloud writes it.'),
});

/** The managed service archkb maps a role to on each cloud, or null with a reason. */
export const RoleMappingSchema = z
  .strictObject({
    role: z.string().min(1).describe('Role id from data/roles.ts.'),
    aws: z.string().nullable().describe('Service id on AWS, or null.'),
    azure: z.string().nullable().describe('Service id on Azure, or null.'),
    gcp: z.string().nullable().describe('Service id on Google Cloud, or null.'),
    note: z.string().optional().describe('Caveat shown beside the mapping.'),
    reason: z.string().optional().describe('Why a cloud has no managed equivalent; required when any cloud is null.'),
  })
  .refine((m) => (m.aws && m.azure && m.gcp) || m.reason, {
    message: 'a null mapping needs a reason; add reason saying why the cloud has no managed equivalent',
    path: ['reason'],
  });
