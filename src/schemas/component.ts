import { z } from 'zod';
import { EditionSchema } from './edition.ts';
import { IdSchema, NameSchema, TextSchema } from './id.ts';
import { IncompatibilitySchema } from './incompatibility.ts';
import { ManagedOptionSchema } from './managed-option.ts';
import { NecessitySchema } from './necessity.ts';
import { NoteSchema } from './note.ts';
import { RequirementSchema } from './requirement.ts';
import { RoleIdSchema } from './role-ref.ts';
import { SettingSchema } from './setting.ts';
import { LimitRuleSchema, SizingRuleSchema } from './sizing-rule.ts';
import { BasisSchema, SourcesSchema } from './source-ref.ts';
import { ThresholdSchema } from './threshold.ts';

/** A DNS record the deployment needs. */
export const DnsRecordSchema = z.strictObject({
  type: z.enum(['CNAME', 'A', 'AAAA']).describe('Record type.'),
  name: z.string().min(1).max(200).describe('Record name; <DOMAIN> stands for your domain.'),
  target: z.string().min(1).max(200).describe('What the record points at.'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

/** Where in the network the component sits. */
export const PlacementSchema = z.strictObject({
  subnet: z.enum(['public', 'private']).describe('Public or private subnet.'),
  basis: BasisSchema.default('stated'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

/** When the deployment depends on the component. */
export const RuntimeSchema = z.strictObject({
  needed: z.enum(['always', 'startup-only']).describe('Always, or only when containers start or restart.'),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

/** A network port the component listens on or needs open. */
export const PortSchema = z.strictObject({
  port: z.number().int().min(1).max(65535).describe('Port number.'),
  protocol: z.enum(['tcp', 'udp']).default('tcp').describe('tcp or udp.'),
  purpose: TextSchema.describe("What the port carries, in archkb's words."),
  source: SourcesSchema.describe('Where the vendor states it.'),
});

/** Fields a variant may override on a component. */
export const ComponentOverrideSchema = z.strictObject({
  name: NameSchema.optional().describe('Display name in this variant.'),
  technology: NameSchema.optional().describe('Product in this variant.'),
  examples: z.array(NameSchema).optional().describe('Example products in this variant (replace the default).'),
  purpose: TextSchema.optional().describe('Purpose in this variant.'),
  source: SourcesSchema.optional().describe('Where this variant describes the component.'),
  necessity: NecessitySchema.optional().describe('Necessity in this variant.'),
  requirements: z.array(RequirementSchema).optional().describe('Requirements in this variant (replace the default).'),
  sizing: z.array(SizingRuleSchema).optional().describe('Load-based rules in this variant (replace the default).'),
  thresholds: z.array(ThresholdSchema).optional().describe('Thresholds in this variant (replace the default).'),
  managed: z.array(ManagedOptionSchema).optional().describe('Vendor-named managed services in this variant.'),
  settings: z.array(SettingSchema).optional().describe('Settings in this variant (replace the default).'),
  group: IdSchema.optional().describe('Diagram group in this variant.'),
  notes: z.array(NoteSchema).optional().describe('Notes in this variant (replace the default).'),
});

/** One component of an architecture: what it is, why it is there, and what it needs. */
export const ComponentSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture; used in connections and URLs.'),
  name: NameSchema.describe('Display name.'),
  role: RoleIdSchema.describe('Role id from data/roles.ts.'),
  technology: NameSchema.optional().describe('Product or technology, e.g. "PostgreSQL".'),
  examples: z.array(NameSchema).optional().describe('Products the vendor gives as examples, e.g. ["Amazon S3", "MinIO"].'),
  purpose: TextSchema.describe("What the component does here, in archkb's words."),
  source: SourcesSchema.describe('Where the vendor describes the component.'),
  necessity: NecessitySchema.describe('Whether it is required.'),
  edition: EditionSchema.optional().describe('Edition or licence the component needs.'),
  requirements: z.array(RequirementSchema).optional().describe('Stated figures by scope; omit when the vendor states none.'),
  sizing: z.array(SizingRuleSchema).optional().describe('Amounts that grow with a load driver.'),
  limits: z.array(LimitRuleSchema).optional().describe('How limits follow from requests (head-room rules).'),
  thresholds: z.array(ThresholdSchema).optional().describe('Loads that change the recommendation.'),
  managed: z.array(ManagedOptionSchema).optional().describe('Managed services the vendor names.'),
  incompatible: z.array(IncompatibilitySchema).optional().describe('What the vendor says does not work with it.'),
  placement: PlacementSchema.optional().describe('Network placement.'),
  runtime: RuntimeSchema.optional().describe('When the deployment depends on it.'),
  ports: z.array(PortSchema).optional().describe('Ports it listens on or needs.'),
  settings: z.array(SettingSchema).optional().describe('Settings the vendor states.'),
  dns: z.array(DnsRecordSchema).optional().describe('DNS records it needs.'),
  notes: z.array(NoteSchema).optional().describe('Requirements, warnings, limitations and other facts in words.'),
  group: IdSchema.optional().describe('Diagram group (tier, zone or subnet) id.'),
  count: z.number().int().positive().optional().describe('How many of it the diagram shows, when the vendor states a fixed number.'),
  variants: z.array(IdSchema).min(1).optional().describe('Variant ids the component appears in; all when omitted.'),
  overrides: z.record(IdSchema, ComponentOverrideSchema).optional().describe('Per-variant changes, keyed by variant id.'),
});

export type DnsRecord = z.output<typeof DnsRecordSchema>;
export type Placement = z.output<typeof PlacementSchema>;
export type Runtime = z.output<typeof RuntimeSchema>;
export type Port = z.output<typeof PortSchema>;
export type ComponentOverride = z.output<typeof ComponentOverrideSchema>;
export type Component = z.output<typeof ComponentSchema>;
