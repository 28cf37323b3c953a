import { getCollection, type CollectionEntry } from 'astro:content';
import type { Guide } from '../lib/guides/index.ts';

let cached: Promise<CollectionEntry<'guides'>[]> | undefined;

/** Loads every guide entry once per process, sorted by id (pages render them; lists read their data). */
export function loadGuideEntries(): Promise<CollectionEntry<'guides'>[]> {
  cached ??= getCollection('guides').then((entries) => [...entries].sort((a, b) => a.id.localeCompare(b.id)));
  return cached;
}

/** Every guide as plain data (frontmatter, id and MDX body) for the derivations, lists and Markdown. */
export async function loadGuides(): Promise<Guide[]> {
  return (await loadGuideEntries()).map((entry) => ({ ...entry.data, id: entry.id, body: entry.body ?? '' }));
}
