import { describe, expect, it } from 'vitest';
import { findCapacity } from '../../../../src/lib/ask/compute/find-capacity.ts';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { Architecture } from '../../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture rules: the API needs 1 vCPU per 10 sign-ins per second and a CPU limit of twice that; without the shared
// host, the ledger database's 2 × 4 vCPU stays the same at any load.
const architecture = buildAskArchitecture({ hosts: [] });
const capacity = (question: string, words = '') => {
  const subject = buildComputeSubject(architecture, question);
  const targets = words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [];
  return findCapacity(subject, targets, subject.context.reading.numbers, null);
};

describe('findCapacity', () => {
  it('finds the largest load a CPU budget holds for the named component, by requests and by limits', () => {
    // Requests: 8 vCPU ÷ 0.1 vCPU per sign-in per second = 80; limits: 8 ÷ 0.2 = 40.
    expect(capacity('How many sign-ins per second can the API take with 8 vCPU?', 'api')).toEqual({
      text: "Quillstack (Standard): 8 vCPU for Quill API holds up to 80 sign-ins per second by CPU requests and up to 40 sign-ins per second by CPU limits, by the vendor's sizing rules (the high end of any stated range).",
      components: ['quill-api'],
    });
  });

  it('counts the whole deployment when nothing is named, fixed figures included', () => {
    // Requests: 8 vCPU of the database leave 12 − 8 = 4 vCPU for the API, 40 sign-ins per second.
    expect(capacity('How many sign-ins per second fit in 12 vCPU?')?.text).toContain('holds up to 40 sign-ins per second by CPU requests');
  });

  it('says none fit when the load-free figures alone exceed the budget', () => {
    expect(capacity('How many sign-ins per second fit in 6 vCPU?')?.text).toContain(
      'none by CPU requests (even with no load it needs more)',
    );
  });

  it('holds a load of 0 when the budget just meets the load-free figures', () => {
    // The ledger database's 2 × 4 vCPU take all of 8 vCPU; the API's 0.1 vCPU for one sign-in per second does not fit.
    expect(capacity('How many sign-ins per second fit in 8 vCPU?')?.text).toContain('holds up to 0 sign-ins per second by CPU requests');
  });

  it('says "more than" past the largest load it searches', () => {
    expect(capacity('How many sign-ins per second can the API take with 10000000 vCPU?', 'api')?.text).toContain(
      'more than 10,000,000 sign-ins per second by CPU requests',
    );
  });

  it('finds nothing without a budget with a unit, or for a resource nothing grows in', () => {
    expect(capacity('How many sign-ins per second fit in 8?')).toBeNull();
    expect(capacity('How many sign-ins per second fit in 64 GiB?')).toBeNull();
  });

  const cite = 'authgear-self-managed#resources-reference';
  /** The capacity of an architecture of one's own for a question, the driver given or else the only one. */
  const capacityOf = (built: Architecture, question: string, words = '', driverId: string | null = null) => {
    const subject = buildComputeSubject(built, question);
    const targets = words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [];
    return findCapacity(subject, targets, subject.context.reading.numbers, driverId);
  };
  const growing = (id: string, name: string, sizing: { driver?: string; per: number; vcpu?: number; memory?: string }[]) =>
    buildComponentInput({
      id,
      name,
      role: 'application-service',
      sizing: sizing.map((rule) => ({ driver: 'sign-ins-per-second', ...rule, source: cite })),
    });

  it('finds the largest load a memory budget holds, by requests and by the limits a head-room rule derives', () => {
    const api = buildComponentInput({
      ...growing('quill-api', 'Quill API', [{ per: 10, memory: '1GB' }]),
      limits: [
        {
          resource: 'memory',
          minus: '256 MB',
          dividedBy: 0.5,
          text: 'Memory limit: the request minus 256 MB, divided by 0.5.',
          source: cite,
        },
      ],
    });
    // Requests: 16 GiB ÷ 0.1 GiB per sign-in per second = 160; limits: (0.1 × L − 0.25) ÷ 0.5 ≤ 16 gives L ≤ 82.5, so 82.
    expect(capacityOf(buildAskArchitectureWith([api]), 'How many sign-ins per second fit in 16 GiB of memory?', 'api')).toEqual({
      text: "Quillstack (Standard): 16 GiB of memory for Quill API holds up to 160 sign-ins per second by memory requests and up to 82 sign-ins per second by memory limits, by the vendor's sizing rules (the high end of any stated range).",
      components: ['quill-api'],
    });
  });

  it('takes the first positive number with a unit as the budget', () => {
    expect(capacity('How many sign-ins per second, 3 at a time, can the API take with 8 vCPU?', 'api')?.text).toContain(
      'up to 80 sign-ins',
    );
    expect(capacity('How many sign-ins per second can the API take with -4 vCPU or 8 vCPU?', 'api')?.text).toContain('up to 80 sign-ins');
  });

  it('sizes by the driver asked for, and by none when several could be meant', () => {
    const twoDrivers = buildAskArchitectureWith(
      [
        growing('quill-api', 'Quill API', [
          { per: 10, vcpu: 1 },
          { driver: 'users', per: 100, vcpu: 1 },
        ]),
      ],
      {
        loadDrivers: [
          { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second', source: cite },
          { id: 'users', label: 'users', singular: 'user', source: cite },
        ],
      },
    );
    // 8 vCPU ÷ 0.01 vCPU per user = 800 users; no limit is stated or derived, so requests alone.
    expect(capacityOf(twoDrivers, 'How many users fit in 8 vCPU?', 'api', 'users')?.text).toBe(
      "Quillstack (Standard): 8 vCPU for Quill API holds up to 800 users by CPU requests, by the vendor's sizing rules (the high end of any stated range).",
    );
    expect(capacityOf(twoDrivers, 'How many users fit in 8 vCPU?', 'api')).toBeNull();
  });

  it('adds up the components named', () => {
    const two = buildAskArchitectureWith([
      growing('quill-api', 'Quill API', [{ per: 10, vcpu: 1 }]),
      growing('quill-worker', 'Quill worker', [{ per: 20, vcpu: 1 }]),
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        requirements: [{ scope: 'minimum', nodes: 1, vcpu: 4, source: cite }],
      }),
    ]);
    // 0.1 + 0.05 = 0.15 vCPU per sign-in per second: 12 vCPU hold 80; the ledger database's 4 vCPU are not counted.
    expect(capacityOf(two, 'How many sign-ins per second fit in 12 vCPU?', 'api worker')).toEqual({
      text: "Quillstack (Standard): 12 vCPU for Quill API and Quill worker holds up to 80 sign-ins per second by CPU requests, by the vendor's sizing rules (the high end of any stated range).",
      components: ['quill-api', 'quill-worker'],
    });
  });

  it('counts the components the whole deployment counts', () => {
    expect(capacity('How many sign-ins per second fit in 12 vCPU?')?.components).toEqual(['quill-api', 'ledger-db']);
    expect(capacity('How many sign-ins per second fit in 12 vCPU?')?.text).toContain('12 vCPU for the whole deployment holds');
  });

  it('finds a load just under the largest it searches exactly, and says "more than" from the largest on', () => {
    const oneEach = buildAskArchitectureWith([growing('quill-api', 'Quill API', [{ per: 1, vcpu: 1 }])]);
    // A budget met exactly at a load the search doubles through (1 vCPU per sign-in per second, 8 vCPU) holds that load.
    expect(capacityOf(oneEach, 'How many sign-ins per second fit in 8 vCPU?', 'api')?.text).toContain(
      'holds up to 8 sign-ins per second by CPU requests',
    );
    expect(capacityOf(oneEach, 'How many sign-ins per second fit in 9999999 vCPU?', 'api')?.text).toContain(
      'holds up to 9,999,999 sign-ins per second by CPU requests',
    );
    expect(capacityOf(oneEach, 'How many sign-ins per second fit in 10000000 vCPU?', 'api')?.text).toContain(
      'holds more than 10,000,000 sign-ins per second by CPU requests',
    );
  });
});
