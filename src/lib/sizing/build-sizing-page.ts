import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import { buildCloudMappingTable, listSizingTargets, type CloudMappingRow } from '../cloud/index.ts';
import { formatTarget, formatVariantTitle, resolveVariant, resourceLabels, toSizingPath, toVariantPath } from '../model/index.ts';
import { buildSizingTable, listSizingTotalsRows, type SizingTable } from './build-sizing-table.ts';
import { computeSizing, MAX_LOAD, SIZING_UNITS, type SizingResult } from './compute-sizing.ts';
import { listSizingInputs, listSizingPresets, type SizingPreset } from './list-sizing-presets.ts';

/** Everything a sizing page shows, computed once so the page only maps it to markup. */
export interface SizingPage {
  title: string;
  description: string;
  variantTitle: string;
  variantPath: string;
  vendor: string;
  unitsConvention: string;
  /** What the vendor sizes by, in one sentence. */
  drivenBy: string;
  inputs: { id: string; label: string; step: string; min: number; max: number; value: number }[];
  targets: { id: TargetId; label: string; isDefault: boolean }[];
  target: TargetId;
  targetLabel: string;
  variants: { id: string; name: string; path: string; current: boolean }[];
  presets: (SizingPreset & { table: SizingTable; apiPath: string })[];
  totalRows: { label: string; values: string[] }[];
  /** What grows between the presets and what stays flat, in sentences. */
  growth: string[];
  cloudTable: { clouds: { id: string; label: string }[]; rows: CloudMappingRow[] };
  costNote: string;
}

/** The API path that answers a preset, for readers who want the JSON. */
function toApiPath(architecture: Architecture, variantId: string, loads: Record<string, number>, target: TargetId): string {
  const query = new URLSearchParams({
    architecture: architecture.id,
    variant: variantId,
    ...Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, String(v)])),
    cloud: target,
  });
  return `/api/sizing?${query.toString()}`;
}

/** Sentences on which figures grow with load and which stay flat, read from the sizings themselves. */
function describeGrowth(results: readonly SizingResult[]): string[] {
  const first = results[0];
  if (!first) return [];
  const growing = first.components.filter((component) => component.grows.length > 0 && component.counted);
  const flat = first.components.filter((component) => component.grows.length === 0 && component.counted && component.scope !== null);
  const sentences: string[] = [];
  if (growing.length > 0) {
    sentences.push(
      `Grows with load: ${growing.map((c) => `${c.name} (${c.grows.map((r) => resourceLabels[r].noun).join(', ')})`).join('; ')}.`,
    );
  } else {
    sentences.push('Nothing grows with load: the vendor states no load-based rule for this variant, so every size below is the same.');
  }
  if (flat.length > 0)
    sentences.push(`Flat at every load, because the vendor states fixed figures: ${flat.map((c) => c.name).join(', ')}.`);
  const thresholds = first.components.filter((component) => component.notes.some((note) => /^Applies above|below the/.test(note)));
  if (thresholds.length > 0)
    sentences.push(`Changes past a threshold: ${thresholds.map((c) => c.name).join(', ')} (see the notes in the tables).`);
  return sentences;
}

/** Builds a sizing page: presets at the vendor's own measures, totals side by side, the cloud mapping, and the form's inputs. */
export function buildSizingPage(architecture: Architecture, variantId: string): SizingPage {
  const resolved = resolveVariant(architecture, variantId);
  const target = resolved.variant.cloud ?? 'self-managed';
  const presets = listSizingPresets(resolved).map((preset) => {
    const result = computeSizing(architecture, variantId, { loads: preset.loads, cloud: target });
    return { ...preset, result, table: buildSizingTable(result), apiPath: toApiPath(architecture, variantId, preset.loads, target) };
  });
  const inputs = listSizingInputs(resolved);
  const variantTitle = formatVariantTitle(architecture, resolved.variant.name);
  return {
    title: `Sizing for ${variantTitle}`,
    description: `${variantTitle}: nodes, vCPU, memory and storage for your load, on any cloud or self-managed, from the vendor's stated figures.`,
    variantTitle,
    variantPath: toVariantPath(architecture, variantId),
    vendor: architecture.vendor,
    unitsConvention: SIZING_UNITS.convention,
    drivenBy:
      resolved.loadDrivers.length > 0
        ? `${architecture.vendor} sizes by ${resolved.loadDrivers.map((driver) => driver.label).join(', ')}; enter your load in those measures.`
        : `${architecture.vendor} states no figure that grows with load, so sizing shows its stated figures at any number of users.`,
    inputs: inputs.map((input) => ({
      id: input.id,
      label: input.label,
      step: input.whole ? '1' : 'any',
      min: input.whole ? 1 : 0,
      max: MAX_LOAD,
      value: input.example,
    })),
    targets: listSizingTargets(target),
    target,
    targetLabel: formatTarget(target),
    variants: architecture.variants.map((variant) => ({
      id: variant.id,
      name: variant.name,
      path: toSizingPath(architecture, variant.id),
      current: variant.id === variantId,
    })),
    presets: presets.map(({ result: _result, ...preset }) => preset),
    totalRows: listSizingTotalsRows(presets.map((preset) => preset.table)),
    growth: describeGrowth(presets.map((preset) => preset.result)),
    cloudTable: buildCloudMappingTable(architecture, resolved),
    costNote:
      'archkb shows no prices: no vendor here states a cost, and cloud prices change by region and over time. Take the sizes below to your cloud\u2019s pricing calculator.',
  };
}
