import { z } from 'zod';
import { CategoryIdSchema } from './category-ref.ts';
import { ComponentSchema } from './component.ts';
import { ConflictSchema } from './conflict.ts';
import { ConnectionSchema } from './connection.ts';
import { GroupSchema } from './group.ts';
import { HostSchema } from './host.ts';
import { IdSchema, NameSchema, SummarySchema } from './id.ts';
import { LoadDriverSchema } from './load-driver.ts';
import { NoteSchema } from './note.ts';
import { cloudServices, clouds } from './registries.ts';
import { SourceDocumentSchema, type SourceDocument } from './source-document.ts';
import type { SourceRef } from './source-ref.ts';
import { VariantSchema } from './variant.ts';

/** Where a problem is and what it is; the schema turns these into zod issues. */
export interface CrossReferenceProblem {
  path: (string | number)[];
  message: string;
}

type Raw = Record<string, unknown>;

/** The entries of a list field that are mappings, with their index; tolerant of anything else. */
function entries(value: unknown): [Raw, number][] {
  return Array.isArray(value)
    ? value.flatMap((item, index): [Raw, number][] =>
        item && typeof item === 'object' && !Array.isArray(item) ? [[item as Raw, index]] : [],
      )
    : [];
}

/** The string ids of a list of mappings. */
function idsOf(value: unknown): string[] {
  return entries(value).flatMap(([item]) => (typeof item.id === 'string' ? [item.id] : []));
}

/** A list of strings, tolerant of anything else. */
function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Every citation under a value with its path: parsed refs ({ doc, section }) and raw "doc#section" strings alike. */
function collectCitations(value: unknown, path: (string | number)[] = []): { doc: string; section: string; path: (string | number)[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectCitations(item, [...path, index]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Raw).flatMap(([key, child]) => {
    if (key === 'documents') return [];
    if (key !== 'source') return collectCitations(child, [...path, key]);
    const list = Array.isArray(child) ? child : [child];
    return list.flatMap((ref, index) => {
      const at = Array.isArray(child) ? [...path, key, index] : [...path, key];
      if (typeof ref === 'string') {
        const match = /^([a-z0-9-]+)#([a-z0-9-]+)$/.exec(ref);
        return match ? [{ doc: match[1] ?? '', section: match[2] ?? '', path: at }] : [];
      }
      if (ref && typeof ref === 'object' && typeof (ref as Raw).doc === 'string') {
        return [{ doc: String((ref as Raw).doc), section: String((ref as Raw).section), path: at }];
      }
      return [];
    });
  });
}

/** Every text value with its path, for the leftover-placeholder check. */
function collectTexts(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectTexts(item, [...path, index]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Raw).flatMap(([key, child]) => (key === 'documents' ? [] : collectTexts(child, [...path, key])));
}

const serviceCloud = new Map<string, string>(cloudServices.map((service) => [service.id, service.cloud]));
const cloudLabel = new Map<string, string>(clouds.map((cloud) => [cloud.id, cloud.label]));

/**
 * Checks every cross-reference of an architecture: unique ids, group parents, variant and group names, load drivers,
 * connection ends, host members, citations against the listed documents and their sections, managed services filed
 * under their own cloud, thresholds in order, and scaffold placeholders left in. Works on raw or parsed data alike, so
 * the validator reports these together with schema problems in one pass.
 */
export function findCrossReferenceProblems(input: unknown): CrossReferenceProblem[] {
  const problems: CrossReferenceProblem[] = [];
  if (!input || typeof input !== 'object') return problems;
  const data = input as Raw;
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  for (const field of ['variants', 'components', 'groups', 'hosts', 'loadDrivers'] as const) {
    const seen = new Set<string>();
    for (const [item, index] of entries(data[field])) {
      if (typeof item.id !== 'string') continue;
      if (seen.has(item.id)) add([field, index, 'id'], `duplicate ${field} id "${item.id}"; give each entry a unique id.`);
      seen.add(item.id);
    }
  }
  const variantIds = new Set(idsOf(data.variants));
  const groupIds = new Set(idsOf(data.groups));
  const driverIds = new Set(idsOf(data.loadDrivers));
  const components = new Map(entries(data.components).flatMap(([item]) => (typeof item.id === 'string' ? [[item.id, item] as const] : [])));
  const list = (ids: Iterable<string>) => [...ids].join(', ') || '(none declared)';

  const checkVariants = (value: unknown, path: (string | number)[]) => {
    stringsOf(value).forEach((id, index) => {
      if (!variantIds.has(id)) add([...path, index], `unknown variant "${id}"; use one of ${list(variantIds)}.`);
    });
  };
  const checkDriver = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && !driverIds.has(value)) {
      add(path, `unknown load driver "${value}"; declare it under loadDrivers (ids: ${list(driverIds)}).`);
    }
  };
  const checkGroup = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && !groupIds.has(value)) add(path, `unknown group "${value}"; declare it under groups.`);
  };

  for (const [group, index] of entries(data.groups)) {
    if (typeof group.parent === 'string' && !groupIds.has(group.parent)) {
      add(['groups', index, 'parent'], `unknown parent group "${group.parent}"; declare it under groups.`);
    }
    const chain = new Set<string>([String(group.id)]);
    let parent = group.parent;
    while (typeof parent === 'string') {
      if (chain.has(parent)) {
        add(['groups', index, 'parent'], `group "${String(group.id)}" is its own ancestor; break the parent cycle.`);
        break;
      }
      chain.add(parent);
      parent = entries(data.groups).find(([g]) => g.id === parent)?.[0].parent;
    }
  }

  for (const [variant, index] of entries(data.variants)) {
    for (const [rated, r] of entries(variant.rated)) checkDriver(rated.driver, ['variants', index, 'rated', r, 'driver']);
  }

  /** Checks the load-related and cloud fields a component or one of its overrides carries. */
  const checkComponentFacts = (facts: Raw, path: (string | number)[]) => {
    checkGroup(facts.group, [...path, 'group']);
    for (const [rule, r] of entries(facts.sizing)) checkDriver(rule.driver, [...path, 'sizing', r, 'driver']);
    const thresholds = entries(facts.thresholds);
    for (const [threshold, t] of thresholds) {
      if (threshold.driver !== undefined) checkDriver(threshold.driver, [...path, 'thresholds', t, 'driver']);
      else checkDriver('users', [...path, 'thresholds', t, 'driver']);
    }
    thresholds.forEach(([threshold, t], position) => {
      const earlier = thresholds.slice(0, position).filter(([other]) => (other.driver ?? 'users') === (threshold.driver ?? 'users'));
      for (const [other] of earlier) {
        if (other.above === threshold.above && other.level !== threshold.level) {
          add(
            [...path, 'thresholds', t],
            `contradicts an earlier threshold at the same load (${String(threshold.above)}); keep one level per load.`,
          );
        } else if (typeof other.above === 'number' && typeof threshold.above === 'number' && threshold.above < other.above) {
          add(
            [...path, 'thresholds', t, 'above'],
            `thresholds are out of order (${threshold.above} after ${other.above}); list them from the lowest load up.`,
          );
        }
      }
    });
    for (const [option, m] of entries(facts.managed)) {
      const cloud = typeof option.service === 'string' ? serviceCloud.get(option.service) : undefined;
      if (cloud && typeof option.cloud === 'string' && cloud !== option.cloud) {
        add(
          [...path, 'managed', m, 'cloud'],
          `"${String(option.service)}" is a service of ${cloudLabel.get(cloud) ?? cloud}, filed under ${option.cloud}; set cloud: ${cloud}.`,
        );
      }
    }
  };

  for (const [component, index] of entries(data.components)) {
    const path = ['components', index];
    checkVariants(component.variants, [...path, 'variants']);
    checkComponentFacts(component, path);
    const overrides = component.overrides;
    if (overrides && typeof overrides === 'object' && !Array.isArray(overrides)) {
      for (const [key, override] of Object.entries(overrides as Raw)) {
        if (!variantIds.has(key))
          add([...path, 'overrides', key], `override for unknown variant "${key}"; use one of ${list(variantIds)}.`);
        if (override && typeof override === 'object') checkComponentFacts(override as Raw, [...path, 'overrides', key]);
      }
    }
  }

  const appearsIn = (id: string): string[] => {
    const variants = stringsOf(components.get(id)?.variants);
    return variants.length > 0 ? variants : [...variantIds];
  };
  for (const [connection, index] of entries(data.connections)) {
    const path = ['connections', index];
    checkVariants(connection.variants, [...path, 'variants']);
    if (typeof connection.from === 'string' && connection.from === connection.to) {
      add([...path, 'to'], `connection from "${connection.from}" to itself; a connection joins two different components.`);
    }
    for (const end of ['from', 'to'] as const) {
      const id = connection[end];
      if (typeof id !== 'string') continue;
      if (!components.has(id)) {
        add([...path, end], `connection ${end} "${id}" is not a component id; use one of ${list(components.keys())}.`);
        continue;
      }
      const scope = stringsOf(connection.variants).length > 0 ? stringsOf(connection.variants) : [...variantIds];
      const missing = scope.filter((variant) => !appearsIn(id).includes(variant));
      if (missing.length > 0) {
        add(
          [...path, 'variants'],
          `component "${id}" is not in variant(s) ${missing.join(', ')}; limit the connection with variants: [...].`,
        );
      }
    }
  }

  const hosted = new Map<string, string>();
  for (const [host, index] of entries(data.hosts)) {
    const path = ['hosts', index];
    checkVariants(host.variants, [...path, 'variants']);
    stringsOf(host.components).forEach((id, c) => {
      if (!components.has(id)) add([...path, 'components', c], `"${id}" is not a component id; use one of ${list(components.keys())}.`);
      const other = hosted.get(id);
      if (other && stringsOf(host.variants).length === 0) {
        add([...path, 'components', c], `component "${id}" is already on host "${other}"; a component runs on one host per variant.`);
      }
      hosted.set(id, String(host.id));
    });
  }

  for (const [conflict, index] of entries(data.conflicts)) {
    if (typeof conflict.component === 'string' && !components.has(conflict.component)) {
      add(['conflicts', index, 'component'], `"${conflict.component}" is not a component id; use one of ${list(components.keys())}.`);
    }
  }

  const listed = new Set(stringsOf(data.sources));
  const documents = new Map(entries(data.documents).flatMap(([doc]) => (typeof doc.id === 'string' ? [[doc.id, doc] as const] : [])));
  stringsOf(data.sources).forEach((id, index) => {
    if (!documents.has(id)) add(['sources', index], `unknown source document "${id}"; add content/sources/${id}.yaml describing it.`);
  });
  for (const citation of collectCitations(data)) {
    if (!listed.has(citation.doc)) {
      add(citation.path, `cites "${citation.doc}", which is not in this architecture's sources; add it to sources.`);
      continue;
    }
    const document = documents.get(citation.doc);
    if (!document) continue;
    const sections = entries(document.sections).map(([section]) => String(section.id));
    if (!sections.includes(citation.section)) {
      add(
        citation.path,
        `"${citation.doc}#${citation.section}" names no section of ${citation.doc}; cite one of ${sections.join(', ')} (or add the section to content/sources/${citation.doc}.yaml).`,
      );
    }
  }

  for (const { text, path } of collectTexts(data)) {
    if (/\bTODO\b/.test(text))
      add(path, 'still holds a TODO placeholder from the scaffold; replace it with what the vendor states, or remove the field.');
  }
  return problems;
}

/** Fills every citation's titles, vendor and address from the documents the architecture lists. */
function linkCitations(value: unknown, documents: ReadonlyMap<string, SourceDocument>): void {
  if (Array.isArray(value)) {
    for (const item of value) linkCitations(item, documents);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Raw;
  if (typeof record.anchor === 'string' && typeof record.doc === 'string' && typeof record.section === 'string') {
    const ref = record as unknown as SourceRef;
    const document = documents.get(ref.doc);
    ref.documentTitle = document?.title ?? ref.doc;
    ref.sectionTitle = document?.sections.find((section) => section.id === ref.section)?.title ?? ref.section;
    ref.vendor = document?.vendor ?? '';
    ref.url = document?.url;
    return;
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'documents') linkCitations(child, documents);
}

/** A self-hosted product's reference architecture: variants, components, hosts, groups, connections, notes and conflicts. */
export const ArchitectureSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id; must equal the file name without .yaml.'),
    product: NameSchema.describe('Product name.'),
    vendor: NameSchema.describe('Vendor or project name.'),
    aliases: z
      .array(NameSchema)
      .default([])
      .describe('Other names readers use for the product, such as a common abbreviation ("KC"); ask links them to this product.'),
    category: CategoryIdSchema.describe('Category id from data/categories.ts; peers are compared within a category.'),
    summary: SummarySchema.describe("Two or three sentences in archkb's words."),
    sources: z.array(IdSchema).min(1).describe('Ids of the source documents (content/sources/<id>.yaml) this architecture cites.'),
    documents: z
      .array(SourceDocumentSchema)
      .default([])
      .describe('Filled in by the loader from content/sources for the ids in sources; authors never write it.'),
    loadDrivers: z.array(LoadDriverSchema).default([]).describe('Measures of load the vendor sizes by (users, requests per second, ...).'),
    variants: z.array(VariantSchema).min(1).describe('Deployment variants; at least one.'),
    groups: z.array(GroupSchema).default([]).describe('Diagram groups (tiers, zones, subnets).'),
    hosts: z.array(HostSchema).default([]).describe('Components that run together on one server, pod or container.'),
    components: z.array(ComponentSchema).min(1).describe('Components; at least one.'),
    connections: z.array(ConnectionSchema).default([]).describe('Directed connections between components.'),
    notes: z.array(NoteSchema).default([]).describe('Facts that apply to the whole product.'),
    conflicts: z.array(ConflictSchema).default([]).describe('Places in the sources that contradict each other, all shown.'),
  })
  .superRefine(
    (architecture, ctx) => {
      for (const problem of findCrossReferenceProblems(architecture))
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    },
    { when: () => true },
  )
  .transform((architecture) => {
    linkCitations(architecture, new Map(architecture.documents.map((document) => [document.id, document])));
    return architecture;
  });

export type Architecture = z.output<typeof ArchitectureSchema>;
export type ArchitectureInput = z.input<typeof ArchitectureSchema>;
