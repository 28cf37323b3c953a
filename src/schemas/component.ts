import { z } from 'zod';
import { CloudIdSchema, CloudServiceIdSchema } from './cloud-ref.ts';
import { NoteSchema } from './fact.ts';
import { CountSchema, SizeSchema } from './quantity.ts';
import { RoleIdSchema } from './role-ref.ts';
import { SourceRefSchema } from './source-ref.ts';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
/** A kebab-case identifier. */
export const IdSchema = z.string().regex(idPattern, 'must be kebab-case: lower-case letters, digits and hyphens');

/** How much a deployment needs a component. */
export const necessityLevels = ['required', 'recommended', 'optional', 'conditional'] as const;
export type NecessityLevel = (typeof necessityLevels)[number];

/** Whether a component is needed, and under which condition. */
export const NecessitySchema = z
  .strictObject({
    level: z.enum(necessityLevels).describe('required, recommended, optional, or conditional (needs a condition).'),
    condition: z.string().min(1).optional().describe('When the component applies, e.g. "only when profile images are enabled".'),
    source: SourceRefSchema.describe('Where the vendor says so.'),
  })
  .refine((n) => n.level !== 'conditional' || n.condition, {
    message: 'a conditional component needs a condition; add necessity.condition saying when it is needed',
    path: ['condition'],
  });

/** What a set of requirement figures is for. */
export const requirementScopes = ['minimum', 'high-availability', 'production'] as const;
export type RequirementScope = (typeof requirementScopes)[number];

/** Minimum requirements as the vendor states them; per-node figures multiply by the node count. */
export const RequirementsSchema = z.strictObject({
  scope: z.enum(requirementScopes).default('minimum').describe('What the figures are for.'),
  nodes: CountSchema.optional().describe('Node or replica count.'),
  vcpu: CountSchema.optional().describe('vCPUs per node.'),
  memory: SizeSchema.optional().describe('Memory per node, e.g. "8 GB".'),
  storage: SizeSchema.optional().describe('Storage per node, e.g. "500 GB".'),
  version: z
    .strictObject({
      product: z.string().min(1).describe('Product the floor applies to.'),
      min: z
        .string()
        .regex(/^\d+(\.\d+)*$/, 'must be a version number such as "13"')
        .describe('Lowest supported version.'),
    })
    .optional()
    .describe('Version floor.'),
  instance: z
    .strictObject({
      cloud: CloudIdSchema.describe('Cloud the SKU belongs to.'),
      sku: z.string().min(1).describe('Instance or service SKU the vendor names, e.g. "D2 v3".'),
    })
    .optional()
    .describe('Instance type the vendor names.'),
  source: SourceRefSchema.describe('Where the vendor states these figures.'),
});

/** A per-user rule code can compute with (Redis about 30 kB per user). */
export const SizingRuleSchema = z.strictObject({
  resource: z.enum(['memory', 'storage']).describe('Resource that grows with users.'),
  perUser: SizeSchema.describe('Amount per user, e.g. "30 kB".'),
  approximate: z.boolean().default(false).describe('The vendor gives the figure as approximate.'),
  source: SourceRefSchema.describe('Where the vendor states the rule.'),
});

/** A user count above which the vendor changes its recommendation. */
export const ThresholdSchema = z.strictObject({
  usersAbove: CountSchema.describe('Applies when users exceed this number.'),
  level: z.enum(necessityLevels).describe('Necessity the component takes above the threshold.'),
  text: z.string().min(1).describe("The recommendation in archkb's words."),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

/** A managed service the vendor itself names for this component. */
export const ManagedOptionSchema = z.strictObject({
  cloud: CloudIdSchema.describe('Cloud of the service.'),
  service: CloudServiceIdSchema.describe('Service id from data/clouds.ts.'),
  source: SourceRefSchema.describe('Where the vendor names it.'),
});

/** A configuration setting the vendor requires or recommends. */
export const SettingSchema = z.strictObject({
  name: z.string().min(1).describe('Setting name, e.g. "auto.create.topics.enable".'),
  value: z.string().min(1).describe('Value to set.'),
  required: z.boolean().describe('The vendor says it must be set.'),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

/** A DNS record the deployment needs. */
export const DnsRecordSchema = z.strictObject({
  type: z.enum(['CNAME', 'A', 'AAAA']).describe('Record type.'),
  name: z.string().min(1).describe('Record name; <DOMAIN> stands for your domain.'),
  target: z.string().min(1).describe('What the record points at.'),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

/** Where in the network the component sits. */
export const PlacementSchema = z.strictObject({
  subnet: z.enum(['public', 'private']).describe('Public or private subnet.'),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

/** When the deployment depends on the component. */
export const RuntimeSchema = z.strictObject({
  needed: z.enum(['always', 'startup-only']).describe('Always, or only when containers start or restart.'),
  source: SourceRefSchema.describe('Where the vendor states it.'),
});

/** Fields a variant may override on a component. */
export const ComponentOverrideSchema = z.strictObject({
  name: z.string().min(1).optional().describe('Display name in this variant.'),
  technology: z.string().min(1).optional().describe('Product in this variant.'),
  purpose: z.string().min(1).optional().describe('Purpose in this variant.'),
  source: SourceRefSchema.optional().describe('Where this variant describes the component.'),
  necessity: NecessitySchema.optional().describe('Necessity in this variant.'),
  requirements: z.array(RequirementsSchema).optional().describe('Requirements in this variant (replace the default).'),
  managed: z.array(ManagedOptionSchema).optional().describe('Vendor-named managed services in this variant.'),
  group: IdSchema.optional().describe('Diagram group in this variant.'),
  notes: z.array(NoteSchema).optional().describe('Notes in this variant (replace the default).'),
});

/** One component of an architecture: what it is, why it is there, and what it needs. */
export const ComponentSchema = z.strictObject({
  id: IdSchema.describe('Unique within the architecture; used in connections and URLs.'),
  name: z.string().min(1).describe('Display name.'),
  role: RoleIdSchema.describe('Role id from data/roles.ts.'),
  technology: z.string().min(1).optional().describe('Product or technology, e.g. "PostgreSQL".'),
  examples: z.array(z.string().min(1)).optional().describe('Products the vendor gives as examples, e.g. ["Amazon S3", "MinIO"].'),
  purpose: z.string().min(1).describe("What the component does here, in archkb's words."),
  source: SourceRefSchema.describe('Where the vendor describes the component.'),
  necessity: NecessitySchema.describe('Whether it is required.'),
  requirements: z.array(RequirementsSchema).optional().describe('Stated minimums; omit when the vendor states none.'),
  sizing: z.array(SizingRuleSchema).optional().describe('Per-user sizing rules.'),
  thresholds: z.array(ThresholdSchema).optional().describe('User counts that change the recommendation.'),
  managed: z.array(ManagedOptionSchema).optional().describe('Managed services the vendor names.'),
  placement: PlacementSchema.optional().describe('Network placement.'),
  runtime: RuntimeSchema.optional().describe('When the deployment depends on it.'),
  settings: z.array(SettingSchema).optional().describe('Required or recommended settings.'),
  dns: z.array(DnsRecordSchema).optional().describe('DNS records it needs.'),
  notes: z.array(NoteSchema).optional().describe('Warnings, limitations and other facts.'),
  group: IdSchema.optional().describe('Diagram group (tier, zone or subnet) id.'),
  variants: z.array(IdSchema).min(1).optional().describe('Variant ids the component appears in; all when omitted.'),
  overrides: z.record(IdSchema, ComponentOverrideSchema).optional().describe('Per-variant changes, keyed by variant id.'),
});

export type Necessity = z.output<typeof NecessitySchema>;
export type Requirements = z.output<typeof RequirementsSchema>;
export type SizingRule = z.output<typeof SizingRuleSchema>;
export type Threshold = z.output<typeof ThresholdSchema>;
export type ManagedOption = z.output<typeof ManagedOptionSchema>;
export type Setting = z.output<typeof SettingSchema>;
export type DnsRecord = z.output<typeof DnsRecordSchema>;
export type Placement = z.output<typeof PlacementSchema>;
export type Runtime = z.output<typeof RuntimeSchema>;
export type ComponentOverride = z.output<typeof ComponentOverrideSchema>;
export type Component = z.output<typeof ComponentSchema>;
