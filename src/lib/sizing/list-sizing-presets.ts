import type { LoadDriver } from '../../schemas/load-driver.ts';
import { formatLoad, type ResolvedVariant } from '../model/index.ts';

/** User counts a sizing page shows when the architecture states no load driver of its own. */
export const DEFAULT_USER_PRESETS = [1_000, 10_000, 100_000] as const;

/** Loads for a driver with no examples of its own: users get the user ladder, rates and counts a smaller one. */
function defaultExamples(driver: Pick<LoadDriver, 'id'>): readonly number[] {
  return driver.id === 'users' ? DEFAULT_USER_PRESETS : [10, 100, 1_000];
}

/** The drivers a sizing form asks for: the vendor's own measures, or users when it states none. */
export function listSizingInputs(resolved: ResolvedVariant): { id: string; label: string; whole: boolean; example: number }[] {
  const drivers = resolved.loadDrivers.length > 0 ? resolved.loadDrivers : [{ id: 'users', label: 'users' }];
  return drivers.map((driver) => ({
    id: driver.id,
    label: driver.label,
    whole: driver.id === 'users',
    example: ('examples' in driver ? driver.examples?.[1] : undefined) ?? defaultExamples(driver)[1] ?? 1,
  }));
}

/** One precomputed sizing: its loads and a label naming them. */
export interface SizingPreset {
  id: string;
  label: string;
  loads: Record<string, number>;
}

/**
 * The loads a sizing page precomputes: step i sets every driver to its i-th example load (the vendor's own measures
 * move together), so a page works without JavaScript at a few sizes.
 */
export function listSizingPresets(resolved: ResolvedVariant): SizingPreset[] {
  const drivers =
    resolved.loadDrivers.length > 0 ? resolved.loadDrivers : [{ id: 'users', label: 'users', singular: 'user' } as LoadDriver];
  const steps = Math.max(...drivers.map((driver) => (driver.examples ?? defaultExamples(driver)).length));
  return Array.from({ length: steps }, (_, index) => {
    const loads = Object.fromEntries(
      drivers.map((driver) => {
        const examples = driver.examples ?? defaultExamples(driver);
        return [driver.id, examples[Math.min(index, examples.length - 1)] ?? 1];
      }),
    );
    return {
      id: `preset-${index + 1}`,
      label: drivers.map((driver) => formatLoad(driver, loads[driver.id] ?? 0)).join(', '),
      loads,
    };
  });
}
