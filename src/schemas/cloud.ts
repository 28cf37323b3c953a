import { z } from 'zod';
import { cloudServices, clouds } from '../../data/clouds.ts';

/** Ids of the registered clouds. */
export const cloudIds = clouds.map((cloud) => cloud.id) as [CloudId, ...CloudId[]];
export type CloudId = (typeof clouds)[number]['id'];

/** A cloud id (aws, azure, gcp). */
export const CloudIdSchema = z.enum(cloudIds, {
  error: (issue) => `unknown cloud ${JSON.stringify(issue.input)}; use one of ${cloudIds.join(', ')}.`,
});

/** Where a deployment runs: one of the clouds, or self-managed hardware. */
export const targetIds = ['self-managed', ...cloudIds] as const;
export type TargetId = (typeof targetIds)[number];

export type CloudServiceId = (typeof cloudServices)[number]['id'];
const cloudServiceIds = cloudServices.map((service) => service.id) as [CloudServiceId, ...CloudServiceId[]];

/** A managed-service id from data/clouds.ts. */
export const CloudServiceIdSchema = z.enum(cloudServiceIds, {
  error: (issue) =>
    `unknown cloud service ${JSON.stringify(issue.input)}; add it to cloudServices in data/clouds.ts or use a registered id.`,
});

/** One managed service in the registry. */
export const CloudServiceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id.'),
  cloud: CloudIdSchema.describe('Cloud offering the service.'),
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
  .refine((m) => (m.aws && m.azure && m.gcp) || m.reason, { message: 'a null mapping needs a reason', path: ['reason'] });

/** A general-purpose instance type. */
export const InstanceTypeSchema = z.strictObject({
  cloud: CloudIdSchema.describe('Cloud of the instance type.'),
  name: z.string().min(1).describe('Instance type name.'),
  vcpu: z.number().int().positive().describe('Virtual CPUs.'),
  memoryGiB: z.number().positive().describe('Memory in GiB.'),
});

export type CloudService = z.output<typeof CloudServiceSchema>;
export type RoleMapping = z.output<typeof RoleMappingSchema>;
export type InstanceType = z.output<typeof InstanceTypeSchema>;
