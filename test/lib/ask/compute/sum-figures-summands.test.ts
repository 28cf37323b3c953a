import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sumFigures, writeSum } from '../../../../src/lib/ask/compute/sum-figures.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import type { SizingResource } from '../../../../src/lib/model/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/** Sums the resources given over what the words name (nothing: the whole variant), both sides unless one is asked. */
const sumOver = (architecture: ReturnType<typeof buildAskArchitecture>, words: string, resources: SizingResource[]) => {
  const subject = buildComputeSubject(architecture, 'Quillstack');
  const targets = words === '' ? [] : findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set());
  return sumFigures(subject, targets, { resources, side: 'request', scopes: [], counts: new Map() });
};
const cpuOf = (sums: ReturnType<typeof sumOver>) => sums.sums.find((s) => s.resource === 'vcpu')?.total.high;

/** Two boxes, each with its own minimum figures, and a mail relay on neither. */
const twoBoxes = () =>
  buildAskArchitectureWith(
    [
      buildQuillApiInput(),
      buildComponentInput({ id: 'quill-worker', name: 'Quill worker' }),
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database' }),
      buildComponentInput({ id: 'session-cache', name: 'Session cache' }),
      buildComponentInput({ id: 'mail-relay', name: 'Mail relay', requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }] }),
    ],
    {
      hosts: [
        {
          id: 'app-box',
          name: 'Application box',
          kind: 'server',
          components: ['quill-api', 'quill-worker'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source: cite }],
          source: cite,
        },
        {
          id: 'data-box',
          name: 'Data server',
          kind: 'server',
          components: ['ledger-db', 'session-cache'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 6, source: cite }],
          source: cite,
        },
      ],
    },
  );

describe('sumFigures: what a named host or component adds, counted once', () => {
  it('sums a named host and a named component beside it, and only the host named of two', () => {
    // Application box 1 × 2 vCPU + mail relay 1 × 1 vCPU = 3 vCPU; the data server's 6 stay out.
    const sums = sumOver(twoBoxes(), 'application box mail relay', ['vcpu']);
    expect(cpuOf(sums)).toBe(3);
    expect(sums.sums[0]?.terms.map((term) => term.name)).toEqual(['Application box', 'Mail relay']);
  });

  it('counts a component on a named host once when the question names both', () => {
    // The application box of the main fixture: 3 × 4 vCPU for high availability, the API and worker inside it.
    const sums = sumOver(buildAskArchitecture(), 'application box api', ['vcpu']);
    expect(cpuOf(sums)).toBe(12);
    expect(sums.sums[0]?.terms.map((term) => term.name)).toEqual(['Application box']);
  });

  it('counts a member of a named host without figures once when the question names it too', () => {
    const bare = buildAskArchitecture({
      hosts: [{ id: 'app-box', name: 'Application box', kind: 'server', components: ['quill-api', 'quill-worker'], source: cite }],
    });
    // The API's example 2 × 500m + the worker's 1 × 250m = 1.25 vCPU, each member once.
    const sums = sumOver(bare, 'application box api', ['vcpu']);
    expect(cpuOf(sums)).toBe(1.25);
    expect(sums.sums[0]?.terms.map((term) => term.name)).toEqual(['Quill API', 'Quill worker']);
  });

  it('does not call a member of a named host unstated when only the host was named', () => {
    const bare = buildAskArchitecture({
      hosts: [{ id: 'app-box', name: 'Application box', kind: 'server', components: ['quill-api', 'session-cache'], source: cite }],
    });
    // The session cache states nothing, but the question named the box, not the cache.
    expect(sumOver(bare, 'application box', ['vcpu']).unstated).toEqual([]);
  });

  it('does not call a member of a named group unstated, though a component named itself would be', () => {
    const grouped = buildAskArchitecture({ hosts: [] });
    // "Ledger and caches" holds the ledger database (figures) and the session cache (none).
    expect(sumOver(grouped, 'ledger and caches', ['vcpu']).unstated).toEqual([]);
    expect(sumOver(grouped, 'ledger session cache', ['vcpu']).unstated).toEqual(['Session cache']);
    // Naming the API beside the group does not make the group's members named ones.
    expect(sumOver(grouped, 'ledger and caches api', ['vcpu']).unstated).toEqual([]);
  });

  it('leaves an optional component out of the whole variant, though it states figures', () => {
    const components: ArchitectureInput['components'] = [
      buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source: cite }] }),
      buildComponentInput({
        id: 'session-cache',
        name: 'Session cache',
        role: 'cache',
        necessity: { level: 'optional', source: cite },
        requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
      }),
    ];
    const sums = sumOver(buildAskArchitectureWith(components), '', ['vcpu']);
    expect(cpuOf(sums)).toBe(2);
    expect(sums.used).toEqual(['quill-api']);
  });

  it('gives only the scopes whose figures were summed', () => {
    const components: ArchitectureInput['components'] = [
      buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source: cite }] }),
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        requirements: [{ scope: 'high-availability', nodes: 2, memory: '16 GB', source: cite }],
      }),
    ];
    // Asked for CPU, the ledger database's high-availability entry states none, so its scope is not one the sum used.
    expect(sumOver(buildAskArchitectureWith(components), 'api ledger', ['vcpu']).scopes).toEqual(['minimum']);
  });
});

describe('sumFigures: the parts of one scope', () => {
  /** The API's minimum in two parts: the given entries. */
  const apiWith = (requirements: NonNullable<ArchitectureInput['components'][number]['requirements']>) =>
    sumOver(buildAskArchitectureWith([buildQuillApiInput({ requirements })]), 'api', ['vcpu']);

  it('multiplies per-node parts by the node count a later part of the scope states', () => {
    // A whole 1 vCPU for the control part, plus 2 vCPU per node on the 3 nodes the second part states: 1 + 6 = 7 vCPU.
    const sums = apiWith([
      { scope: 'minimum', vcpu: 1, perNode: false, source: cite },
      { scope: 'minimum', nodes: 3, vcpu: 2, source: cite },
    ]);
    expect(cpuOf(sums)).toBe(7);
  });

  it('does not multiply a figure stated for all nodes together', () => {
    const sums = apiWith([{ scope: 'minimum', nodes: 3, vcpu: 6, perNode: false, source: cite }]);
    expect(cpuOf(sums)).toBe(6);
    const [sum] = sumOver(
      buildAskArchitectureWith([
        buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 3, vcpu: 6, perNode: false, source: cite }] }),
      ]),
      'api',
      ['vcpu'],
    ).sums;
    expect(sum && writeSum(sum, false)).toBe('CPU: 6 vCPU (Quill API)');
  });

  it('writes a term resting on two figures as its converted total, not the first figure as the vendor wrote it', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [
            { scope: 'minimum', memory: '4GB', perNode: false, source: cite },
            { scope: 'minimum', memory: '8GB', perNode: false, source: cite },
          ],
        }),
      ]),
      'Quillstack',
    );
    const targets = findTargets(subject.resolved, tokenizeText('ledger'), subject.entry.nameTokens, new Set());
    const [sum] = sumFigures(subject, targets, { resources: ['memoryGiB'], side: 'request', scopes: [], counts: new Map() }).sums;
    // 4GB + 8GB read as 12 GiB (archkb reads GB as GiB).
    expect(sum && writeSum(sum, false)).toBe('memory: 12 GiB (Ledger database)');
  });
});
