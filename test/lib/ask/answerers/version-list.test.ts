import { describe, expect, it } from 'vitest';
import { answerVersionList } from '../../../../src/lib/ask/answerers/version-list.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import {
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/** Quillstack whose ledger needs PostgreSQL 13 to 17 and whose session cache needs Redis 7.x; its API states none. */
const catalogue = (cacheVersions = true) => [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildLedgerInput({
      requirements: [{ scope: 'production', versions: [{ product: 'PostgreSQL', min: '13', max: '17' }], source: cite }],
    }),
    buildSessionCacheInput(
      cacheVersions ? { requirements: [{ scope: 'minimum', versions: [{ product: 'Redis', min: '7.x', max: '7.x' }], source: cite }] } : {},
    ),
  ]),
];
const ask = (question: string, cacheVersions = true) => answerVersionList(buildAnswerContext(catalogue(cacheVersions), question));

describe('answerVersionList', () => {
  it('lists every part that states versions when the prerequisites are asked with their versions', () => {
    const draft = ask('List the Quillstack prerequisites with their minimum versions.');
    expect(draft?.text).toMatch(/^Quillstack \(Standard\), the versions stated for its parts: /);
    expect(draft?.text).toMatch(/PostgreSQL 13/);
    expect(draft?.text).toMatch(/Redis 7\.x/);
    expect(draft?.facts.map((fact) => fact.component).sort()).toEqual(['ledger-db', 'session-cache']);
  });

  it('leaves one part\'s version, a single "version", a question with no list word and a yes/no to other answers', () => {
    expect(ask('Which versions of PostgreSQL does the Quillstack ledger need? List them.')).toBeNull();
    expect(ask('List the Quillstack prerequisites with their minimum version.')).toBeNull();
    expect(ask('What versions does Quillstack support?')).toBeNull();
    expect(ask('Do the Quillstack prerequisites list versions?')).toBeNull();
  });

  it('answers nothing when fewer than two parts state versions', () => {
    expect(ask('List the Quillstack prerequisites with their minimum versions.', false)).toBeNull();
  });
});

describe('answerVersionList: what it lists and when (mutation session 43)', () => {
  const versioned = (id: string, name: string, product: string, min: string, variants?: string[]) =>
    buildLedgerInput({
      id,
      name,
      technology: product,
      ...(variants ? { variants } : {}),
      requirements: [{ scope: 'production', versions: [{ product, min }], source: cite }],
    });

  it('is a lookup whose lines are set apart by a space', () => {
    const draft = ask('List the Quillstack prerequisites with their minimum versions.');
    expect(draft?.kind).toBe('lookup');
    expect(draft?.text).toContain('. Session cache: ');
  });

  it('answers only of one product: two named products are a comparison', () => {
    const catalogue2 = [...catalogue(), buildLanternpad()];
    expect(
      answerVersionList(buildAnswerContext(catalogue2, 'List the Quillstack and Lanternpad prerequisites with their versions.')),
    ).toBeNull();
  });

  it('leaves "the version of X" to a lookup even when "versions" is written too', () => {
    expect(ask('List the Quillstack prerequisites and their versions, and the version of the ledger.')).toBeNull();
  });

  it('lists only requirement facts of parts in the layout asked about that name a versioned product', () => {
    const draft = answerVersionList(
      buildAnswerContext(
        [
          buildAskArchitectureWith([
            buildQuillApiInput({ requirements: [{ scope: 'minimum', vcpu: 2, memory: '4 GB', source: cite }] }),
            {
              ...versioned('ledger-db', 'Ledger database', 'PostgreSQL', '13'),
              notes: [{ kind: 'recommendation', text: 'Move to PostgreSQL 16 before the next upgrade.', source: cite }],
            },
            versioned('search-index', 'Search index', 'Frobsearch', '8'),
            versioned('hot-cache', 'Hot cache', 'Valkey', '7', ['clustered']),
          ]),
        ],
        'List the Quillstack Standard prerequisites with their versions.',
      ),
    );
    expect(draft?.facts.map((fact) => fact.component)).toEqual(['ledger-db', 'search-index']);
    expect(draft?.facts.every((fact) => fact.attribute === 'requirement')).toBe(true);
  });
});
