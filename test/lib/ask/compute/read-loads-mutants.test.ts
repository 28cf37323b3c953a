import { describe, expect, it } from 'vitest';
import { listDriverWords, readLoads, readSpread, readWordCounts } from '../../../../src/lib/ask/compute/read-loads.ts';
import { buildFactIndex, readQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const index = buildFactIndex([buildAskArchitecture()]);
const signIns = { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second' };
const tenants = { id: 'tenants', label: 'tenants', singular: 'tenant' };
const seats = { id: 'seats', label: 'seats', singular: 'seat' };
const read = (question: string, drivers: Parameters<typeof readLoads>[1] = [signIns]) => readLoads(readQuestion(question, index), drivers);

describe('listDriverWords: where the words come from', () => {
  it("takes the singular's own words too", () => {
    expect(listDriverWords({ id: 'seats', label: 'seats', singular: 'licensed seat' })).toEqual(['seat', 'licensed']);
  });
});

describe('readWordCounts: which count words count', () => {
  it('skips a count word already read as a number', () => {
    expect(readWordCounts(['one', 'tenant'], [{ value: 1, position: 0, negative: false }], [tenants])).toEqual([]);
  });

  it("reads a count word only before its driver's word, not after it", () => {
    expect(readWordCounts(['tenant', 'one'], [], [tenants])).toEqual([]);
  });

  it('reads two copies of a named part as a count', () => {
    expect(readWordCounts(['two', 'worker'], [], [tenants], ['worker'])).toEqual([{ value: 2, position: 0, negative: false }]);
  });
});

describe('readLoads: a figure written after "per", then counts of the same driver', () => {
  const rule = 'Quillstack needs 1 core per 100 sign-ins per second';

  it('takes the first later count as the load, and leaves a further one to the rest', () => {
    const { loads, rest } = read(`${rule}; we expect 300 sign-ins per second, or 400 sign-ins per second. How many cores?`);
    expect(loads).toEqual([{ driver: 'sign-ins-per-second', value: 300 }]);
    expect(rest.map((number) => number.value)).toEqual([1, 400]);
  });

  it('keeps the load and leaves to the rest a later count equal to the figure after "per"', () => {
    const { loads, rest } = read(`${rule}; we expect 100 sign-ins per second. How many cores?`);
    expect(loads).toEqual([{ driver: 'sign-ins-per-second', value: 100 }]);
    expect(rest.map((number) => number.value)).toEqual([1, 100]);
  });
});

describe('readLoads: which driver a number goes to', () => {
  it('gives a number to the nearer of two drivers named as fully', () => {
    expect(
      read('For all the tenants of the Quillstack ledger here we now have 300 seats, how much memory?', [tenants, seats]).loads,
    ).toEqual([{ driver: 'seats', value: 300 }]);
    expect(read('With 300 seats for the tenants, how much memory?', [tenants, seats]).loads).toEqual([{ driver: 'seats', value: 300 }]);
    // Far into the question, the nearer word is still the one right before the number.
    expect(
      read('Our Quillstack ledger, set up last year for the whole firm, has seats: 300 in total across the tenants. How much memory?', [
        tenants,
        seats,
      ]).loads,
    ).toEqual([{ driver: 'seats', value: 300 }]);
  });

  it('reads a rate whose unit of time the label carries past the window only when the label follows the number at once', () => {
    const writes = { id: 'ledger-writes', label: 'sign-in, sign-out and renewal writes per second', singular: 'write per second' };
    expect(read('How much ledger CPU for 500 sign-in, sign-out and renewal writes per second?', [writes]).loads).toEqual([
      { driver: 'ledger-writes', value: 500 },
    ]);
    const perMinute = { id: 'ledger-writes', label: 'sign-in, sign-out and renewal writes per minute', singular: 'write per minute' };
    expect(read('How much ledger CPU for 500 sign-in, sign-out and renewal writes per minute?', [perMinute]).loads).toEqual([
      { driver: 'ledger-writes', value: 500 },
    ]);
    const perSecond = { id: 'writes', label: 'writes per second', singular: 'write per second' };
    expect(read('For 500 tenants, how many ledger writes per second?', [perSecond]).loads).toEqual([]);
  });
});

describe('readLoads: scores, people and "of those"', () => {
  const ledgerSeats = { id: 'ledger-seats', label: 'ledger seats', singular: 'ledger seat' };
  const users = { id: 'concurrent-users', label: 'concurrent users', singular: 'concurrent user' };
  const sessions = { id: 'concurrent-sessions', label: 'concurrent sessions', singular: 'concurrent session' };

  it('gives a number to the driver more of whose words it names, counted per word of the driver', () => {
    expect(read('With 300 seats, how much memory?', [ledgerSeats, seats]).loads).toEqual([{ driver: 'seats', value: 300 }]);
  });

  it('prefers the driver with the higher share of its words named over a nearer one with a lower share', () => {
    const tenantAccounts = { id: 'tenant-accounts', label: 'tenant accounts', singular: 'tenant account' };
    expect(read('With 300 tenant ledger seats, how much memory?', [ledgerSeats, tenantAccounts]).loads).toEqual([
      { driver: 'ledger-seats', value: 300 },
    ]);
  });

  it('gives a number no driver of which it names under three words in ten', () => {
    const renewals = { id: 'ledger-token-renewals', label: 'ledger token renewal writes', singular: 'ledger token renewal write' };
    expect(read('For 50 tokens, how much CPU?', [renewals]).loads).toEqual([]);
  });

  it('keeps a driver found beside a count of people, though another driver is named in full elsewhere', () => {
    expect(read('For 300 users, how much memory and CPU do the seats need?', [users, seats]).loads).toEqual([
      { driver: 'concurrent-users', value: 300 },
    ]);
  });

  it('gives a count of people no driver when two drivers are named in full elsewhere', () => {
    expect(read('For 40 developers, how much CPU do the ledger tenants and the ledger seats need?', [tenants, seats]).loads).toEqual([]);
  });

  it('reads "N of those" as the driver named most before it, and as none when nothing is named before it', () => {
    expect(
      read('How much memory per seat and per concurrent report session? And if 20 of those run at once?', [seats, sessions]).loads,
    ).toEqual([{ driver: 'concurrent-sessions', value: 20 }]);
    expect(read('If 20 of those run at once, how much memory?', [sessions]).loads).toEqual([]);
    // A driver written after "of those" is the one counted, whatever was named before.
    expect(read('Per seat, how much memory? And if 20 of those concurrent sessions run at once?', [seats, sessions]).loads).toEqual([
      { driver: 'concurrent-sessions', value: 20 },
    ]);
    expect(read('If 20 of those run at once, how much memory per session?', [sessions]).loads).toEqual([]);
  });
});

describe('readSpread: the smallest spread', () => {
  it('reads a load spread over two pods', () => {
    const reading = readQuestion('Quillstack at 200 sign-ins per second spread over 2 pods: CPU per pod?', index);
    expect(readSpread(reading, readLoads(reading, [signIns]).rest)).toEqual({ count: 2, noun: 'pod' });
  });
});

describe('readSpread: a noun whose plural ends in "-ies"', () => {
  it('reads a load spread over copies, as the vocabulary lists "copies" (the helper found "copys" looked up)', () => {
    const reading = readQuestion('Quillstack at 200 sign-ins per second spread over 3 copies: memory per copy?', index);
    expect(readSpread(reading, readLoads(reading, [signIns]).rest)).toEqual({ count: 3, noun: 'copy' });
  });
});
