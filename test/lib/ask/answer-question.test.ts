import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion, questionKinds, buildAnswerIndex } from '../../../src/lib/ask/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import { questionSet } from '../../ask/questions.ts';

const architectures = loadContentArchitectures();

describe('answerQuestion over the real content: the question set', () => {
  it('covers every architecture and every question kind with at least 60 questions', () => {
    expect(questionSet.length).toBeGreaterThanOrEqual(60);
    const answered = questionSet.filter((c) => !('declined' in c));
    const kinds = new Set(answered.map((c) => ('kind' in c ? c.kind : '')));
    for (const kind of questionKinds.filter((k) => k !== 'overview')) expect(kinds, kind).toContain(kind);
    for (const architecture of architectures) {
      expect(
        answered.some((c) => 'cites' in c && c.cites.some((cite) => cite.includes(`/architectures/${architecture.id}/`))),
        architecture.id,
      ).toBe(true);
    }
  });

  for (const testCase of questionSet) {
    it(`${'declined' in testCase ? 'declines' : 'answers'}: ${testCase.question}`, () => {
      const answer = answerQuestion(testCase.question, architectures, { architectureId: testCase.architectureId });
      if ('declined' in testCase) {
        expect(answer.answer, JSON.stringify(answer)).toBeNull();
        expect(answer.confidence).toBe(0);
        expect(answer.declined).toMatch(/does not hold/);
        expect(answer.sources.length).toBeGreaterThan(0);
        return;
      }
      expect(answer.answer, JSON.stringify(answer)).not.toBeNull();
      expect(answer.kind).toBe(testCase.kind);
      for (const fact of testCase.facts) expect(answer.answer?.toLowerCase(), fact).toContain(fact.toLowerCase());
      for (const cite of testCase.cites) expect(answer.sources.map((s) => s.url).join(' '), cite).toContain(cite);
    });
  }
});

describe('answerQuestion: behaviour', () => {
  it('points every source at a page of the site with a row, section or page anchor', () => {
    for (const testCase of questionSet) {
      for (const source of answerQuestion(testCase.question, architectures).sources) {
        expect(source.url).toMatch(/^\/architectures\/[a-z0-9-]+\/([a-z0-9-]+\/)?(#(component|src)-[a-z0-9-]+)?$/);
        expect(source.title.length).toBeGreaterThan(0);
        expect(source.excerpt.length).toBeGreaterThan(0);
      }
    }
  });

  it('states only figures the model holds: every number in an answer about a fixture comes from it or from the question', () => {
    const fixture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 7, vcpu: 5, memory: '11 GB', source: 'authgear-self-managed#resources-reference' }],
        }),
      ],
    });
    const answer = answerQuestion('minimum PostgreSQL for Fixture', [fixture]);
    expect(answer.answer).toContain('7 nodes');
    expect(answer.answer).toContain('5 vCPU');
    expect(answer.answer).toContain('11 GB');
    const numbers = (answer.answer ?? '').match(/\d+(\.\d+)?/g) ?? [];
    for (const n of numbers) expect(['7', '5', '11']).toContain(n);
  });

  it('says "not stated" rather than a figure when the component has none', () => {
    const fixture = buildArchitecture();
    const answer = answerQuestion('how much memory does PostgreSQL need for Fixture', [fixture]);
    expect(answer.answer).toMatch(/states no minimum figures/);
    expect(answer.answer).not.toMatch(/\d/);
  });

  it('reads numbers written as 100000, 100,000 and 100k the same way', () => {
    const answers = ['100000', '100,000', '100k', '100 k'].map(
      (n) => answerQuestion(`Redis memory for Authgear with ${n} users`, architectures).answer,
    );
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain('2.86 GiB');
  });

  it('reads synonyms, abbreviations and any case the same way', () => {
    const canonical = answerQuestion('minimum PostgreSQL for Authgear', architectures).answer;
    for (const variant of ['minimum postgres for AUTHGEAR', 'min PG for authgear', 'Minimal Postgres SQL for Authgear']) {
      expect(answerQuestion(variant, architectures).answer, variant).toBe(canonical);
    }
    expect(answerQuestion('Is ES required for Authgear?', architectures).answer).toBe(
      answerQuestion('Is Elasticsearch required for Authgear?', architectures).answer,
    );
    expect(answerQuestion('Authgear k8s minimum', architectures).answer).toBe(
      answerQuestion('Authgear Kubernetes minimum', architectures).answer,
    );
  });

  it('corrects typos in entity names taken from the model, not from a fixed list', () => {
    expect(answerQuestion('what does Apsmith use Temporl for', architectures).answer).toContain('workflows');
    const fixture = buildArchitecture({ id: 'zebrafish', product: 'Zebrafish', vendor: 'Zebra Inc.' });
    expect(answerQuestion('does Zebrafihs need PostgreSQL', [fixture]).answer).toMatch(/^Yes/);
  });

  it('scopes a question without a product to the page it is asked from', () => {
    const fromCoder = answerQuestion('Is PostgreSQL required?', architectures, { architectureId: 'coder' });
    expect(fromCoder.sources[0]?.url).toContain('/architectures/coder/');
    const fromEss = answerQuestion('Is PostgreSQL required?', architectures, { architectureId: 'inrupt-ess' });
    expect(fromEss.sources[0]?.url).toContain('/architectures/inrupt-ess/');
  });

  it('declines empty, punctuation-only and hostile input without throwing', () => {
    for (const question of ['', '   ', '???', '<script>alert(1)</script>', '\u0000\u0007', '🦄'.repeat(200), 'a'.repeat(500)]) {
      const answer = answerQuestion(question, architectures);
      expect(answer.answer).toBeNull();
      expect(answer.declined).toBeTruthy();
    }
  });

  it('declines when there are no architectures at all', () => {
    expect(answerQuestion('minimum PostgreSQL for Authgear', []).answer).toBeNull();
  });

  it('builds the index once per architectures array', () => {
    expect(buildAnswerIndex(architectures)).toBe(buildAnswerIndex(architectures));
    expect(buildAnswerIndex([...architectures])).not.toBe(buildAnswerIndex(architectures));
  });
});

describe('the question sets stay out of the engine', () => {
  it('no question text appears in src/', () => {
    const heldOut = (
      parse(readFileSync(path.resolve(import.meta.dirname, '../../ask/held-out.yaml'), 'utf8')) as { question: string }[]
    ).map((c) => c.question);
    const questions = [...questionSet.map((c) => c.question), ...heldOut].map((q) => q.toLowerCase());
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(path.resolve(import.meta.dirname, '../../../src'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const question of questions) expect(text.includes(question), `${file} contains "${question}"`).toBe(false);
    }
  });
});
