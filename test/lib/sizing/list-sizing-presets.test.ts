import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { listSizingInputs, listSizingPresets } from '../../../src/lib/sizing/index.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

describe('listSizingInputs', () => {
  it('asks for users, whole, at 10,000 when the architecture states no load driver', () => {
    expect(listSizingInputs(resolveVariant(buildArchitecture(), 'default'))).toEqual([
      { id: 'users', label: 'users', whole: true, example: 10_000 },
    ]);
  });

  it("takes the second of a driver's own examples, else 100 for a rate and 10,000 for users", () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { id: 'users', label: 'users', singular: 'user', examples: [5, 50, 500], source },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source },
        { id: 'workspaces', label: 'workspaces', singular: 'workspace', examples: [7], source },
      ],
    });
    expect(listSizingInputs(resolveVariant(architecture, 'default'))).toEqual([
      { id: 'users', label: 'users', whole: true, example: 50 },
      { id: 'requests-per-second', label: 'requests per second', whole: false, example: 100 },
      { id: 'workspaces', label: 'workspaces', whole: false, example: 100 },
    ]);
  });

  it('asks for users with the user ladder when users is a declared driver without examples', () => {
    const architecture = buildArchitecture({ loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }] });
    expect(listSizingInputs(resolveVariant(architecture, 'default'))[0]?.example).toBe(10_000);
  });
});

describe('listSizingPresets', () => {
  it('precomputes 1,000, 10,000 and 100,000 users when the architecture states no load driver', () => {
    expect(listSizingPresets(resolveVariant(buildArchitecture(), 'default'))).toEqual([
      { id: 'preset-1', label: '1,000 users', loads: { users: 1000 } },
      { id: 'preset-2', label: '10,000 users', loads: { users: 10_000 } },
      { id: 'preset-3', label: '100,000 users', loads: { users: 100_000 } },
    ]);
  });

  it('moves every driver together, holding a short example list at its last load', () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { id: 'users', label: 'users', singular: 'user', examples: [1, 50], source },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source },
      ],
    });
    expect(listSizingPresets(resolveVariant(architecture, 'default'))).toEqual([
      { id: 'preset-1', label: '1 user, 10 requests per second', loads: { users: 1, 'requests-per-second': 10 } },
      { id: 'preset-2', label: '50 users, 100 requests per second', loads: { users: 50, 'requests-per-second': 100 } },
      { id: 'preset-3', label: '50 users, 1,000 requests per second', loads: { users: 50, 'requests-per-second': 1000 } },
    ]);
  });

  it("uses as many steps as the longest example list: five of the vendor's own", () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', examples: [1, 2, 3, 4, 5], source }],
    });
    expect(listSizingPresets(resolveVariant(architecture, 'default')).map((preset) => preset.loads.users)).toEqual([1, 2, 3, 4, 5]);
  });
});
