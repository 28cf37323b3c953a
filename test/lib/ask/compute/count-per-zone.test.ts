import { describe, expect, it } from 'vitest';
import { countPerZone } from '../../../../src/lib/ask/compute/count-per-zone.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const cite = 'authgear-self-managed#introduction';
/** Quillstack laid out in two subnets and an enclave repeated in every zone, with a stated minimum of two zones (or none). */
const buildZoned = (minimumZones?: number, publicLabel = 'Public subnet (one per zone)') =>
  buildAskArchitecture({
    groups: [
      { id: 'public', label: publicLabel, perZone: true },
      { id: 'private', label: 'Private subnet', perZone: true },
      { id: 'shared', label: 'Shared services' },
      { id: 'enclave', label: 'Data enclave', perZone: true },
    ],
    variants: [
      {
        id: 'standard',
        name: 'Standard',
        summary: 'One API in every zone.',
        ...(minimumZones === undefined ? {} : { availabilityZones: { min: minimumZones, source: cite } }),
        source: cite,
      },
    ],
    hosts: [],
    components: [
      buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'public' }),
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'private' }),
      buildComponentInput({ id: 'mail-relay', name: 'Mail relay', group: 'shared' }),
    ],
  });
const count = (question: string, minimumZones?: number, publicLabel?: string) => {
  const subject = buildComputeSubject(buildZoned(minimumZones, publicLabel), question);
  const { tokens, numbers, text } = subject.context.reading;
  return countPerZone(subject, tokens, numbers, 'zone', text);
};

describe('countPerZone', () => {
  it('multiplies every per-zone group the question names by the zones it gives, in its own word for them', () => {
    expect(count('Quillstack: how many subnets across 4 zones?', 2)).toEqual({
      text: 'Quillstack across 4 availability zones, one of each per zone: 4 × Public subnet + 4 × Private subnet = 8 subnets.',
      groups: ['public', 'private'],
    });
  });

  it('counts the whole first, then the part, when the question asks "how many of them"', () => {
    expect(count('Quillstack: how many subnets over 3 zones overall, and how many of them are public?', 2)).toEqual({
      text: 'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet + 3 × Private subnet = 6 subnets; of them, 3 × Public subnet.',
      groups: ['public', 'private'],
    });
    // Without "of them", naming the public subnets asks for those alone.
    expect(count('Quillstack: how many public subnets over 3 zones?', 2)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet.',
    );
  });

  it("falls back on the variant's stated minimum of zones and says so", () => {
    expect(count('Quillstack: how many subnets?', 2)?.text).toBe(
      'Quillstack across its 2 availability zones (the vendor recommends at least 2), one of each per zone: 2 × Public subnet + 2 × Private subnet = 4 subnets.',
    );
  });

  it('counts only the group whose words the question uses most', () => {
    expect(count('Quillstack: how many public subnets across 3 AZs?', 2)).toEqual({
      text: 'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet.',
      groups: ['public'],
    });
  });

  it('counts nothing without a zone count or for a group that is not repeated per zone', () => {
    expect(count('Quillstack: how many subnets?')).toBeNull();
    expect(count('Quillstack: how many shared services across 3 zones?', 2)).toBeNull();
    expect(count('Quillstack: how many subnets across 0 zones?')).toBeNull();
  });

  it('reads as the zone count only a whole, positive number right before the zone word', () => {
    const stated = 'Quillstack across its 2 availability zones (the vendor recommends at least 2), one of each per zone:';
    expect(count('Quillstack: how many subnets across -3 zones?', 2)?.text).toContain(stated);
    expect(count('Quillstack: of the 3 subnet kinds, how many subnets across zones?', 2)?.text).toContain(stated);
  });

  it('counts across a single zone', () => {
    expect(count('Quillstack: how many subnets across 1 zone?')?.text).toContain('1 × Public subnet + 1 × Private subnet = 2 subnets.');
  });

  it("drops a parenthesis inside a group's label from its name", () => {
    expect(count('Quillstack: how many public subnets across 3 zones?', 2, 'Public (edge) subnet')?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet.',
    );
  });

  it('gives no part when "of them" asks about the same groups the question names', () => {
    expect(count('Quillstack: of them, how many subnets across 3 zones?', 2)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet + 3 × Private subnet = 6 subnets.',
    );
  });

  it('writes the labels’ noun when the question uses a verb made from it ("subnetted"), and keeps a plain singular', () => {
    expect(count('Quillstack across 3 zones: how should each zone be subnetted?', 2)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet + 3 × Private subnet = 6 subnets.',
    );
    expect(count('Quillstack: how many of each subnet across 3 zones?', 2)?.text).toMatch(/ = 6 subnet\.$/);
  });

  it('adds no noun when no word of the question names every group counted', () => {
    expect(count('Quillstack: how many public and private ones across 3 zones?', 2)?.text).toBe(
      'Quillstack across 3 availability zones, one of each per zone: 3 × Public subnet + 3 × Private subnet = 6.',
    );
  });
});
