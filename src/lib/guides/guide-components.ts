import { z } from 'zod';
import { targetIds } from '../../schemas/cloud-ref.ts';
import { noteKinds } from '../../schemas/note.ts';
import { requirementScopes } from '../../schemas/requirement.ts';

/** A product reference: an architecture id, e.g. "keycloak". */
const ProductRefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'is not a product id; write the architecture id, e.g. of="keycloak"')
  .describe('Architecture id, e.g. "keycloak".');

/** A product or one of its components (or hosts): "keycloak" or "keycloak/database". */
const SubjectRefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'is not "product" or "product/component"; write e.g. of="keycloak/database"')
  .describe('"product" for product and variant facts, "product/component" for a component (or host) fact.');

/** A product, or a product and one of its variants: "keycloak" or "keycloak/multi-cluster". */
const ColumnRefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'is not "product" or "product/variant"; write e.g. "keycloak/multi-cluster"')
  .describe('"product" (its default variant) or "product/variant".');

const VariantSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'is not a variant id; write the id from the architecture file, e.g. variant="multi-cluster"')
  .describe("Variant id; the product's first (default) variant when omitted.");

/** The values of a figure a <Fact> may print on its own rather than the whole statement. */
export const factFigures = ['nodes', 'vcpu', 'memory', 'storage', 'iops', 'bandwidth', 'versions', 'instances', 'value'] as const;
export type FactFigure = (typeof factFigures)[number];

/** The kinds of modelled value a <Fact> prints, each with the selectors that pick one value of its kind. */
export const guideFactAttributes = [
  'requirement',
  'sizing-rule',
  'limit-rule',
  'threshold',
  'rated-load',
  'zones',
  'regions',
  'managed-service',
  'setting',
  'necessity',
  'technology',
  'edition',
  'note',
] as const;
export type GuideFactAttribute = (typeof guideFactAttributes)[number];

/** Props of <Fact>: what it is about, which kind of value, and selectors until exactly one value is left. */
export const FactPropsSchema = z.strictObject({
  of: SubjectRefSchema,
  attribute: z.enum(guideFactAttributes).describe('Which kind of modelled value to print.'),
  variant: VariantSchema.optional(),
  scope: z.enum(requirementScopes).optional().describe('requirement: the scope the vendor gives the figures (minimum, recommended, ...).'),
  part: z.string().min(1).max(60).optional().describe('requirement or sizing-rule: the container or process the figures are for.'),
  figure: z
    .enum(factFigures)
    .optional()
    .describe(
      'requirement or sizing-rule: print this one figure instead of the whole statement; limit-rule: vcpu or memory; setting: value.',
    ),
  driver: z.string().min(1).max(60).optional().describe('sizing-rule, threshold or rated-load: the load driver id.'),
  cloud: z.enum(targetIds).optional().describe('managed-service, or figure="instances": the cloud.'),
  name: z.string().min(1).max(120).optional().describe('setting: the setting name as the model writes it.'),
  kind: z.enum(noteKinds).optional().describe('note: the kind of note (requirement, warning, limitation, ...).'),
  matching: z
    .string()
    .min(3)
    .max(80)
    .optional()
    .describe('Keeps only values whose printed text contains these words (any case); the build fails if the model stops saying them.'),
  source: z
    .string()
    .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'is not "document-id#section-id"')
    .optional()
    .describe('Keeps only values cited to this section, when other selectors leave more than one.'),
});
export type FactProps = z.output<typeof FactPropsSchema>;

/** Props of the components that show one variant of one product (table, diagram, cloud mapping). */
export const VariantViewPropsSchema = z.strictObject({ of: ProductRefSchema, variant: VariantSchema.optional() });
export type VariantViewProps = z.output<typeof VariantViewPropsSchema>;

/** Props of <Sizing>: one variant at the given load per driver, on one target. */
export const SizingPropsSchema = z.strictObject({
  of: ProductRefSchema,
  variant: VariantSchema.optional(),
  loads: z
    .record(z.string(), z.number().positive('must be a load above zero'))
    .describe('Load per load-driver id, e.g. loads={{ users: 5000 }}.'),
  cloud: z.enum(targetIds).optional().describe("Where it runs: aws, azure, gcp or self-managed; the variant's own cloud when omitted."),
});
export type SizingProps = z.output<typeof SizingPropsSchema>;

/** Props of <Comparison>: the columns, two or more. */
export const ComparisonPropsSchema = z.strictObject({
  of: z.array(ColumnRefSchema).min(2, 'needs at least two columns').max(8, 'takes at most eight columns').describe('Columns to compare.'),
});
export type ComparisonProps = z.output<typeof ComparisonPropsSchema>;

/** Props of <Cite>: one section of a source document. */
export const CitePropsSchema = z.strictObject({
  source: z
    .string()
    .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'is not "document-id#section-id"')
    .describe('The section cited.'),
});
export type CiteProps = z.output<typeof CitePropsSchema>;

/** Where an element may stand: inside a sentence, on its own lines, or either. */
export type GuideElementPlacement = 'text' | 'flow' | 'any';

/** One component a guide may use: its props, where it may stand and whether it wraps text. */
export interface GuideComponentSpec {
  props: z.ZodType;
  placement: GuideElementPlacement;
  /** Whether it wraps text (only <Example>). */
  children: boolean;
  /** One line for error messages and the contributor guide. */
  summary: string;
}

/**
 * The components a guide may use, by the name it is written with. Guides import nothing: the guide page passes these,
 * and the guide check reads the same table, so a name or prop the table lacks fails before anything renders.
 */
export const guideComponents = {
  Fact: { props: FactPropsSchema, placement: 'any', children: false, summary: 'one modelled value with its unit and citation' },
  Cite: { props: CitePropsSchema, placement: 'any', children: false, summary: 'a citation of one section of a source document' },
  Example: {
    props: z.strictObject({}),
    placement: 'text',
    children: true,
    summary: "marks the guide's own example figures (not the vendor's), which the drift check then leaves alone",
  },
  ComponentsTable: { props: VariantViewPropsSchema, placement: 'flow', children: false, summary: "one variant's components table" },
  Diagram: { props: VariantViewPropsSchema, placement: 'flow', children: false, summary: "one variant's diagram" },
  CloudMapping: {
    props: VariantViewPropsSchema,
    placement: 'flow',
    children: false,
    summary: "one variant's components mapped onto each cloud's managed services",
  },
  Sizing: { props: SizingPropsSchema, placement: 'flow', children: false, summary: 'a sizing of one variant for a given load and cloud' },
  Comparison: {
    props: ComparisonPropsSchema,
    placement: 'flow',
    children: false,
    summary: 'a comparison matrix of chosen products or variants',
  },
} as const satisfies Record<string, GuideComponentSpec>;

export type GuideComponentName = keyof typeof guideComponents;

/** Whether a JSX name is one of the guide components. */
export function isGuideComponentName(name: string): name is GuideComponentName {
  return Object.hasOwn(guideComponents, name);
}
