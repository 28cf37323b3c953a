// The validated data a static build writes for the browser's engines, fetched when a reader first uses one.
import type { Architecture } from '../schemas/architecture.ts';
import { toArchitectureDataPath, toArchitecturesDataPath } from '../lib/model/index.ts';

/** Fetches a data file the build wrote, failing with its path when it is missing. */
async function fetchData<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

let everyArchitecture: Promise<Architecture[]> | undefined;

/** Every architecture, fetched once per page. */
export function loadEveryArchitecture(): Promise<Architecture[]> {
  everyArchitecture ??= fetchData<Architecture[]>(toArchitecturesDataPath());
  return everyArchitecture;
}

/** One architecture's data, or none for an id that cannot name one. */
export async function loadArchitecture(id: string): Promise<Architecture[]> {
  return /^[a-z0-9-]+$/.test(id) ? [await fetchData<Architecture>(toArchitectureDataPath(id))] : [];
}
