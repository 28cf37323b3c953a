import { describe, expect, it } from 'vitest';
import { answerQuestion, splitQuestion } from '../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../src/schemas/architecture.ts';
import { buildAskArchitectureWith, buildLanternpad, buildLedgerInput, buildQuillApiInput } from '../../fixtures/build-ask-architecture.ts';

describe('splitQuestion: a follow-up asking the question before at another figure', () => {
  const api = 'How many vCPUs does the Quillstack API need';

  it('replaces the figure only when every figure of the follow-up counts something the question before counts', () => {
    expect(splitQuestion(`${api} at 40 sign-ins per second? And with 80 sign-ins per second and 4 replicas?`)).toEqual([
      `${api} at 40 sign-ins per second`,
      `${api} at 40 sign-ins per second with 80 sign-ins per second and 4 replicas?`,
    ]);
  });

  it('matches what the follow-up counts whatever its case', () => {
    expect(splitQuestion(`${api} at 40 Sign-ins per second? And with 80 sign-ins per second?`)).toEqual([
      `${api} at 40 Sign-ins per second`,
      `${api} at 80 Sign-ins per second?`,
    ]);
  });

  it('puts a bare figure of any length or grouping in place of the one figure before it', () => {
    expect(splitQuestion(`${api} at 40 sign-ins per second? And at 120?`)[1]).toBe(`${api} at 120 sign-ins per second?`);
    expect(splitQuestion(`${api} at 400 sign-ins per second? And at 800?`)[1]).toBe(`${api} at 800 sign-ins per second?`);
    expect(splitQuestion(`${api} at 2,000 sign-ins per second? And at 4,000?`)[1]).toBe(`${api} at 4,000 sign-ins per second?`);
  });

  it('adds a bare figure as a condition when the question before gives two figures, or none', () => {
    expect(splitQuestion('How many jobs run at once on 3 workers at 40 sign-ins per second? And at 80?')[1]).toBe(
      'How many jobs run at once on 3 workers at 40 sign-ins per second at 80?',
    );
    expect(splitQuestion('How many jobs run at once on the workers? And at 80?')[1]).toBe(
      'How many jobs run at once on the workers at 80?',
    );
  });
});

describe('answerQuestion: the parts one name stands for, which state no figures', () => {
  const cite = 'authgear-self-managed#resources-reference';
  /** An API stating memory figures, so only the parts asked about can lack them. */
  const api = buildQuillApiInput({
    requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: '500m' }, memory: { request: '512Mi' }, source: cite }],
  });
  const site = (n: number) => buildLedgerInput({ id: `ledger-${n}`, name: `Ledger cluster (site ${n})` });
  const declined = (components: ArchitectureInput['components'], question: string, overrides: Partial<ArchitectureInput> = {}) =>
    answerQuestion(question, [buildAskArchitectureWith([api, ...components], overrides), buildLanternpad()]).declined ?? null;
  const ask = 'How much memory does the Quillstack ledger cluster need?';

  it('names every part whose name differs only in brackets when none of them states the figure', () => {
    expect(declined([site(1), site(2)], ask)).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for Ledger cluster (site 1) and Ledger cluster (site 2).',
    );
  });

  it('names only the longest names the question holds, and none when they differ before the brackets', () => {
    const external = buildLedgerInput({ id: 'external', name: 'External ledger cluster' });
    // The one longest name is the part asked: the sites' shorter name inside it names neither site.
    expect(declined([site(1), site(2), external], 'How much memory does the Quillstack external ledger cluster need?')).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for External ledger cluster.',
    );
    const reversed = buildLedgerInput({ id: 'cluster-ledger', name: 'Cluster ledger (site 2)' });
    expect(declined([site(1), reversed], ask)).toBeNull();
  });

  it('names none of the parts when the question asks a total over the deployment', () => {
    expect(declined([site(1), site(2)], 'What is the total memory of Quillstack without the ledger cluster?')).toBeNull();
  });

  it('names none of the parts when one of them sits on a host, whose figures may cover it', () => {
    const host = {
      id: 'data-box',
      name: 'Data box',
      kind: 'server' as const,
      components: ['quill-api', 'ledger-1'],
      requirements: [{ scope: 'minimum' as const, nodes: 1, vcpu: 2, memory: '8 GB', source: cite }],
      source: cite,
    };
    expect(declined([site(1), site(2)], ask, { hosts: [host] })).toBeNull();
  });
});

describe('answerQuestion: a count of the named part itself', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const api = buildQuillApiInput({
    requirements: [{ scope: 'minimum', nodes: 2, vcpu: { request: '500m' }, memory: { request: '512Mi' }, source: cite }],
  });
  const catalogue = [buildAskArchitectureWith([api, buildLedgerInput()]), buildLanternpad()];
  const declined = (question: string) => answerQuestion(question, catalogue).declined ?? null;
  const noCount = 'The vendor documents archkb holds for Quillstack state no number of Ledger database instances to run.';

  it('says no count is stated when "how many" counts the part, with a verb or nothing after its name', () => {
    expect(declined('How many ledger databases does Quillstack create?')).toBe(noCount);
    expect(declined('How many Quillstack ledger databases?')).toBe(noCount);
  });

  it('does not when a noun follows the name, the name comes far after "how many", or nothing counts it', () => {
    expect(declined('How many ledger database topics does Quillstack create?')).not.toBe(noCount);
    expect(declined('How many of the tables that Quillstack keeps in one ledger database?')).not.toBe(noCount);
    expect(declined('Which ledger database does Quillstack create?')).not.toBe(noCount);
  });
});
