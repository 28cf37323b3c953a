import { describe, expect, it } from 'vitest';
import { scaleMeasuredFigure } from '../../../../src/lib/ask/compute/scale-measured-figure.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildLedgerInput, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

/** One requirement entry as content writes it. */
type RequirementInput = NonNullable<ArchitectureInput['components'][number]['requirements']>[number];

const cite = 'authgear-self-managed#deployment-options';
const measured: RequirementInput = { scope: 'tested', part: 'job store (600 queued jobs)', storage: '2.5GB', source: cite };
const catalogueWith = (requirements: RequirementInput[]) => [buildAskArchitectureWith([buildLedgerInput({ requirements })])];
const scale = (question: string, requirements: RequirementInput[] = [measured]) => {
  const [architecture] = catalogueWith(requirements);
  if (!architecture) throw new Error('no fixture architecture');
  const subject = buildComputeSubject(architecture, question);
  return scaleMeasuredFigure(subject, subject.context.reading);
};

describe('scaleMeasuredFigure', () => {
  it('scales a figure measured with a count of things to the count the question gives, and says it extrapolates', () => {
    const scaled = scale('Quillstack: how much storage would 1,800 queued jobs take?');
    expect(scaled?.text).toBe(
      "Quillstack (Standard): Ledger database: the vendor's figure is 2.5GB of storage for 600 queued jobs (job store, as tested). In " +
        'proportion, 1,800 ÷ 600 × 2.5GB = 7.5 GB: a straight-line extrapolation from that one measurement, not a figure the ' +
        'vendor states.',
    );
    expect(scaled?.component).toBe('ledger-db');
    expect(scaled?.part).toBe('job store (600 queued jobs)');
  });

  it('scales nothing when the count is of other things, the measured count itself, or a resource the entry lacks', () => {
    expect(scale('Quillstack: how much storage would 1,800 users take?')).toBeNull();
    expect(scale('Quillstack: how much storage would 600 queued jobs take?')).toBeNull();
    expect(scale('Quillstack: how much memory would 1,800 queued jobs take?')).toBeNull();
    // A part label that names no count measured nothing.
    expect(scale('Quillstack: how much storage would 1,800 queued jobs take?', [{ ...measured, part: 'job store' }])).toBeNull();
  });

  it('scales the one figure asked, or the only one stated when none is asked, from each kind of figure', () => {
    const both: RequirementInput = { ...measured, memory: '4GB', vcpu: 2, iops: 300 };
    expect(scale('Quillstack: how much memory would 1,800 queued jobs take?', [both])?.text).toContain('= 12 GB');
    expect(scale('Quillstack: how many vCPU would 1,800 queued jobs take?', [both])?.text).toMatch(
      /figure is 2 vCPU for 600 queued jobs.*= 6 vCPU/,
    );
    expect(scale('Quillstack: how many IOPS would 1,800 queued jobs take?', [both])?.text).toContain(
      'figure is 300 IOPS for 600 queued jobs',
    );
    // Asked for no resource, the entry must state exactly one.
    expect(scale('Quillstack: what would 1,800 queued jobs take?')?.text).toContain('= 7.5 GB');
    expect(scale('Quillstack: what would 1,800 queued jobs take?', [both])).toBeNull();
  });

  it('reads only a bare positive count, followed by the measured words, against a count above zero', () => {
    expect(scale('Quillstack: how much storage would -1,800 queued jobs take?')).toBeNull();
    expect(scale('Quillstack: how much storage would 1,800 GB of queued jobs take?')).toBeNull();
    expect(scale('Quillstack: how much storage would queued jobs 1,800 take?')).toBeNull();
    expect(scale('Quillstack: how much storage would 0 queued jobs take?')).toBeNull();
    expect(
      scale('Quillstack: how much storage would 1,800 queued jobs take?', [{ ...measured, part: 'job store (0 queued jobs)' }]),
    ).toBeNull();
    // Only the measured words count, not the stopwords between them.
    expect(
      scale('Quillstack: how much storage would 1,800 jobs of the queue take?', [
        { ...measured, part: 'job store (600 jobs of the queue)' },
      ])?.text,
    ).toContain('600 jobs of the queue (job store, as tested)');
  });

  it('answers through the computation, citing the measured figure only', () => {
    const answer = answerQuestion('Quillstack: how much storage would 1,800 queued jobs take?', catalogueWith([measured]));
    expect(answer.answer).toContain('= 7.5 GB: a straight-line extrapolation');
    expect(answer.sources.filter((source) => source.url.includes('#component-'))).toHaveLength(1);
  });
});
