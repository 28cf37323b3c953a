import { describe, expect, it } from 'vitest';
import { countPerZone } from '../../../../src/lib/ask/compute/count-per-zone.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/** Quillstack with two subnets and a data enclave repeated in every zone, each holding a component, over two zones. */
const zoned = buildAskArchitecture({
  groups: [
    { id: 'public', label: 'Public subnet', perZone: true },
    { id: 'private', label: 'Private subnet', perZone: true },
    { id: 'enclave', label: 'Data enclave', perZone: true },
  ],
  variants: [
    { id: 'standard', name: 'Standard', summary: 'One API in every zone.', availabilityZones: { min: 2, source: cite }, source: cite },
  ],
  hosts: [],
  components: [
    buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'public' }),
    buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'private' }),
    buildComponentInput({ id: 'mail-relay', name: 'Mail relay', group: 'enclave' }),
  ],
});

describe('countPerZone: the noun of the total', () => {
  it('keeps the question\'s plural in "-es" as it is written', () => {
    const boxed = buildAskArchitecture({
      groups: [
        { id: 'cache-box', label: 'Cache box', perZone: true },
        { id: 'relay-box', label: 'Relay box', perZone: true },
      ],
      variants: [{ id: 'standard', name: 'Standard', summary: 'One API in every zone.', source: cite }],
      hosts: [],
      components: [
        buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'cache-box' }),
        buildComponentInput({ id: 'mail-relay', name: 'Mail relay', group: 'relay-box' }),
      ],
    });
    const subject = buildComputeSubject(boxed, 'Quillstack: how many boxes across 3 zones?');
    const { tokens, numbers, text } = subject.context.reading;
    expect(countPerZone(subject, tokens, numbers, 'zone', text)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Cache box + 3 × Relay box = 6 boxes.',
    );
  });
});

describe('countPerZone: the name of a group', () => {
  it('drops a parenthesis written right after the label, with no space before it', () => {
    const tight = buildAskArchitecture({
      groups: [{ id: 'public', label: 'Public subnet(one per zone)', perZone: true }],
      variants: [{ id: 'standard', name: 'Standard', summary: 'One API in every zone.', source: cite }],
      hosts: [],
      components: [buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'public' })],
    });
    const subject = buildComputeSubject(tight, 'Quillstack: how many public subnets across 3 zones?');
    const { tokens, numbers, text } = subject.context.reading;
    expect(countPerZone(subject, tokens, numbers, 'zone', text)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet.',
    );
  });
});

describe('countPerZone: the whole before the part', () => {
  it('counts as the whole only the per-zone groups sharing a word with the question, not every one', () => {
    const subject = buildComputeSubject(zoned, 'Quillstack: how many subnets over 3 zones overall, and how many of them are public?');
    const { tokens, numbers, text } = subject.context.reading;
    // Public and private subnets share "subnets"; the data enclave shares no word, so 3 × 2 = 6 subnets, 3 of them public.
    expect(countPerZone(subject, tokens, numbers, 'zone', text)).toEqual({
      text: 'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet + 3 × Private subnet = 6 subnets; of them, 3 × Public subnet.',
      groups: ['public', 'private'],
    });
  });
});
