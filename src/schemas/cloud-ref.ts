import { z } from 'zod';
import { cloudServices, clouds } from './registries.ts';

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
