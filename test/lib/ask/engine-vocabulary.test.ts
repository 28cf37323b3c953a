import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveAllVariants, roles } from '../../../src/lib/model/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const architectures = loadContentArchitectures();

/** Every engine file: the ask area's code and the ask data files. */
function listEngineFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.join(root, 'src/lib/ask'));
  for (const name of readdirSync(path.join(root, 'data'))) if (name.startsWith('ask-')) files.push(path.join(root, 'data', name));
  return files;
}

const engine = listEngineFiles().map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8').toLowerCase() }));

/** Whether a text holds a phrase as whole words. */
function holdsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
}

/**
 * The names the engine must never hold: products, vendors and ids, components' ids, their names of two or more words,
 * and one-word names only one product uses (generic technologies such as PostgreSQL are vocabulary, not names).
 */
function listForbiddenNames(): string[] {
  const names = new Set<string>();
  const oneWord = new Map<string, Set<string>>();
  for (const architecture of architectures) {
    for (const name of [architecture.id, architecture.product, architecture.vendor]) if (name.length >= 4) names.add(name);
    for (const resolved of resolveAllVariants(architecture)) {
      for (const component of resolved.components) {
        if (component.id.includes('-')) names.add(component.id);
        if (/\s/.test(component.name.trim())) names.add(component.name);
        else oneWord.set(component.name.toLowerCase(), (oneWord.get(component.name.toLowerCase()) ?? new Set()).add(architecture.id));
      }
    }
  }
  // Technologies and the words of role labels ("database", "workspace") are the vocabulary of every product.
  const common = new Set([
    ...architectures.flatMap((a) => a.components.flatMap((c) => [c.technology ?? '', ...(c.examples ?? [])])).map((t) => t.toLowerCase()),
    ...roles.flatMap((role) => role.label.toLowerCase().split(/\W+/)).flatMap((word) => [word, `${word}s`]),
  ]);
  for (const [name, owners] of oneWord) if (owners.size === 1 && name.length >= 4 && !common.has(name)) names.add(name);
  return [...names];
}

/** Runs of six words of a question, the unit a copied question would leave behind. */
function listShingles(question: string): string[] {
  const words = question
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length < 6 ? [] : Array.from({ length: words.length - 5 }, (_, i) => words.slice(i, i + 6).join(' '));
}

describe('the engine names no product and copies no question', () => {
  it('finds engine files to check', () => {
    expect(engine.length).toBeGreaterThan(15);
  });

  it('holds no product, vendor or component name of the catalogue', () => {
    const names = listForbiddenNames();
    expect(names.length).toBeGreaterThan(50);
    const found = engine.flatMap(({ file, text }) => names.filter((name) => holdsPhrase(text, name)).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });

  it('holds no six-word run of any development or held-out question', () => {
    const sets = [
      'test/ask/dev-set.yaml',
      'test/ask/held-out.yaml',
      'test/ask/held-out-2.yaml',
      'test/ask/held-out-3.yaml',
      'test/ask/held-out-4.yaml',
      'test/ask/held-out-5.yaml',
      'test/ask/held-out-6.yaml',
      'test/ask/held-out-7.yaml',
      'test/ask/held-out-8.yaml',
      'test/ask/held-out-9.yaml',
      'test/ask/held-out-10.yaml',
      'test/ask/held-out-11.yaml',
      'test/ask/held-out-12.yaml',
      'test/ask/held-out-13.yaml',
      'test/ask/held-out-14.yaml',
      'test/ask/held-out-15.yaml',
      'test/ask/held-out-16.yaml',
      'test/ask/held-out-17.yaml',
      'test/ask/held-out-18.yaml',
      'test/ask/held-out-19.yaml',
      'test/ask/held-out-20.yaml',
      'test/ask/held-out-21.yaml',
      'test/ask/held-out-22.yaml',
      'test/ask/held-out-23.yaml',
      'test/ask/held-out-24.yaml',
      'test/ask/held-out-25.yaml',
      'test/ask/held-out-26.yaml',
      'test/ask/held-out-27.yaml',
      'test/ask/held-out-28.yaml',
      'test/ask/held-out-29.yaml',
      'test/ask/held-out-30.yaml',
      'test/ask/held-out-31.yaml',
      'test/ask/held-out-32.yaml',
      'test/ask/held-out-33.yaml',
      'test/ask/held-out-34.yaml',
      'test/ask/held-out-35.yaml',
      'test/ask/held-out-36.yaml',
      'test/ask/held-out-37.yaml',
      'test/ask/held-out-38.yaml',
      'test/ask/held-out-39.yaml',
      'test/ask/held-out-40.yaml',
      'test/ask/held-out-41.yaml',
      'test/ask/held-out-42.yaml',
      'test/ask/held-out-43.yaml',
      'test/ask/held-out-44.yaml',
      'test/ask/held-out-45.yaml',
      'test/ask/held-out-46.yaml',
      'test/ask/held-out-47.yaml',
      'test/ask/held-out-48.yaml',
      'test/ask/held-out-49.yaml',
      'test/ask/held-out-50.yaml',
      'test/ask/held-out-51.yaml',
      'test/ask/held-out-52.yaml',
      'test/ask/held-out-53.yaml',
      'test/ask/held-out-54.yaml',
      'test/ask/held-out-55.yaml',
      'test/ask/held-out-56.yaml',
      'test/ask/held-out-57.yaml',
      'test/ask/held-out-58.yaml',
      'test/ask/held-out-59.yaml',
      'test/ask/held-out-60.yaml',
      'test/ask/held-out-61.yaml',
      'test/ask/held-out-62.yaml',
      'test/ask/held-out-63.yaml',
      'test/ask/held-out-64.yaml',
      'test/ask/held-out-65.yaml',
      'test/ask/held-out-66.yaml',
      'test/ask/held-out-67.yaml',
      'test/ask/held-out-68.yaml',
      'test/ask/held-out-69.yaml',
      'test/ask/held-out-70.yaml',
      'test/ask/held-out-71.yaml',
      'test/ask/held-out-72.yaml',
      'test/ask/held-out-73.yaml',
      'test/ask/held-out-74.yaml',
      'test/ask/held-out-75.yaml',
      'test/ask/held-out-76.yaml',
      'test/ask/held-out-77.yaml',
      'test/ask/held-out-78.yaml',
      'test/ask/held-out-79.yaml',
      'test/ask/held-out-80.yaml',
      'test/ask/held-out-81.yaml',
      'test/ask/held-out-82.yaml',
      'test/ask/held-out-83.yaml',
      'test/ask/held-out-84.yaml',
      'test/ask/held-out-85.yaml',
      'test/ask/held-out-86.yaml',
      'test/ask/held-out-87.yaml',
      'test/ask/held-out-88.yaml',
      'test/ask/held-out-89.yaml',
      'test/ask/held-out-90.yaml',
      'test/ask/held-out-91.yaml',
      'test/ask/held-out-92.yaml',
      'test/ask/held-out-93.yaml',
      'test/ask/held-out-94.yaml',
      'test/ask/held-out-95.yaml',
      'test/ask/held-out-96.yaml',
      'test/ask/held-out-97.yaml',
      'test/ask/held-out-98.yaml',
      'test/ask/held-out-99.yaml',
      'test/ask/held-out-100.yaml',
      'test/ask/held-out-101.yaml',
      'test/ask/held-out-102.yaml',
      'test/ask/held-out-103.yaml',
      'test/ask/held-out-104.yaml',
      'test/ask/held-out-105.yaml',
      'test/ask/held-out-106.yaml',
      'test/ask/held-out-107.yaml',
      'test/ask/held-out-108.yaml',
      'test/ask/held-out-109.yaml',
      'test/ask/held-out-110.yaml',
      'test/ask/held-out-111.yaml',
      'test/ask/held-out-112.yaml',
      'test/ask/held-out-113.yaml',
      'test/ask/held-out-114.yaml',
      'test/ask/held-out-115.yaml',
      'test/ask/held-out-116.yaml',
      'test/ask/held-out-117.yaml',
      'test/ask/held-out-118.yaml',
      'test/ask/held-out-119.yaml',
      'test/ask/held-out-120.yaml',
      'test/ask/held-out-121.yaml',
      'test/ask/held-out-122.yaml',
      'test/ask/held-out-123.yaml',
      'test/ask/held-out-124.yaml',
      'test/ask/held-out-125.yaml',
      'test/ask/held-out-126.yaml',
    ]
      .map((file) => path.join(root, file))
      .filter((file) => existsSync(file));
    expect(sets.length).toBe(127);
    const shingles = sets.flatMap((file) =>
      (parse(readFileSync(file, 'utf8')) as { question: string }[]).flatMap((entry) => listShingles(entry.question)),
    );
    expect(shingles.length).toBeGreaterThan(200);
    // The engine's own six-word runs looked up in a set: one pass over each file, however many questions there are.
    const asked = new Set(shingles);
    const found = engine.flatMap(({ file, text }) =>
      listShingles(text)
        .filter((shingle) => asked.has(shingle))
        .map((shingle) => `${file}: ${shingle}`),
    );
    expect(found).toEqual([]);
  });
});
