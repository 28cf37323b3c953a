import { roleCategories, roles } from '../model/index.ts';
import type { Architecture } from '../../schemas/architecture.ts';
import type { NecessityLevel } from '../../schemas/necessity.ts';
import type { Note } from '../../schemas/note.ts';
import type { LoadDriver } from '../../schemas/load-driver.ts';
import type { Interval } from '../../schemas/quantity.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import { collectComponentSources, toComponentAnchor } from '../catalogue/index.ts';
import { computeFootprint, reportedResources, type SizingTotals, type UnstatedEntry } from '../sizing/index.ts';
import type { sizingResources } from '../model/index.ts';
import {
  groupByCategory,
  formatNecessity,
  formatSizingRule,
  formatZonesSentence,
  selectRequirements,
  formatRequirements,
  findCloudLabel,
  findCloudService,
  findRoleCategoryLabel,
  type ResolvedSource,
  resolveVariant,
  type ResolvedComponent,
  type ResolvedHost,
  type ResolvedVariant,
  toCategoryPath,
  toComparisonPairPath,
  toSizingPath,
  toVariantPath,
} from '../model/index.ts';

/** What a cell of the role matrix says: the strongest necessity of the column's components in that role, or not used. */
export type CellStatus = NecessityLevel | 'not-used';

/** One architecture variant shown as a column. */
export interface ComparisonColumn {
  /** Selection key, `<architecture>.<variant>`; used in picker URLs. */
  key: string;
  architecture: string;
  product: string;
  vendor: string;
  /** Category id of the product. */
  category: string;
  variant: string;
  variantName: string;
  /** Whether this is the architecture's first (default) variant. */
  isDefault: boolean;
  path: string;
  sizingPath: string;
}

/** A component filling a role in one column, with what it needs and where that is stated. */
export interface CellComponent {
  id: string;
  name: string;
  technology: string | null;
  necessity: NecessityLevel;
  condition: string | null;
  /** Stated requirements including version floors, e.g. "PostgreSQL 13+". */
  requirements: string[];
  /** Managed services the vendor names, as "Cloud: Service". */
  managed: string[];
  /** Link to the component row on its variant page. */
  href: string;
  sources: ResolvedSource[];
}

/** One cell of the role matrix. */
export interface RoleCell {
  status: CellStatus;
  components: CellComponent[];
}

/** One role across all columns. */
export interface RoleRow {
  role: RoleId;
  label: string;
  category: string;
  categoryLabel: string;
  cells: RoleCell[];
  /** Whether some columns need this role (required or recommended) and others do not: optional or unused everywhere, or needed everywhere, is not a difference. */
  differs: boolean;
}

/** A component's stated figures as they add up in a footprint. */
export interface FootprintContribution {
  component: string;
  name: string;
  href: string;
  amounts: Record<(typeof sizingResources)[number], Interval | null>;
  /** The figures as the vendor writes them, e.g. "3 nodes × (2 vCPU, 8 GB memory), for high availability". */
  text: string;
  source: ResolvedSource[];
}

/** The stated minimum footprint of one column. */
export interface FootprintCell {
  totals: SizingTotals;
  contributions: FootprintContribution[];
  /** Counted components that state some figures but not these. */
  unstatedPartly: UnstatedEntry[];
  /** Names of counted components that state no figures at all. */
  unstatedEntirely: string[];
  /** Load-based rules that add to the footprint as load grows. */
  loadRules: { text: string; href: string; source: ResolvedSource[] }[];
}

/** A sourced statement shown in a guidance row. */
export interface GuidanceItem {
  text: string;
  href: string;
  source: ResolvedSource[];
}

/** The comparison matrix: role rows plus footprint, HA guidance and managed-service rows, one cell per column. */
export interface Comparison {
  columns: ComparisonColumn[];
  rows: RoleRow[];
  footprint: FootprintCell[];
  highAvailability: GuidanceItem[][];
  managedServices: GuidanceItem[][];
}

/** Strength of a status when several components share a role in one column; higher wins. */
function rankStatus(status: CellStatus): number {
  switch (status) {
    case 'required':
      return 4;
    case 'recommended':
      return 3;
    case 'conditional':
      return 2;
    case 'optional':
      return 1;
    case 'not-used':
      return 0;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** Whether a cell says the deployment needs the role: required or recommended (optional, conditional and unused do not). */
function isNeeded(status: CellStatus): boolean {
  return status === 'required' || status === 'recommended';
}

/** Key of a column, `<architecture>.<variant>` (ids are kebab-case, so the dot cannot be ambiguous). */
function toColumnKey(architectureId: string, variantId: string): string {
  return `${architectureId}.${variantId}`;
}

/** Every architecture variant as a column, architectures in the given order, variants in declaration order. */
export function listComparisonColumns(architectures: readonly Architecture[]): ComparisonColumn[] {
  return architectures.flatMap((architecture) =>
    architecture.variants.map((variant, index) => ({
      key: toColumnKey(architecture.id, variant.id),
      architecture: architecture.id,
      product: architecture.product,
      vendor: architecture.vendor,
      category: architecture.category,
      variant: variant.id,
      variantName: variant.name,
      isDefault: index === 0,
      path: toVariantPath(architecture, variant.id),
      sizingPath: toSizingPath(architecture, variant.id),
    })),
  );
}

/** Builds one cell component from a resolved component. */
function toCellComponent(resolved: ResolvedVariant, component: ResolvedComponent, column: ComparisonColumn): CellComponent {
  return {
    id: component.id,
    name: component.name,
    technology: component.technology ?? null,
    necessity: component.necessity.level,
    condition: component.necessity.condition ?? null,
    requirements: (component.requirements ?? []).map(formatRequirements),
    managed: (component.managed ?? []).map(
      (m) => `${findCloudLabel(m.cloud)}: ${findCloudService(m.service).name}${m.sku ? `, ${m.sku}` : ''}`,
    ),
    href: `${column.path}#${toComponentAnchor(component.id)}`,
    sources: collectComponentSources(resolved, component),
  };
}

/** Builds the footprint cell of one column from stated figures only. */
function buildFootprintCell(resolved: ResolvedVariant, column: ComparisonColumn): FootprintCell {
  const footprint = computeFootprint(resolved);
  const contributions = footprint.components.flatMap((sized): FootprintContribution[] => {
    // computeFootprint sizes exactly the resolved components, so the lookup always finds one.
    const stated = selectRequirements(resolved.components.find((c) => c.id === sized.id) as ResolvedComponent);
    if (!sized.counted || sized.host !== null || stated.length === 0) return [];
    return [
      {
        component: sized.id,
        name: sized.name,
        href: `${column.path}#${toComponentAnchor(sized.id)}`,
        amounts: sized.amounts,
        text: stated.map(formatRequirements).join('; '),
        source: stated.flatMap((entry) => entry.source),
      },
    ];
  });
  // Components that share a machine count once, as that machine, linked to its first member.
  const hostContributions = footprint.hosts.flatMap((sized): FootprintContribution[] => {
    // computeFootprint sizes exactly the resolved hosts, and a resolved host keeps only members present in the variant
    // (hosts left with none are dropped), so the lookup always finds one with a first member. A counted host always
    // states a node count (its own, or one machine), so it always has a figure to show.
    const host = resolved.hosts.find((h) => h.id === sized.id) as ResolvedHost;
    const stated = host.requirements ?? [];
    if (!sized.counted) return [];
    return [
      {
        component: sized.id,
        name: sized.name,
        href: `${column.path}#${toComponentAnchor(host.components[0] as string)}`,
        amounts: sized.amounts,
        text:
          stated.length > 0
            ? stated.map(formatRequirements).join('; ')
            : `the sum of ${sized.components.length} components on one ${host.kind}`,
        source: stated.length > 0 ? stated.flatMap((entry) => entry.source) : sized.sources,
      },
    ];
  });
  const loadRules = resolved.components.flatMap((component) =>
    (component.sizing ?? []).map((rule) => ({
      // The schema rejects a sizing rule whose driver is not declared, so the lookup always finds it.
      text: `${component.name}: ${formatSizingRule(rule, resolved.loadDrivers.find((driver) => driver.id === rule.driver) as LoadDriver)}`,
      href: `${column.path}#${toComponentAnchor(component.id)}`,
      source: rule.source,
    })),
  );
  return {
    totals: footprint.totals,
    contributions: [...hostContributions, ...contributions],
    unstatedPartly: footprint.unstated.filter((u) => u.resources.length < reportedResources.length),
    unstatedEntirely: footprint.unstated.filter((u) => u.resources.length === reportedResources.length).map((u) => u.name),
    loadRules,
  };
}

/** Every note of a resolved variant with the link of what it is about. */
function listNotes(resolved: ResolvedVariant, column: ComparisonColumn): { note: Note; href: string; subject: string }[] {
  return [
    ...resolved.notes.map((note) => ({ note, href: column.path, subject: '' })),
    ...resolved.components.flatMap(
      (component) =>
        component.notes?.map((note) => ({ note, href: `${column.path}#${toComponentAnchor(component.id)}`, subject: component.name })) ??
        [],
    ),
  ];
}

/** High-availability guidance of one column: zones, HA-scoped requirements and HA notes. */
function buildHighAvailability(resolved: ResolvedVariant, column: ComparisonColumn): GuidanceItem[] {
  const zones = resolved.variant.availabilityZones;
  return [
    ...(zones ? [{ text: formatZonesSentence(zones.min), href: column.path, source: zones.source }] : []),
    ...resolved.components.flatMap(
      (component) =>
        component.requirements
          ?.filter((r) => r.scope === 'high-availability')
          .map((r) => ({
            text: `${component.name}: ${formatRequirements(r)}`,
            href: `${column.path}#${toComponentAnchor(component.id)}`,
            source: r.source,
          })) ?? [],
    ),
    ...listNotes(resolved, column)
      .filter(({ note }) => note.kind === 'high-availability')
      .map(({ note, href, subject }) => ({
        text: subject ? `${subject}: ${note.text}` : note.text,
        href,
        source: note.source,
      })),
  ];
}

/** Managed-service guidance of one column: services the vendor names and recommendations that mention managed services. */
function buildManagedServices(resolved: ResolvedVariant, column: ComparisonColumn): GuidanceItem[] {
  return [
    ...resolved.components.flatMap((component) =>
      (component.managed ?? []).map((m) => ({
        text: `${component.name}: ${findCloudLabel(m.cloud)} ${findCloudService(m.service).name}${m.sku ? `, ${m.sku}` : ''} (named by the vendor)`,
        href: `${column.path}#${toComponentAnchor(component.id)}`,
        source: m.source,
      })),
    ),
    ...listNotes(resolved, column)
      // Only recommendations about running a managed service belong in this row; others stay on the variant page.
      .filter(({ note }) => note.kind === 'recommendation' && /managed/i.test(note.text))
      .map(({ note, href, subject }) => ({
        text: subject ? `${subject}: ${note.text}` : note.text,
        href,
        source: note.source,
      })),
  ];
}

/** Order of roles in the matrix: by category, then as registered. */
function orderRoles(used: ReadonlySet<string>): (typeof roles)[number][] {
  const categoryOrder = roleCategories.map((c) => c.id as string);
  return roles.filter((role) => used.has(role.id)).sort((a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category));
}

// The whole-catalogue comparison is asked for by several pages and exports of one build; it is computed once per array.
const wholeCatalogueComparisons = new WeakMap<readonly Architecture[], Comparison>();

/**
 * Builds the comparison of the selected columns (keys `<architecture>.<variant>`; all when omitted): a row per role any
 * of them uses, with "not-used" where a column has no component in that role, plus footprint and guidance rows.
 */
export function buildComparison(architectures: readonly Architecture[], selection?: readonly string[]): Comparison {
  if (selection) return computeComparison(architectures, selection);
  const cached = wholeCatalogueComparisons.get(architectures);
  if (cached) return cached;
  const comparison = computeComparison(architectures);
  wholeCatalogueComparisons.set(architectures, comparison);
  return comparison;
}

/** Computes a comparison; see buildComparison. */
function computeComparison(architectures: readonly Architecture[], selection?: readonly string[]): Comparison {
  const all = listComparisonColumns(architectures);
  const columns = selection ? all.filter((column) => selection.includes(column.key)) : all;
  const resolvedColumns = columns.map((column) => {
    const architecture = architectures.find((a) => a.id === column.architecture) as Architecture;
    return resolveVariant(architecture, column.variant);
  });
  const used = new Set(resolvedColumns.flatMap((resolved) => resolved.components.map((c) => c.role as string)));
  const rows = orderRoles(used).map((role): RoleRow => {
    const cells = resolvedColumns.map((resolved, index): RoleCell => {
      const column = columns[index] as ComparisonColumn;
      const components = resolved.components.filter((c) => c.role === role.id).map((c) => toCellComponent(resolved, c, column));
      const status = components.reduce<CellStatus>(
        // Stryker disable next-line EqualityOperator: equal ranks are the same level, so > and >= keep the same status.
        (best, c) => (rankStatus(c.necessity) > rankStatus(best) ? c.necessity : best),
        'not-used',
      );
      return { status, components };
    });
    return {
      role: role.id,
      label: role.label,
      category: role.category,
      categoryLabel: findRoleCategoryLabel(role.category),
      cells,
      differs: cells.some((cell) => isNeeded(cell.status)) && cells.some((cell) => !isNeeded(cell.status)),
    };
  });
  return {
    columns,
    rows,
    footprint: resolvedColumns.map((resolved, index) => buildFootprintCell(resolved, columns[index] as ComparisonColumn)),
    highAvailability: resolvedColumns.map((resolved, index) => buildHighAvailability(resolved, columns[index] as ComparisonColumn)),
    managedServices: resolvedColumns.map((resolved, index) => buildManagedServices(resolved, columns[index] as ComparisonColumn)),
  };
}

/** One role where two columns differ. */
export interface RoleDifference {
  role: RoleId;
  label: string;
  left: CellStatus;
  right: CellStatus;
  leftComponents: string[];
  rightComponents: string[];
}

/** What one column needs that the other does not, and roles both use at different strengths. */
export interface ColumnDifferences {
  onlyLeft: RoleDifference[];
  onlyRight: RoleDifference[];
  different: RoleDifference[];
}

/** Compares two columns of a comparison by index: roles only one uses, and roles both use with different necessity. */
export function findDifferences(comparison: Comparison, leftIndex: number, rightIndex: number): ColumnDifferences {
  const differences = comparison.rows.flatMap((row): RoleDifference[] => {
    const left = row.cells[leftIndex];
    const right = row.cells[rightIndex];
    if (!left || !right || left.status === right.status) return [];
    const names = (cell: RoleCell) => cell.components.map((c) => c.technology ?? c.name);
    return [
      {
        role: row.role,
        label: row.label,
        left: left.status,
        right: right.status,
        leftComponents: names(left),
        rightComponents: names(right),
      },
    ];
  });
  return {
    onlyLeft: differences.filter((d) => d.right === 'not-used'),
    onlyRight: differences.filter((d) => d.left === 'not-used'),
    different: differences.filter((d) => d.left !== 'not-used' && d.right !== 'not-used'),
  };
}

/** One prerendered pair page. */
export interface ComparisonPair {
  slug: string;
  left: Architecture;
  right: Architecture;
}

/** Every unordered pair of architectures, ids in alphabetical order, as `/compare/<a>-vs-<b>/` slugs. */
export function listComparisonPairs(architectures: readonly Architecture[]): ComparisonPair[] {
  const sorted = [...architectures].sort((a, b) => a.id.localeCompare(b.id));
  return sorted.flatMap((left, index) =>
    sorted
      .slice(index + 1)
      // The pair's path is `/compare/<slug>/`.
      .map((right) => ({ slug: toComparisonPairPath(left.id, right.id).slice('/compare/'.length, -1), left, right })),
  );
}

/** Category size up to which every pair page is built ahead; pairs grow with the square of a category, so larger ones render on demand. */
export const PRERENDERED_PAIR_LIMIT = 40;

/** The pairs whose pages are prerendered and listed: every pair within a category of up to PRERENDERED_PAIR_LIMIT products; the rest (across categories, or in larger ones) render on demand. */
export function listPrerenderedComparisonPairs(architectures: readonly Architecture[]): ComparisonPair[] {
  return listPairsWithinCategories(architectures, (size) => size <= PRERENDERED_PAIR_LIMIT);
}

/**
 * The pairs within each category whose size `includes` accepts, in the order of listComparisonPairs. Only those pairs
 * are made: listing every pair of the catalogue and filtering took 1.5 s per call at 1,000 architectures.
 */
function listPairsWithinCategories(architectures: readonly Architecture[], includes: (size: number) => boolean): ComparisonPair[] {
  const sorted = [...architectures].sort((a, b) => a.id.localeCompare(b.id));
  const members = new Map<string, Architecture[]>();
  for (const architecture of sorted) {
    const list = members.get(architecture.category);
    if (list) list.push(architecture);
    else members.set(architecture.category, [architecture]);
  }
  const pairs: ComparisonPair[] = [];
  const seen = new Map<string, number>();
  for (const left of sorted) {
    const peers = members.get(left.category)!;
    const at = seen.get(left.category) ?? 0;
    seen.set(left.category, at + 1);
    if (!includes(peers.length)) continue;
    for (const right of peers.slice(at + 1)) {
      pairs.push({ slug: toComparisonPairPath(left.id, right.id).replace(/^\/compare\/|\/$/g, ''), left, right });
    }
  }
  return pairs;
}

/** Finds the pair a `<a>-vs-<b>` slug names, in time linear in the catalogue, or undefined. */
export function findComparisonPair(architectures: readonly Architecture[], slug: string): ComparisonPair | undefined {
  const byId = new Map(architectures.map((architecture) => [architecture.id, architecture]));
  // Only the first search is marked: a later one that matched every position would loop for ever on a bad slug.
  // Stryker disable next-line StringLiteral: starting at 0 only adds a try with an empty left id, which no architecture has.
  let at = slug.indexOf('-vs-');
  while (at !== -1) {
    const left = byId.get(slug.slice(0, at));
    const right = byId.get(slug.slice(at + 4));
    if (left && right && left.id < right.id) return { slug, left, right };
    at = slug.indexOf('-vs-', at + 1);
  }
  return undefined;
}

/** Keeps the picker values that name a known column, in catalogue order, and counts the rest. */
export function parseComparisonSelection(
  values: readonly string[],
  architectures: readonly Architecture[],
): { keys: string[]; ignored: number } {
  const known = listComparisonColumns(architectures).map((column) => column.key);
  const keys = known.filter((key) => values.includes(key));
  return { keys, ignored: values.filter((value) => !known.includes(value)).length };
}

/** Human label of a matrix cell status. */
export function formatCellStatus(status: CellStatus): string {
  return status === 'not-used' ? 'Not used' : formatNecessity(status);
}

/** Splits role rows into consecutive category groups, for category header rows. */
export function groupRowsByCategory(rows: readonly RoleRow[]): { category: string; label: string; rows: RoleRow[] }[] {
  const groups: { category: string; label: string; rows: RoleRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.category === row.category) last.rows.push(row);
    else groups.push({ category: row.category, label: row.categoryLabel, rows: [row] });
  }
  return groups;
}

/**
 * Products one matrix on a page sets side by side at most. A category with more gets no matrix on /compare/ (its
 * columns would not fit any screen nor the page-weight budget): readers pick a few from the category's pages instead.
 */
export const MATRIX_PRODUCT_LIMIT = 8;

/**
 * Products the picker lists at most. Above it the picker shows only the variants of products already chosen, and
 * readers choose from a category's pages, each of which has a picker for the products it lists.
 */
export const PICKER_PRODUCT_LIMIT = 40;

/** One category's comparison: its products' variants side by side, rows only for the roles the category uses. */
export interface CategoryComparison {
  category: string;
  label: string;
  /** What products of the category are called in a sentence, e.g. "identity servers". */
  plural: string;
  description: string;
  architectures: { id: string; product: string }[];
  /** The matrix, or undefined when the category has more than MATRIX_PRODUCT_LIMIT products. */
  comparison: Comparison | undefined;
  /** The category's own pages, where readers pick products to compare when there is no matrix. */
  path: string;
}

const categoryComparisons = new WeakMap<readonly Architecture[], CategoryComparison[]>();

/** Builds one comparison per category that has architectures, in the registry's category order (once per array). */
export function buildCategoryComparisons(architectures: readonly Architecture[]): CategoryComparison[] {
  const cached = categoryComparisons.get(architectures);
  if (cached) return cached;
  const built = computeCategoryComparisons(architectures);
  categoryComparisons.set(architectures, built);
  return built;
}

/** The columns a picker offers: every variant while the catalogue is small, else only those of the products chosen. */
export function listPickerColumns(
  architectures: readonly Architecture[],
  selected?: readonly string[],
): { columns: ComparisonColumn[]; complete: boolean } {
  const columns = listComparisonColumns(architectures);
  if (architectures.length <= PICKER_PRODUCT_LIMIT) return { columns, complete: true };
  const chosen = new Set(selected?.map((key) => key.split('.')[0]));
  return { columns: columns.filter((column) => chosen.has(column.architecture)), complete: false };
}

/** Computes the category comparisons; see buildCategoryComparisons. */
function computeCategoryComparisons(architectures: readonly Architecture[]): CategoryComparison[] {
  return groupByCategory(architectures, (architecture) => architecture.category).map(({ category, members }) => ({
    category: category.id,
    label: category.label,
    plural: category.plural,
    description: category.description,
    architectures: members.map((architecture) => ({ id: architecture.id, product: architecture.product })),
    comparison: members.length <= MATRIX_PRODUCT_LIMIT ? buildComparison(members) : undefined,
    path: toCategoryPath(category.id),
  }));
}

/** The pairs of architectures in the same category: the comparisons readers choose between. */
export function listCategoryPairs(architectures: readonly Architecture[]): ComparisonPair[] {
  return listPairsWithinCategories(architectures, () => true);
}
