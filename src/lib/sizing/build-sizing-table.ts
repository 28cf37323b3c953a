import { formatCount, formatGiB, formatNecessity, formatUsers, resourceLabels, sizingResources } from '../model/index.ts';
import type { SizedComponent, SizingResult, SizingTotals } from './compute-sizing.ts';

/** Column headers of a sizing table, in order; the page and the browser island both read them. */
export const SIZING_COLUMNS = [
  'Component',
  ...sizingResources.map((resource) => resourceLabels[resource].label),
  'Service',
  'Instance type',
  'How it was sized',
] as const;

/** The totals of several sizings side by side: one row per resource, one value per sizing. */
export function listSizingTotalsRows(tables: readonly SizingTable[]): { label: string; values: string[] }[] {
  const keys = { nodes: 'nodes', vcpu: 'vcpu', memoryGiB: 'memory', storageGiB: 'storage' } as const;
  return sizingResources.map((resource) => ({
    label: resourceLabels[resource].label,
    values: tables.map((table) => table.totals[keys[resource]]),
  }));
}

/** One component of a sizing as display strings; shared by the prerendered page and the browser island. */
export interface SizingTableRow {
  id: string;
  name: string;
  necessity: string;
  /** Why the row is left out of the totals, or empty when it counts. */
  excluded: string;
  nodes: string;
  vcpu: string;
  memory: string;
  storage: string;
  service: string;
  instance: string;
  notes: string[];
}

/** A sizing as display strings: rows, totals, unstated resources and recommendations. */
export interface SizingTable {
  caption: string;
  rows: SizingTableRow[];
  totals: { nodes: string; vcpu: string; memory: string; storage: string };
  unstated: string[];
  recommendations: { text: string; source: string }[];
}

/** Describes the service a component maps to. */
function describeService(row: SizedComponent): string {
  if (!row.service) return row.serviceReason ?? '';
  return `${row.service.name}${row.service.vendorNamed ? ' (named by the vendor)' : ''}`;
}

/** Describes the instance type a component's nodes run on. */
function describeInstance(row: SizedComponent): string {
  if (!row.instance) return row.instanceReason ?? '';
  const size =
    row.instance.vcpu !== null && row.instance.memoryGiB !== null ? ` (${row.instance.vcpu} vCPU, ${row.instance.memoryGiB} GiB)` : '';
  return `${row.instance.name}${size}${row.instance.vendorNamed ? ', named by the vendor' : ''}`;
}

/** Formats totals; a total is not stated only when no counted component states it. */
function formatTotals(totals: SizingTotals): SizingTable['totals'] {
  return {
    nodes: formatCount(totals.nodes),
    vcpu: formatCount(totals.vcpu),
    memory: formatGiB(totals.memoryGiB),
    storage: formatGiB(totals.storageGiB),
  };
}

/** Turns a sizing result into display strings, so the page and the island show the same table. */
export function buildSizingTable(result: SizingResult): SizingTable {
  return {
    caption: `${result.product}, ${result.variantName}: ${formatUsers(result.users)} on ${result.cloudLabel}`,
    rows: result.components.map((row) => ({
      id: row.id,
      name: row.name,
      necessity:
        formatNecessity(row.necessity) +
        (row.necessity !== row.statedNecessity ? ` at this size (stated: ${formatNecessity(row.statedNecessity).toLowerCase()})` : ''),
      excluded: row.counted
        ? ''
        : `Not in totals: ${formatNecessity(row.necessity).toLowerCase()}${row.condition ? `, ${row.condition}` : ''}.`,
      nodes: formatCount(row.nodes),
      vcpu: formatCount(row.vcpu),
      memory: formatGiB(row.memoryGiB),
      storage: formatGiB(row.storageGiB),
      service: describeService(row),
      instance: describeInstance(row),
      notes: row.notes,
    })),
    totals: formatTotals(result.totals),
    unstated: result.unstated.map((entry) => `${entry.name}: ${entry.resources.map((r) => resourceLabels[r].noun).join(', ')}`),
    recommendations: result.recommendations.map((r) => ({ text: r.text, source: `${r.source.documentTitle}, ${r.source.sectionTitle}` })),
  };
}
