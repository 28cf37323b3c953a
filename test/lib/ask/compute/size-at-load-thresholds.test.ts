import { describe, expect, it } from 'vitest';
import { sizeAtLoad } from '../../../../src/lib/ask/compute/size-at-load.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

describe('sizeAtLoad: parts a threshold makes needed at the load', () => {
  it('names each part raised past its threshold as a sentence of its own', () => {
    const optionalAbove = (id: string, name: string, above: number) =>
      buildComponentInput({
        id,
        name,
        role: 'cache',
        necessity: { level: 'optional', source: cite },
        thresholds: [
          {
            driver: 'sign-ins-per-second',
            above,
            level: 'recommended',
            text: `Recommended above ${above} sign-ins per second.`,
            source: cite,
          },
        ],
      });
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }] }),
        optionalAbove('session-cache', 'Session cache', 20),
        optionalAbove('token-cache', 'Token cache', 40),
      ]),
      'Quillstack',
    );
    const sized = sizeAtLoad(subject, [{ driver: 'sign-ins-per-second', value: 50 }], [], {
      resources: ['vcpu'],
      side: null,
      whole: false,
      thresholds: true,
    });
    // 50 sign-ins per second is past both thresholds (20 and 40); the API needs 50 ÷ 10 × 1 = 5 vCPU.
    expect(sized?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per ' +
        'second: 5 vCPU. At this load Session cache is recommended (optional below its threshold): Recommended above 20 sign-ins ' +
        'per second. At this load Token cache is recommended (optional below its threshold): Recommended above 40 sign-ins per second.',
    );
    expect(sized?.components).toEqual(['quill-api', 'session-cache', 'token-cache']);
  });
});
