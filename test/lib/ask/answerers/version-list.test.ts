import { describe, expect, it } from 'vitest';
import { answerVersionList } from '../../../../src/lib/ask/answerers/version-list.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import {
  buildAskArchitectureWith,
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
