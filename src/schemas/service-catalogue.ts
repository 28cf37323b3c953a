import { z } from 'zod';

/** Where a catalogue's figures come from, with the date they were read. */
export const CatalogueSourceSchema = z.looseObject({
  title: z.string().min(1).describe('What the source is.'),
  url: z.string().nullable().optional().describe('Public address of the source, when it has one.'),
  repository: z.string().nullable().optional().describe('Repository the figures were read from, when they were.'),
  commit: z.string().nullable().optional().describe('Commit of that repository.'),
  path: z.string().nullable().optional().describe('File in that repository.'),
  retrieved: z.iso.date().describe('Date the figures were read (YYYY-MM-DD).'),
});

/** One size a service sells: a VM type, a database instance class, a cache tier and capacity. */
export const CatalogueSizeSchema = z.looseObject({
  name: z.string().min(1).describe('The size as the cloud writes it, e.g. "db.m7g.large" or "Standard C1".'),
  family: z.string().nullable().optional().describe('Family or series the size belongs to.'),
  vcpu: z.number().positive().nullable().describe('Virtual CPUs; null when the cloud does not state them.'),
  memoryGiB: z.number().positive().nullable().describe('Memory in GiB; null when the cloud does not state it.'),
  capacityGiB: z.number().positive().nullable().optional().describe('Cache capacity in GiB, for services sold by capacity.'),
  tier: z.string().nullable().optional().describe('Service tier, e.g. "Standard".'),
  category: z.string().nullable().optional().describe('general-purpose, memory-optimized, burstable, shared-core, cache.'),
  apiName: z.string().nullable().optional().describe('The name the cloud API uses, when it differs.'),
});

/** The sizes one managed service or VM family sells on one cloud (data/catalogues/<cloud>-<service>.json). */
export const ServiceCatalogueSchema = z.looseObject({
  service: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Catalogue id, e.g. "aws-rds-postgresql".'),
  cloud: z.enum(['aws', 'azure', 'gcp']).describe('Cloud that sells it.'),
  name: z.string().min(1).describe('The service as the cloud writes it.'),
  kind: z
    .enum(['vm', 'kubernetes-node', 'managed-database', 'managed-cache', 'managed-search', 'managed-streaming'])
    .describe('What kind of service.'),
  sizeLabel: z.string().min(1).optional().describe('What the cloud calls a size, e.g. "DB instance class".'),
  registryServiceId: z.string().nullable().describe('The matching service id in data/clouds.ts.'),
  sameSizesAs: z.string().optional().describe('Another catalogue whose sizes this service uses (Kubernetes nodes are VMs).'),
  capacityRule: z
    .looseObject({ unit: z.string(), min: z.number().positive(), max: z.number().positive(), step: z.number().positive() })
    .optional()
    .describe('For services sold by capacity: any step between min and max.'),
  source: CatalogueSourceSchema.describe('Main source of the figures.'),
  notes: z.array(z.string()).optional().describe('Caveats a reader should know.'),
  sizes: z.array(CatalogueSizeSchema).default([]).describe('Sizes on sale, smallest first.'),
});

export type CatalogueSize = z.output<typeof CatalogueSizeSchema>;
export type ServiceCatalogue = z.output<typeof ServiceCatalogueSchema>;
