import type { Architecture } from '../../schemas/architecture.ts';
import type { NecessityLevel } from '../../schemas/necessity.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import {
  findCategory,
  formatFactHeading,
  formatNecessity,
  formatSetting,
  formatVariantTitle,
  listVariantFacts,
  resolveVariant,
  toCategoryPath,
  toSizingPath,
  toVariantPath,
  type Fact,
  type FactAttribute,
} from '../model/index.ts';
import { buildComponentTable, type ComponentRow } from './build-component-table.ts';
import { buildSourceIndex, type SourceIndexEntry } from './build-source-index.ts';

/** A short numbered reference to one entry of the page's sources list. */
export interface Citation {
  /** The entry's number in the page's sources list; null when the table is shown without that list (then the section title is shown). */
  number: number | null;
  /** Fragment id of the entry in the sources list. */
  anchor: string;
  /** "Document: Section", for the link's title. */
  title: string;
}

/** A fact as a page shows it: its sentence, whether it is only implied, and its numbered citations. */
export interface PageFact {
  text: string;
  /** A leading part of `text` to set as code (a setting's "name = value"), or null. */
  code: string | null;
  inferred: boolean;
  citations: Citation[];
}

/** The facts of one attribute under their heading, e.g. "Settings". */
export interface FactList {
  attribute: FactAttribute;
  heading: string;
  items: PageFact[];
}

/** One component as the components table (cards on a phone) shows it. */
export interface ComponentCard {
  id: string;
  /** Fragment id of the row. */
  anchor: string;
  name: string;
  technology: string;
  roleLabel: string;
  /** Whether to show the role under the name: not when the name already says it ("Load balancer"). */
  showRole: boolean;
  purpose: PageFact;
  necessity: NecessityLevel;
  necessityLabel: string;
  necessityInferred: boolean;
  condition: string;
  necessityCitations: Citation[];
  /** Stated figures, load rules and limits; empty when the vendor states none. */
  requirements: PageFact[];
  /** Managed services the vendor names; empty when none. */
  managed: PageFact[];
  /** Fragment id of the component's further facts below the table, or null when it has none. */
  detailsAnchor: string | null;
}

/** Facts about one component that the table has no column for: examples, settings, ports, thresholds and the rest. */
export interface ComponentDetails {
  id: string;
  anchor: string;
  name: string;
  lists: FactList[];
}

/** One section heading of the page, for its contents list. */
export interface PageSection {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** Everything an architecture variant page shows, computed once so the page only maps it to markup. */
export interface VariantPage {
  title: string;
  product: string;
  vendor: string;
  categoryLabel: string;
  categoryHref: string;
  summary: string;
  variantSummary: PageFact;
  variants: { name: string; href: string; current: boolean }[];
  sizingPath: string;
  comparePath: string;
  components: ComponentCard[];
  /** Which optional columns some component fills; an empty column is left out and `tableNotes` says so once. */
  columns: { requirements: boolean; managed: boolean };
  tableNotes: string[];
  details: ComponentDetails[];
  /** Facts about the variant as a whole: edition, load drivers, rated loads, zones, regions, co-location, disagreements. */
  about: FactList[];
  /** The diagram in words: each tier with its components, then every connection. */
  tiers: PageFact[];
  connections: PageFact[];
  sources: SourceIndexEntry[];
  sections: PageSection[];
  breadcrumbs: { label: string; href: string }[];
}

/** Attributes listed under "About this variant", in order. */
const aboutAttributes: readonly FactAttribute[] = ['edition', 'load-driver', 'rated-load', 'zones', 'regions', 'host', 'conflict'];

/** Attributes listed under a component's details, in order. */
const detailAttributes: readonly FactAttribute[] = [
  'examples',
  'edition',
  'threshold',
  'incompatibility',
  'placement',
  'runtime',
  'dns',
  'port',
  'setting',
];

/** Attributes the table shows in its requirements column. */
const requirementAttributes: ReadonlySet<FactAttribute> = new Set(['requirement', 'sizing-rule', 'limit-rule']);

/** The components table of rows built elsewhere (a guide, an embed), citing by section title as there is no numbered list beside it. */
export function toComponentTableView(rows: readonly ComponentRow[]): Pick<VariantPage, 'components' | 'columns' | 'tableNotes'> {
  const cite = (refs: readonly SourceRef[]): Citation[] =>
    [...new Map(refs.map((ref) => [ref.anchor, ref])).values()].map((ref) => ({
      number: null,
      anchor: ref.anchor,
      title: `${ref.documentTitle}: ${ref.sectionTitle}`,
    }));
  const toPageFact = (fact: Fact): PageFact => ({
    text: fact.text,
    code: null,
    inferred: fact.basis === 'inferred',
    citations: cite(fact.sources),
  });
  const components = rows.map((row): ComponentCard => {
    const purpose = row.facts.find((fact) => fact.attribute === 'purpose');
    const necessity = row.facts.find((fact) => fact.attribute === 'necessity');
    return {
      id: row.id,
      anchor: row.anchor,
      name: row.name,
      technology: row.technology && row.technology !== row.name ? row.technology : '',
      roleLabel: row.roleLabel,
      showRole: row.roleLabel !== row.name,
      purpose: purpose ? toPageFact(purpose) : { text: row.purpose, code: null, inferred: false, citations: [] },
      necessity: row.necessity,
      necessityLabel: formatNecessity(row.necessity),
      necessityInferred: row.necessityInferred,
      condition: row.condition,
      necessityCitations: necessity ? cite(necessity.sources) : [],
      requirements: row.facts.filter((fact) => requirementAttributes.has(fact.attribute)).map(toPageFact),
      managed: row.facts.filter((fact) => fact.attribute === 'managed-service').map(toPageFact),
      detailsAnchor: null,
    };
  });
  return { components, ...describeColumns(components) };
}

/** Which optional columns some component fills, and the one note for each left out. */
function describeColumns(components: readonly ComponentCard[]): Pick<VariantPage, 'columns' | 'tableNotes'> {
  const columns = {
    requirements: components.some((c) => c.requirements.length > 0),
    managed: components.some((c) => c.managed.length > 0),
  };
  return {
    columns,
    tableNotes: [
      ...(columns.requirements ? [] : ['The vendor states no figures (nodes, CPU, memory, storage) for any component of this variant.']),
      ...(columns.managed ? [] : ['The vendor names no managed cloud service for any component of this variant.']),
    ],
  };
}

/** Fragment id of a component's details block. */
export function toComponentDetailsAnchor(componentId: string): string {
  return `details-${componentId}`;
}

/**
 * Builds everything an architecture variant page shows, from the model's fact list so that every fact reaches the
 * page: the components table (purpose, necessity, figures and managed services, each with numbered citations), each
 * component's further facts, facts about the variant as a whole, the diagram in words, notes, and the numbered sources.
 */
export function buildVariantPage(architecture: Architecture, variantId: string): VariantPage {
  const resolved = resolveVariant(architecture, variantId);
  const sources = buildSourceIndex(resolved);
  const numbers = new Map(sources.map((entry) => [entry.anchor, entry]));
  const cite = (refs: readonly SourceRef[]): Citation[] =>
    [...new Map(refs.map((ref) => [ref.anchor, ref])).values()].flatMap((ref) => {
      const entry = numbers.get(ref.anchor);
      return entry ? [{ number: entry.number, anchor: entry.anchor, title: `${entry.documentTitle}: ${entry.sectionTitle}` }] : [];
    });
  // A setting's fact starts with "name = value (status)"; the "name = value" part is set as code.
  const settingCode = new Map(
    resolved.components.flatMap((component) =>
      (component.settings ?? []).map((setting) => [formatSetting(setting), `${setting.name} = ${setting.value}`] as const),
    ),
  );
  const toPageFact = (fact: Fact): PageFact => {
    const prefix = fact.attribute === 'setting' ? [...settingCode.keys()].find((text) => fact.text.startsWith(text)) : undefined;
    return {
      text: fact.text,
      code: prefix ? (settingCode.get(prefix) ?? null) : null,
      inferred: fact.basis === 'inferred',
      citations: cite(fact.sources),
    };
  };
  const listsOf = (facts: readonly Fact[], attributes: readonly FactAttribute[]): FactList[] =>
    attributes.flatMap((attribute) => {
      const items = facts.filter((fact) => fact.attribute === attribute).map(toPageFact);
      return items.length > 0 ? [{ attribute, heading: formatFactHeading(attribute), items }] : [];
    });

  const variantFacts = listVariantFacts(resolved);
  const rows = buildComponentTable(resolved);
  const details = rows.flatMap((row): ComponentDetails[] => {
    const lists = listsOf(row.facts, detailAttributes);
    return lists.length > 0 ? [{ id: row.id, anchor: toComponentDetailsAnchor(row.id), name: row.name, lists }] : [];
  });
  const withDetails = new Set(details.map((entry) => entry.id));
  const components = rows.map((row): ComponentCard => {
    const purpose = row.facts.find((fact) => fact.attribute === 'purpose');
    const necessity = row.facts.find((fact) => fact.attribute === 'necessity');
    return {
      id: row.id,
      anchor: row.anchor,
      name: row.name,
      technology: row.technology && row.technology !== row.name ? row.technology : '',
      roleLabel: row.roleLabel,
      showRole: row.roleLabel !== row.name,
      purpose: purpose ? toPageFact(purpose) : { text: row.purpose, code: null, inferred: false, citations: [] },
      necessity: row.necessity,
      necessityLabel: formatNecessity(row.necessity),
      necessityInferred: row.necessityInferred,
      condition: row.condition,
      necessityCitations: necessity ? cite(necessity.sources) : [],
      requirements: row.facts.filter((fact) => requirementAttributes.has(fact.attribute)).map(toPageFact),
      managed: row.facts.filter((fact) => fact.attribute === 'managed-service').map(toPageFact),
      detailsAnchor: withDetails.has(row.id) ? toComponentDetailsAnchor(row.id) : null,
    };
  });
  const { columns, tableNotes } = describeColumns(components);
  const about = listsOf(
    variantFacts.filter((fact) => fact.component === null),
    aboutAttributes,
  );
  const summary = variantFacts.find((fact) => fact.attribute === 'summary');
  const title = formatVariantTitle(architecture, resolved.variant.name);
  const category = findCategory(architecture.category);
  const sections: PageSection[] = [
    ...(about.length > 0 ? [{ id: 'about', text: 'About this variant', depth: 2 as const }] : []),
    { id: 'components', text: 'Components', depth: 2 },
    { id: 'diagram', text: 'Diagram', depth: 2 },
    ...(details.length > 0 ? [{ id: 'component-details', text: 'Component details', depth: 2 as const }] : []),
    { id: 'notes', text: 'Notes and warnings', depth: 2 },
    { id: 'export-heading', text: 'Export and embed', depth: 2 },
    { id: 'sources', text: 'Sources', depth: 2 },
  ];
  return {
    title,
    product: architecture.product,
    vendor: architecture.vendor,
    categoryLabel: category.label,
    categoryHref: toCategoryPath(architecture.category),
    summary: architecture.summary,
    variantSummary: summary ? toPageFact(summary) : { text: resolved.variant.summary, code: null, inferred: false, citations: [] },
    variants: architecture.variants.map((variant) => ({
      name: variant.name,
      href: toVariantPath(architecture, variant.id),
      current: variant.id === variantId,
    })),
    sizingPath: toSizingPath(architecture, variantId),
    comparePath: `/compare/#${architecture.category}`,
    components,
    columns,
    tableNotes,
    details,
    about,
    tiers: variantFacts.filter((fact) => fact.attribute === 'group').map(toPageFact),
    connections: variantFacts.filter((fact) => fact.attribute === 'connection').map(toPageFact),
    sources,
    sections,
    breadcrumbs: [
      { label: 'Architectures', href: '/' },
      { label: category.label, href: toCategoryPath(architecture.category) },
      ...(architecture.variants.length > 1
        ? [{ label: architecture.product, href: toVariantPath(architecture, architecture.variants[0]!.id) }]
        : []),
      {
        label: architecture.variants.length > 1 ? resolved.variant.name : architecture.product,
        href: toVariantPath(architecture, variantId),
      },
    ],
  };
}
