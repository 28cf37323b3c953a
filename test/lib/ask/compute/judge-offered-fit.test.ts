import { describe, expect, it } from 'vitest';
import { judgeOfferedFit, listOfferedResources } from '../../../../src/lib/ask/compute/judge-offered-fit.ts';
import type { ResourceSum } from '../../../../src/lib/ask/compute/sum-figures.ts';
import { answerQuestion, buildFactIndex, readQuestion, rewordQuestion } from '../../../../src/lib/ask/index.ts';
import type { SizingResource } from '../../../../src/lib/model/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const index = buildFactIndex([buildAskArchitecture()]);
const read = (question: string) => readQuestion(rewordQuestion(question), index);
const sum = (resource: SizingResource, low: number, side: 'request' | 'limit' = 'request'): ResourceSum => ({
  resource,
  side,
  terms: [],
  total: { low, high: low },
});
/** Quillstack's stated minimum as sums: 1 vCPU, 4 GiB of memory, 8 GiB of storage. */
const minimum = [sum('vcpu', 1), sum('memoryGiB', 4), sum('storageGiB', 8)];
const judge = (question: string, sums = minimum) => {
  const reading = read(question);
  return judgeOfferedFit(reading.tokens, reading.numbers, sums);
};

describe('judgeOfferedFit', () => {
  it('answers no, naming each offered figure below what the sources state', () => {
    expect(judge('Is 2 GB of RAM enough for the Quill API?')).toBe('No: memory 2 GB is below what the sources state.');
    expect(judge('Our box has 0.5 vCPU and 2 GB of memory. Does that meet the Quillstack minimum?')).toBe(
      'No: CPU 0.5 vCPU and memory 2 GB are below what the sources state.',
    );
  });

  it('answers yes when every offered figure meets its sum, an unnamed size after a CPU figure being memory', () => {
    expect(judge('My Quillstack box is a 2 vCPU / 4 GB VM with a 20 GB disk. Does that meet the minimum?')).toBe(
      'Yes: CPU 2 vCPU, memory 4 GB and storage 20 GB meet what the sources state.',
    );
  });

  it('checks only against request sums, and only figures of a resource summed', () => {
    expect(judge('Is 2 GB of RAM enough for the Quill API?', [sum('memoryGiB', 4, 'limit')])).toBeNull();
    expect(judge('Is a 20 GB disk enough for the Quill API?', [sum('vcpu', 1)])).toBeNull();
  });

  it('asks nothing without a word of checking, or without an offered figure', () => {
    expect(judge('The Quill API has 2 GB of RAM. What is its minimum?')).toBeNull();
    expect(judge('Is the Quill API minimum enough?')).toBeNull();
    expect(judge('Is a 4 GB box enough for the Quill API?')).toBeNull();
  });
});

describe('listOfferedResources', () => {
  it('lists the resources of the offered figures only when the question checks them', () => {
    const offered = read('Is a 1 vCPU / 4 GB VM with a 20 GB disk enough for Quillstack?');
    expect(listOfferedResources(offered.tokens, offered.numbers).sort()).toEqual(['memoryGiB', 'storageGiB', 'vcpu']);
    const stated = read('Quillstack runs on a 1 vCPU VM with a 20 GB disk. What does it need?');
    expect(listOfferedResources(stated.tokens, stated.numbers)).toEqual([]);
  });
});

describe('answerQuestion: offered figures checked against the stated sums', () => {
  const catalogue = [buildAskArchitecture()];

  it('leads a yes/no with the verdict, then the sums it is judged by', () => {
    expect(answerQuestion('Quillstack on a 2 vCPU, 1 GB box: does that meet the minimum?', catalogue).answer).toMatch(
      /^No: memory 1 GB is below what the sources state\. Quillstack \(Standard\) \(minimum figures\): CPU: 2 vCPU/,
    );
    expect(answerQuestion('Quillstack on a 64 vCPU, 512 GB box: does that meet the minimum?', catalogue).answer).toMatch(
      /^Yes: CPU 64 vCPU and memory 512 GB meet what the sources state\./,
    );
  });

  it('judges a yes/no about the whole minimum the same way, not by the nearest fact', () => {
    expect(
      answerQuestion('quillstack on a single VM (2 vCPU, 1 GB RAM, 8 GB disk). does that meet the minimum requirements?', catalogue).answer,
    ).toMatch(/^No: CPU 2 vCPU, memory 1 GB and storage 8 GB are below what the sources state\. .*\(minimum figures\)/);
  });
});

describe('judgeOfferedFit: how figures are read and written (mutation session 43)', () => {
  it('writes units as figures are written and agrees the verb with one figure or several', () => {
    expect(judge('Is 8 GiB of RAM enough for the Quill API?')).toBe('Yes: memory 8 GiB meets what the sources state.');
    expect(judge('Is 512 mb of memory enough for the Quill API?')).toBe('No: memory 512 MB is below what the sources state.');
    expect(judge('Are 4 vcpus and 8 GB of RAM enough for the Quill API?')).toBe(
      'Yes: CPU 4 vCPU and memory 8 GB meet what the sources state.',
    );
  });

  it('reads no figure from a number without a unit, or from a size that names nothing after no CPU figure', () => {
    expect(judge('Quillstack on 2 vCPU and 3 nodes: is that enough?')).toBe('Yes: CPU 2 vCPU meets what the sources state.');
    const unnamed = read('Is a 4 GB box enough for Quillstack?');
    expect(listOfferedResources(unnamed.tokens, unnamed.numbers)).toEqual([]);
  });

  it('answers a yes/no judged this way as a yes/no', () => {
    expect(
      answerQuestion('quillstack on a single VM (2 vCPU, 1 GB RAM, 8 GB disk). does that meet the minimum requirements?', [
        buildAskArchitecture(),
      ]).kind,
    ).toBe('yes-no');
  });
});
