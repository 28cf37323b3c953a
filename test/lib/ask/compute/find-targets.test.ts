import { describe, expect, it } from 'vitest';
import { findTargets, findTargetsByNote } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const subject = buildComputeSubject(buildAskArchitecture(), 'Quillstack');
const find = (words: string, variantWords = '') =>
  findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set(tokenizeText(variantWords))).map(
    ({ kind, id, coverage }) => ({ kind, id, coverage }),
  );

describe('findTargets', () => {
  it('names each component whose distinctive words the question uses', () => {
    expect(find('api and worker')).toEqual([
      { kind: 'component', id: 'quill-api', coverage: 1 },
      { kind: 'component', id: 'quill-worker', coverage: 1 },
    ]);
  });

  it('names a host by its own name, standing for the components on it', () => {
    const [host] = findTargets(subject.resolved, tokenizeText('application box'), subject.entry.nameTokens, new Set());
    expect(host).toMatchObject({ kind: 'host', id: 'app-box', components: ['quill-api', 'quill-worker'], coverage: 1 });
  });

  it('names a group with the components of its nested groups', () => {
    const nested = buildComputeSubject(
      buildAskArchitecture({
        groups: [
          { id: 'core', label: 'Sign-in core' },
          { id: 'data', label: 'Ledger vault' },
          { id: 'caches', label: 'Caches', parent: 'data' },
        ],
        hosts: [],
        components: [
          buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'core' }),
          buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'data' }),
          buildComponentInput({ id: 'session-cache', name: 'Session cache', group: 'caches' }),
        ],
      }),
      'Quillstack',
    );
    const [vault] = findTargets(nested.resolved, tokenizeText('vault'), nested.entry.nameTokens, new Set());
    expect(vault).toMatchObject({ kind: 'group', id: 'data', components: ['ledger-db', 'session-cache'] });
  });

  it('keeps every candidate a shared word names equally well, best covered first', () => {
    expect(find('ledger')).toEqual([
      { kind: 'component', id: 'ledger-db', coverage: 0.5 },
      { kind: 'group', id: 'data', coverage: 0.5 },
    ]);
    expect(find('ledger database')[0]).toEqual({ kind: 'component', id: 'ledger-db', coverage: 1 });
  });

  it('drops a candidate another names better with the same word', () => {
    expect(find('session cache').map((target) => target.id)).toEqual(['session-cache']);
  });

  it("never names a component by the product's name or the variant's words", () => {
    expect(find('quillstack')).toEqual([]);
    expect(find('box', 'box')).toEqual([{ kind: 'host', id: 'app-box', coverage: 0.5 }]);
    expect(find('worker', 'worker')).toEqual([]);
  });
});

describe('findTargetsByNote', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const noted = buildComputeSubject(
    buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          requirements: [
            { scope: 'reference', vcpu: 1, memory: '3GB', nodes: 2, note: 'Slot size of the steps, two slots to start.', source: cite },
          ],
        }),
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [{ scope: 'reference', vcpu: 2, memory: '8GB', note: 'Storage grows with the slot history.', source: cite }],
        }),
      ],
    }),
    'Quillstack',
  );
  const find = (words: string) =>
    findTargetsByNote(noted.resolved, tokenizeText(words), noted.entry.nameTokens, new Set()).map(({ id, hits }) => ({ id, hits }));

  it('names the one component whose figure notes hold two question words no other component has', () => {
    expect(find('the documented size and steps, altogether')).toEqual([{ id: 'quill-api', hits: ['size', 'step'] }]);
  });

  it('names none on one shared word, a word another note holds, or two components matching', () => {
    expect(find('the size')).toEqual([]);
    // "slot" is in both notes, so it says nothing about which one is meant.
    expect(find('slot size')).toEqual([]);
    expect(find('size steps storage history')).toEqual([]);
  });
});
