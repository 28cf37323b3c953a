import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion } from '../../src/lib/ask/index.ts';
import { buildVariantPage } from '../../src/lib/catalogue/index.ts';
import { toVariantPath } from '../../src/lib/model/index.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

// Every link an answer cites must land where the section or part is shown: the anchor must be on that variant's page.
describe('ask citations over the real content', () => {
  const architectures = loadContentArchitectures();
  const anchors = new Map<string, Set<string>>();
  for (const architecture of architectures)
    for (const variant of architecture.variants) {
      const page = buildVariantPage(architecture, variant.id);
      anchors.set(
        toVariantPath(architecture, variant.id),
        new Set([...page.sources.map((entry) => entry.anchor), ...page.components.map((row) => `component-${row.id}`)]),
      );
    }
  const directory = path.resolve(import.meta.dirname, '../ask');
  const questions = readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parse(readFileSync(path.join(directory, file), 'utf8')) as { question: string }[]);

  it('cites only anchors that the cited variant page lists, for every question of every set', () => {
    const broken = questions.flatMap(({ question }) =>
      answerQuestion(question, architectures)
        .sources.filter((source) => {
          const [page = '', anchor] = source.url.split('#');
          return anchor !== undefined && !anchors.get(page)?.has(anchor);
        })
        .map((source) => `${question} -> ${source.url}`),
    );
    expect(questions.length).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
    // About 5,300 answers take some 8 s on a free core; a shared machine needs the room.
  }, 120_000);
});
