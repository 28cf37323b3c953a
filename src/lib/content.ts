import { getCollection } from 'astro:content';
import type { Architecture } from '../schemas/architecture.ts';

let cached: Promise<Architecture[]> | undefined;

/** Loads every architecture once per process, sorted by product name, as plain data for the derivations. */
export function loadArchitectures(): Promise<Architecture[]> {
  cached ??= getCollection('architectures').then((entries) =>
    entries.map((entry) => entry.data).sort((a, b) => a.product.localeCompare(b.product)),
  );
  return cached;
}
