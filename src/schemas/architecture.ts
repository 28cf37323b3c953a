import { z } from 'zod';
import { ComponentSchema, IdSchema } from './component.ts';
import { NoteSchema } from './fact.ts';
import { sourceDocumentIds } from './source-ref.ts';
import { ConnectionSchema, GroupSchema, VariantSchema } from './variant.ts';

/** Reports each id that appears more than once in `items`. */
function addDuplicateIssues(ctx: z.RefinementCtx, items: readonly { id: string }[], field: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, index, 'id'],
        message: `duplicate ${field} id "${item.id}"; give each entry a unique id.`,
      });
    }
    seen.add(item.id);
  });
}

/** A self-hosted product's reference architecture: variants, components, groups, connections and notes. */
export const ArchitectureSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id; must equal the file name without .yaml.'),
    product: z.string().min(1).describe('Product name.'),
    vendor: z.string().min(1).describe('Vendor name.'),
    category: z.string().min(1).describe('What kind of product it is, e.g. "Identity and access management".'),
    summary: z.string().min(1).describe("Two or three sentences in archkb's words."),
    sources: z
      .array(
        z.enum(sourceDocumentIds as [string, ...string[]], {
          error: (i) => `unknown source document ${JSON.stringify(i.input)}; register it in data/sources.ts.`,
        }),
      )
      .min(1)
      .describe('Source document ids this architecture draws on.'),
    variants: z.array(VariantSchema).min(1).describe('Deployment variants; at least one.'),
    groups: z.array(GroupSchema).default([]).describe('Diagram groups (tiers, zones, subnets).'),
    components: z.array(ComponentSchema).min(1).describe('Components; at least one.'),
    connections: z.array(ConnectionSchema).default([]).describe('Directed connections between components.'),
    notes: z.array(NoteSchema).default([]).describe('Facts that apply to the whole product.'),
  })
  .superRefine((architecture, ctx) => {
    addDuplicateIssues(ctx, architecture.variants, 'variants');
    addDuplicateIssues(ctx, architecture.components, 'components');
    addDuplicateIssues(ctx, architecture.groups, 'groups');
    const variantIds = new Set(architecture.variants.map((v) => v.id));
    const groupIds = new Set(architecture.groups.map((g) => g.id));
    const componentById = new Map(architecture.components.map((c) => [c.id, c]));
    const cited = new Set(architecture.sources);
    const checkVariants = (ids: readonly string[] | undefined, path: (string | number)[]) => {
      ids?.forEach((id, index) => {
        if (!variantIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: [...path, index],
            message: `unknown variant "${id}"; use one of ${[...variantIds].join(', ')}.`,
          });
      });
    };
    architecture.groups.forEach((group, index) => {
      if (group.parent && !groupIds.has(group.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', index, 'parent'],
          message: `unknown parent group "${group.parent}"; declare it under groups.`,
        });
      }
      const chain = new Set<string>([group.id]);
      let parent = group.parent;
      while (parent) {
        if (chain.has(parent)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', index, 'parent'],
            message: `group "${group.id}" is its own ancestor; break the parent cycle.`,
          });
          break;
        }
        chain.add(parent);
        parent = architecture.groups.find((g) => g.id === parent)?.parent;
      }
    });
    architecture.components.forEach((component, index) => {
      checkVariants(component.variants, ['components', index, 'variants']);
      for (const key of Object.keys(component.overrides ?? {})) {
        if (!variantIds.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['components', index, 'overrides', key],
            message: `override for unknown variant "${key}"; use one of ${[...variantIds].join(', ')}.`,
          });
      }
      const groups = [component.group, ...Object.values(component.overrides ?? {}).map((o) => o.group)];
      for (const group of groups) {
        if (group && !groupIds.has(group))
          ctx.addIssue({
            code: 'custom',
            path: ['components', index, 'group'],
            message: `unknown group "${group}"; declare it under groups.`,
          });
      }
    });
    architecture.connections.forEach((connection, index) => {
      checkVariants(connection.variants, ['connections', index, 'variants']);
      for (const end of ['from', 'to'] as const) {
        const component = componentById.get(connection[end]);
        if (!component) {
          ctx.addIssue({
            code: 'custom',
            path: ['connections', index, end],
            message: `connection ${end} "${connection[end]}" is not a component id; use one of ${[...componentById.keys()].join(', ')}.`,
          });
          continue;
        }
        const missing = (connection.variants ?? [...variantIds]).filter((v) => component.variants && !component.variants.includes(v));
        if (missing.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['connections', index, 'variants'],
            message: `component "${component.id}" is not in variant(s) ${missing.join(', ')}; limit the connection with variants: [...].`,
          });
        }
      }
    });
    collectSourceDocs(architecture).forEach(({ doc, path }) => {
      if (!cited.has(doc))
        ctx.addIssue({ code: 'custom', path, message: `cites "${doc}" which is not in this architecture's sources; add it to sources.` });
    });
  });

/** Finds every citation in an architecture with its path, so unlisted documents can be reported. */
function collectSourceDocs(value: unknown, path: (string | number)[] = []): { doc: string; path: (string | number)[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectSourceDocs(item, [...path, index]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const source = record.source as { doc?: unknown; section?: unknown } | undefined;
    const own =
      source && typeof source === 'object' && typeof source.doc === 'string' ? [{ doc: source.doc, path: [...path, 'source'] }] : [];
    return [
      ...own,
      ...Object.entries(record)
        .filter(([key]) => key !== 'source')
        .flatMap(([key, child]) => collectSourceDocs(child, [...path, key])),
    ];
  }
  return [];
}

export type Architecture = z.output<typeof ArchitectureSchema>;
export type ArchitectureInput = z.input<typeof ArchitectureSchema>;
