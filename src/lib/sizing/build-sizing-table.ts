import { describeInstance, describeInstanceBasis, type MappedInstance, type MappedService } from '../cloud/index.ts';
import {
  formatLoad,
  formatNecessity,
  lowerFirst,
  NOT_STATED,
  resourceLabels,
  sizingResources,
  type SizingResource,
} from '../model/index.ts';
import type { SizedComponent, SizedHost, SizingResult } from './compute-sizing.ts';

/** Column headers of a sizing table, in order: only the resources something states, and "Runs on" only when rows differ; the page and the island both read them. */
export function listSizingColumns(table: Pick<SizingTable, 'resources' | 'sharedRunsOn'>): string[] {
  return [
    'Component',
    ...table.resources.map((resource) => resourceLabels[resource].label),
    ...(table.sharedRunsOn ? [] : ['Runs on']),
    'How it was sized',
  ];
}

/** The figures of one row (or the totals), one display string per resource. */
export type SizingFigures = Record<SizingResource, string>;

/** One component (or shared machine) of a sizing as display strings; shared by the prerendered page and the browser island. */
export interface SizingTableRow {
  id: string;
  name: string;
  necessity: string;
  /** Why the row is left out of the totals, or empty when it counts. */
  excluded: string;
  /** Whether the vendor states any figure for it; rows with none can be folded away. */
  stated: boolean;
  figures: SizingFigures;
  /** Limits as the vendor states or derives them, e.g. "CPU limit 22.5 vCPU"; empty when none. */
  limits: string;
  /** Where it runs on the chosen target: service and size, or why there is none. */
  runsOn: string;
  /** How the size was chosen (named by the vendor, or filled in by archkb from a dated catalogue). */
  runsOnBasis: string;
  notes: string[];
}

/** A sizing as display strings: loads, rows, totals, warnings, unstated resources and recommendations. */
export interface SizingTable {
  caption: string;
  loads: string[];
  missingLoads: string[];
  warnings: string[];
  /** Resources some row states, in column order; the others are named once in `emptyResources`. */
  resources: SizingResource[];
  /** "IOPS: not stated by the vendor for any component", when a whole column would be empty. */
  emptyResources: string;
  rows: SizingTableRow[];
  /** Where every row runs, said once, when it is the same for all (e.g. self-managed); empty when rows differ. */
  sharedRunsOn: string;
  totals: SizingFigures;
  /** Totals of the stated or derived limits, e.g. "CPU limits 508.2 vCPU; memory limits 742 GiB"; empty when none. */
  limitTotals: string;
  unstated: string[];
  recommendations: { text: string; source: string }[];
}

/** The totals of several sizings side by side: one row per resource, one value per sizing. */
export function listSizingTotalsRows(tables: readonly SizingTable[]): { label: string; values: string[] }[] {
  return sizingResources
    .map((resource) => ({ label: resourceLabels[resource].label, values: tables.map((table) => table.totals[resource]) }))
    .filter((row) => row.values.some((value) => value !== NOT_STATED) || row.label !== resourceLabels.iops.label);
}

/** Where a component runs, in words: the service and size, or the reason there is none. */
function describeRunsOn(
  service: MappedService | null,
  serviceReason: string | null,
  instance: MappedInstance | null,
  instanceReason: string | null,
): string {
  if (!service) return serviceReason ?? '';
  const size = instance
    ? `, ${describeInstance(instance)}`
    : instanceReason && instanceReason !== serviceReason
      ? `; ${lowerFirst(instanceReason.replace(/\.$/, ''))}`
      : '';
  return `${service.name}${service.vendorNamed ? ' (named by the vendor)' : ''}${size}`;
}

/** Display strings of one sized row. */
function formatFigures(amounts: Record<SizingResource, SizedComponent['amounts'][SizingResource]>): SizingFigures {
  return Object.fromEntries(
    sizingResources.map((resource) => [resource, resourceLabels[resource].format(amounts[resource])]),
  ) as SizingFigures;
}

/** A component row. */
function toComponentRow(row: SizedComponent): SizingTableRow {
  const limits = [
    row.limits.vcpu ? `CPU limit ${resourceLabels.vcpu.format(row.limits.vcpu)} vCPU` : '',
    row.limits.memoryGiB ? `memory limit ${resourceLabels.memoryGiB.format(row.limits.memoryGiB)}` : '',
  ].filter(Boolean);
  return {
    id: row.id,
    name: row.name,
    necessity:
      formatNecessity(row.necessity) +
      (row.necessity !== row.statedNecessity ? ` at this load (stated: ${formatNecessity(row.statedNecessity).toLowerCase()})` : ''),
    excluded: row.host
      ? `Counted with ${row.host}.`
      : row.counted
        ? ''
        : `Not in totals: ${formatNecessity(row.necessity).toLowerCase()}${row.condition ? `, ${row.condition}` : ''}.`,
    stated: sizingResources.some((resource) => row.amounts[resource] !== null),
    figures: formatFigures(row.amounts),
    limits: limits.join('; '),
    runsOn: describeRunsOn(row.service, row.serviceReason, row.instance, row.instanceReason),
    runsOnBasis: row.instance ? describeInstanceBasis(row.instance) : '',
    notes: row.notes,
  };
}

/** A shared-machine row. */
function toHostRow(host: SizedHost): SizingTableRow {
  return {
    id: host.id,
    name: host.name,
    necessity: `One ${host.kind} for ${host.components.length} components`,
    excluded: host.counted ? '' : 'Not in totals: none of its components is required at this load.',
    stated: sizingResources.some((resource) => host.amounts[resource] !== null),
    figures: formatFigures(host.amounts),
    limits: '',
    runsOn: describeRunsOn(host.service, host.serviceReason, host.instance, host.instanceReason),
    runsOnBasis: host.instance ? describeInstanceBasis(host.instance) : '',
    notes: host.notes,
  };
}

/** Turns a sizing result into display strings, so the page and the island show the same table. */
export function buildSizingTable(result: SizingResult): SizingTable {
  const loads = result.loads.map((load) => formatLoad(load, load.value));
  const amounts = [...result.components.map((c) => c.amounts), ...result.hosts.map((h) => h.amounts), result.totals];
  const resources = sizingResources.filter((resource) => amounts.some((a) => a[resource] !== null));
  const empty = sizingResources.filter((resource) => !resources.includes(resource));
  const rows = [...result.hosts.map(toHostRow), ...result.components.map(toComponentRow)];
  return {
    resources,
    emptyResources:
      empty.length > 0 ? `${empty.map((r) => resourceLabels[r].label).join(', ')}: not stated by the vendor for any component.` : '',
    caption: `${result.product}, ${result.variantName}: ${loads.join(', ') || 'stated figures only'} on ${result.cloudLabel}`,
    loads,
    missingLoads: result.missingLoads.map((load) => load.label),
    warnings: result.warnings.map((warning) => warning.text),
    rows,
    sharedRunsOn:
      rows.length > 0 && rows.every((row) => row.runsOn === rows[0]?.runsOn && row.runsOnBasis === '') ? (rows[0]?.runsOn ?? '') : '',
    totals: formatFigures(result.totals),
    limitTotals: [
      result.limitTotals.vcpu ? `CPU limits ${resourceLabels.vcpu.format(result.limitTotals.vcpu)} vCPU` : '',
      result.limitTotals.memoryGiB ? `memory limits ${resourceLabels.memoryGiB.format(result.limitTotals.memoryGiB)}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    unstated: result.unstated.map((entry) => `${entry.name}: ${entry.resources.map((r) => resourceLabels[r].noun).join(', ')}`),
    recommendations: result.recommendations.map((r) => ({
      text: r.text,
      source: r.source.map((source) => `${source.documentTitle}, ${source.sectionTitle}`).join('; '),
    })),
  };
}
