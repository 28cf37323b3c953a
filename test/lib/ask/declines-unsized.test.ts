import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitectureWith, buildCellwright, buildNoted, buildQuillApiInput } from '../../fixtures/build-ask-architecture.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';

const cellwright = buildCellwright;

const ask = (summary: string) => answerQuestion('Cellwright: instance type for the cell API nodes?', [cellwright(summary)]);

describe('declines: a layout summary that names instance sizes only to say none are given', () => {
  it.each([
    'Three zones; the guide gives no instance sizes or node counts.',
    'Three zones; the guide names no node type.',
    'Three zones; the guide names no node types.',
    'Three zones; the guide names no big node type.',
    'Three zones; the guide is without node type.',
  ])('declines when the summary reads "%s"', (summary) => {
    const answer = ask(summary);
    expect(answer.answer, JSON.stringify(answer)).toBeNull();
    expect(answer.declined).toContain('state no instance type or size for Cell API');
  });

  it('answers from a summary that speaks of the kind without denying it', () => {
    const answer = ask('Three zones; pick the instance type by memory.');
    expect(answer.declined, JSON.stringify(answer)).toBeUndefined();
  });
});

describe('declines: a part named only by the words of the layout the question writes out', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source: cite }] }),
        buildComponentInput({
          id: 'cluster',
          name: 'Cluster',
          role: 'container-orchestration',
          technology: 'Kubernetes',
          purpose: 'Runs the pods.',
        }),
      ],
      {
        variants: [
          { id: 'standard', name: 'Standard', summary: 'One API.', source: cite },
          { id: 'single-cluster', name: 'Single cluster', summary: 'One cluster.', source: cite },
        ],
      },
    ),
  ];

  const withCache = [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source: cite }] }),
        buildComponentInput({ id: 'cluster-cache', name: 'Cluster cache', role: 'cache', technology: 'Redis', purpose: 'Caches pages.' }),
      ],
      {
        variants: [
          { id: 'standard', name: 'Standard', summary: 'One API.', source: cite },
          { id: 'single-cluster', name: 'Single cluster', summary: 'One cluster.', source: cite },
        ],
      },
    ),
  ];

  it('reads "single-cluster" as the layout, so the memory asked is not declined for the part called Cluster', () => {
    const answer = answerQuestion('Quillstack single-cluster example: how much memory?', catalogue);
    expect(answer.declined ?? '').not.toContain('figures for Cluster');
    // A part whose name holds a word the layout's name does not is still named.
    expect(answerQuestion('Quillstack single-cluster example: how much memory for the cluster cache?', withCache).declined).toContain(
      'memory figures for Cluster cache',
    );
    // Named on its own, the part is still the one asked about.
    expect(answerQuestion('Quillstack: how much memory for the cluster?', catalogue).declined).toContain('memory figures for Cluster');
  });
});

describe('declines: an HTTP path asked where the answer writes none', () => {
  const ask = (question: string, text: string) => answerQuestion(question, [buildNoted([{ kind: 'info', text }])]);

  it('declines "the liveness probe http path?" when the facts only say the probes are HTTP checks', () => {
    const answer = ask('Quillstack liveness probe http path?', 'The liveness and readiness probes are HTTP health checks.');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no HTTP path for this.');
  });

  it('answers when a fact writes the path, and leaves an upgrade path to the other answerers', () => {
    expect(ask('Quillstack liveness probe http path?', 'The liveness probe checks /healthz over HTTP.').answer).toMatch(/\/healthz/);
    expect(ask('Quillstack upgrade path?', 'The liveness and readiness probes are HTTP health checks.').declined ?? '').not.toMatch(
      /HTTP path/,
    );
  });
});

describe('declines: a time asked where the answer writes none', () => {
  const ask = (question: string, text: string) => answerQuestion(question, [buildNoted([{ kind: 'info', text }])]);
  const failover = 'When a Quillstack node fails, its sessions move to the other nodes.';

  it('declines "how many seconds" and "how long does it take" when the facts give no figure of time', () => {
    for (const question of [
      'How many seconds until Quillstack sessions move to the other nodes?',
      'How long does Quillstack take to move its sessions to the other nodes?',
    ]) {
      const answer = ask(question, failover);
      expect(answer.answer).toBeNull();
      expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no time or duration for this.');
    }
  });

  it('answers when a fact writes a time, short or long, and leaves a minimum or a length to the other answerers', () => {
    expect(ask('How many seconds until Quillstack sessions move?', 'Sessions move within 8s.').answer).toMatch(/8s/);
    expect(ask('How many seconds until Quillstack sessions move?', 'Sessions move within 2 minutes.').answer).toMatch(/2 minutes/);
    expect(ask('Quillstack nodes: how many min?', failover).declined ?? '').not.toMatch(/time or duration/);
    expect(ask('How long is the Quillstack session key?', failover).declined ?? '').not.toMatch(/time or duration/);
  });

  it('declines a span asked in days or longer when the facts give times only in seconds to hours', () => {
    const answer = ask(
      'How many days do Quillstack sessions stay on the other nodes?',
      'Sessions move to the other nodes within 8 seconds.',
    );
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no time or duration for this.');
    expect(
      ask('How many days do Quillstack sessions stay on the other nodes?', 'Sessions stay on the other nodes for 3 days.').answer,
    ).toMatch(/3 days/);
  });
});
