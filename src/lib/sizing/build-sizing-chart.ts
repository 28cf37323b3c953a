import type { Architecture } from '../../schemas/architecture.ts';
import type { Interval } from '../../schemas/quantity.ts';
import { formatLoad, resolveVariant, resourceLabels, type SizingResource } from '../model/index.ts';
import { computeSizing, type Loads } from './compute-sizing.ts';
import { listSizingPresets } from './list-sizing-presets.ts';

/** Resources a chart can show growing (node counts do not follow load rules). */
const chartedResources = ['vcpu', 'memoryGiB', 'storageGiB', 'iops'] as const satisfies readonly SizingResource[];

/** One line of a chart: a component (or the total) across the loads, as SVG path data in the plot's coordinates. */
export interface ChartSeries {
  label: string;
  /** The total of counted components is drawn bold; components thin. */
  total: boolean;
  /** Path data of the line through the low ends of each range. */
  path: string;
  /** Path data of the band between low and high ends, when the vendor gives a range; null otherwise. */
  band: string | null;
  /** The value at the largest load, as text (e.g. "22.5 vCPU"). */
  endValue: string;
}

/** One small chart: a resource against load. */
export interface ResourceChart {
  resource: SizingResource;
  title: string;
  /** Accessible summary: what it grows from and to across the loads shown. */
  description: string;
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** Load ticks: the preset loads, as numbers (the unit is in `xLabel`). */
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** What the load axis counts, e.g. "concurrent workspaces (log scale)". */
  xLabel: string;
  yTicks: { y: number; label: string }[];
  series: ChartSeries[];
}

/** The charts of a sizing page: one per resource that grows with load, plus the resources that stay flat. */
export interface SizingChart {
  charts: ResourceChart[];
  /** The load axis in words, e.g. "1,000 to 100,000 users (log scale)". */
  axis: string;
  /** "Memory stays at 20 GiB at every load shown." and the like. */
  flat: string[];
}

const WIDTH = 360;
const HEIGHT = 226;
const PLOT = { x: 8, y: 18, width: 340, height: 164 };
const SAMPLES = 13;

/** Rounds for SVG text. */
function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? 10 * power;
}

/** The loads across the chart: every driver moves geometrically from its first to its last preset together. */
function sampleLoads(first: Loads, last: Loads): Loads[] {
  return Array.from({ length: SAMPLES }, (_, index) => {
    const t = index / (SAMPLES - 1);
    return Object.fromEntries(
      Object.keys(first).map((driver) => {
        const low = Math.max(first[driver] ?? 1, 1);
        const high = Math.max(last[driver] ?? low, low);
        return [driver, low * (high / low) ** t];
      }),
    );
  });
}

/**
 * Builds the sizing page's charts: for each resource whose total changes between the smallest and largest preset
 * load, the total and each growing component against load (log scale, self-managed so cloud sizes do not round it),
 * with the axes laid out; resources that do not change are named in `flat`. Only stated figures and rules count.
 */
export function buildSizingChart(architecture: Architecture, variantId: string): SizingChart {
  const resolved = resolveVariant(architecture, variantId);
  const presets = listSizingPresets(resolved);
  const first = presets[0];
  const last = presets[presets.length - 1];
  if (!first || !last) return { charts: [], axis: '', flat: [] };
  const loads = sampleLoads(first.loads, last.loads);
  const results = loads.map((load) => computeSizing(architecture, variantId, { loads: load, cloud: 'self-managed' }));
  const drivers = Object.keys(first.loads);
  const driverOf = (id: string) => resolved.loadDrivers.find((driver) => driver.id === id) ?? { label: id, singular: id };
  const axis = drivers
    .map((id) => `${(first.loads[id] ?? 0).toLocaleString('en-US')} to ${formatLoad(driverOf(id), last.loads[id] ?? 0)}`)
    .join('; ');
  const xAt = (index: number) => PLOT.x + (index / (SAMPLES - 1)) * PLOT.width;
  const axisDriver = drivers[0] ?? '';
  const xTicks = presets.map((preset, index) => {
    const low = Math.max(first.loads[axisDriver] ?? 1, 1);
    const high = Math.max(last.loads[axisDriver] ?? low, low);
    const t = high === low ? 0 : Math.log((preset.loads[axisDriver] ?? low) / low) / Math.log(high / low);
    const anchor = index === 0 ? ('start' as const) : index === presets.length - 1 ? ('end' as const) : ('middle' as const);
    return { x: PLOT.x + t * PLOT.width, label: (preset.loads[axisDriver] ?? 0).toLocaleString('en-US'), anchor };
  });
  const xLabel = `${driverOf(axisDriver).label}${drivers.length > 1 ? ' (the other measures move with it)' : ''}, log scale`;
  const charts: ResourceChart[] = [];
  const flat: string[] = [];
  for (const resource of chartedResources) {
    const totals = results.map((result) => result.totals[resource]);
    const firstTotal = totals[0];
    const lastTotal = totals[totals.length - 1];
    if (!firstTotal || !lastTotal) continue;
    const label = resourceLabels[resource];
    if (firstTotal.low === lastTotal.low && firstTotal.high === lastTotal.high) {
      flat.push(
        `${label.label} stays at ${label.format(firstTotal)}${resource === 'vcpu' ? ' vCPU' : resource === 'iops' ? ' IOPS' : ''} at every load shown.`,
      );
      continue;
    }
    const growing = resolved.components.filter((component) =>
      results.some((result) => result.components.find((c) => c.id === component.id)?.grows.includes(resource)),
    );
    const lines: { label: string; total: boolean; values: (Interval | null)[] }[] = [
      { label: 'Total', total: true, values: totals },
      // Each growing component gets its own line only when the total holds more than it alone.
      ...(results[results.length - 1]!.components.filter((c) => c.counted && c.amounts[resource] !== null).length > 1
        ? growing.map((component) => ({
            label: component.name,
            total: false,
            values: results.map((result) => result.components.find((c) => c.id === component.id)?.amounts[resource] ?? null),
          }))
        : []),
    ];
    const top = niceCeiling(Math.max(...lines.flatMap((line) => line.values.map((value) => value?.high ?? 0))));
    const yAt = (value: number) => PLOT.y + PLOT.height - (value / top) * PLOT.height;
    const unit = resource === 'vcpu' ? ' vCPU' : resource === 'iops' ? ' IOPS' : '';
    const series = lines.map((line): ChartSeries => {
      const points = line.values.map((value, index) => ({ x: xAt(index), low: value?.low ?? 0, high: value?.high ?? 0 }));
      const path = points.map((p, index) => `${index === 0 ? 'M' : 'L'}${r(p.x)} ${r(yAt(p.low))}`).join('');
      const ranged = points.some((p) => p.high !== p.low);
      const band = ranged
        ? `${points.map((p, index) => `${index === 0 ? 'M' : 'L'}${r(p.x)} ${r(yAt(p.high))}`).join('')}${[...points]
            .reverse()
            .map((p) => `L${r(p.x)} ${r(yAt(p.low))}`)
            .join('')}Z`
        : null;
      const end = line.values[line.values.length - 1] ?? null;
      return {
        label: line.label,
        total: line.total,
        path,
        band,
        endValue: end ? `${label.format(end)}${unit}` : '',
      };
    });
    charts.push({
      resource,
      title: label.label,
      description: `${label.label} of the counted components grows from ${label.format(firstTotal)}${unit} at ${first.label} to ${label.format(lastTotal)}${unit} at ${last.label}.`,
      width: WIDTH,
      height: HEIGHT,
      plot: PLOT,
      xTicks,
      xLabel,
      yTicks: [0, 0.5, 1].map((share) => ({
        y: yAt(top * share),
        label: `${label.format({ low: top * share, high: top * share })}${unit}`,
      })),
      series,
    });
  }
  return { charts, axis: `${axis} (log scale)`, flat };
}
