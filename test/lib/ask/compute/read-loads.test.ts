import { describe, expect, it } from 'vitest';
import { listDriverWords, readLoads, readSpread, readWordCounts } from '../../../../src/lib/ask/compute/read-loads.ts';
import { buildFactIndex, readQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const quillstack = buildAskArchitecture();
const index = buildFactIndex([quillstack]);
const signIns = { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second' };
const tenants = { id: 'tenants', label: 'tenants', singular: 'tenant' };
const read = (question: string, drivers = [signIns]) => readLoads(readQuestion(question, index), drivers);

describe('listDriverWords', () => {
  it("keeps a driver's naming words, not 'per' or the time unit", () => {
    expect(listDriverWords(signIns)).toEqual(['sign', 'ins']);
    expect(listDriverWords({ id: 'users', label: 'users', singular: 'user' })).toEqual(['user']);
  });
});

describe('readLoads', () => {
  it('reads a figure after "for every" as the vendor\'s rule restated, which a later load of the same driver replaces', () => {
    expect(read('Since Quillstack needs a vCPU for every 10 sign-ins per second, how much CPU for 40 sign-ins per second?').loads).toEqual([
      { driver: 'sign-ins-per-second', value: 40 },
    ]);
  });

  it('names a figure\'s driver by the words after it, a word before it ("should I request for 90 …") counting only when none after does', () => {
    const password = {
      id: 'password-sign-ins',
      label: 'password-based sign-ins per second',
      singular: 'password-based sign-in per second',
    };
    const ledger = {
      id: 'ledger-requests',
      label: 'sign-in and ledger requests per second',
      singular: 'sign-in or ledger request per second',
    };
    expect(read('What CPU should I request for 90 sign-ins per second on Quillstack?', [password, ledger]).loads).toEqual([
      { driver: 'password-sign-ins', value: 90 },
    ]);
  });

  it("converts a rate given per minute, hour or day to the driver's per second, and keeps the figure as given", () => {
    expect(read('Quillstack at 1,800 sign-ins per minute: how much CPU?').loads).toEqual([
      { driver: 'sign-ins-per-second', value: 30, given: { value: 1800, per: 'minute', wanted: 'second' } },
    ]);
    expect(read('Quillstack at 7,200 sign-ins an hour: how much CPU?').loads).toEqual([
      { driver: 'sign-ins-per-second', value: 2, given: { value: 7200, per: 'hour', wanted: 'second' } },
    ]);
    expect(read('Quillstack at 600 sign-ins/min: how much CPU?').loads).toEqual([
      { driver: 'sign-ins-per-second', value: 10, given: { value: 600, per: 'minute', wanted: 'second' } },
    ]);
    // The driver's own unit needs no conversion, and a span of minutes is no rate.
    expect(read('Quillstack at 30 sign-ins per second: how much CPU?').loads).toEqual([{ driver: 'sign-ins-per-second', value: 30 }]);
    expect(read('Quillstack with 30 sign-ins over 10 minutes: how much CPU?').loads).toEqual([]);
  });

  it('reads a long label written out after a qualifier ("500 combined login, logout and refresh requests per second")', () => {
    const requests = {
      id: 'ledger-requests-per-second',
      label: 'login, logout and refresh requests per second (ledger)',
      singular: 'login, logout or refresh request per second (ledger)',
    };
    expect(read('Quillstack at 500 combined login, logout and refresh requests per second: ledger IOPS?', [requests]).loads).toEqual([
      { driver: 'ledger-requests-per-second', value: 500 },
    ]);
    expect(read('Quillstack at 500 odd login, logout and refresh requests per second: ledger IOPS?', [requests]).loads).toEqual([]);
  });

  it('sums the kinds a driver\'s label lists ("login, logout and refresh requests") when each is given, into that driver\'s load', () => {
    const requests = {
      id: 'ledger-requests-per-second',
      label: 'login, logout and refresh requests per second (ledger)',
      singular: 'login, logout or refresh request per second (ledger)',
    };
    const refreshes = { id: 'refreshes-per-second', label: 'refreshes per second', singular: 'refresh per second' };
    expect(read('Quillstack at 45 logins, 5 logouts and 360 refreshes per second: ledger IOPS?', [requests]).loads).toEqual([
      { driver: 'ledger-requests-per-second', value: 410 },
    ]);
    // A figure read as one kind's own driver stays, beside the sum.
    expect(read('Quillstack at 45 logins, 5 logouts and 360 refreshes per second: ledger IOPS?', [refreshes, requests]).loads).toEqual([
      { driver: 'refreshes-per-second', value: 360 },
      { driver: 'ledger-requests-per-second', value: 410 },
    ]);
    // One kind's figure first read as the driver's own ("360 refresh requests per second") is replaced by the sum; a
    // figure given for the driver itself stays.
    expect(read('Quillstack at 45 logins, 5 logouts and 360 refresh requests per second (ledger): IOPS?', [requests]).loads).toEqual([
      { driver: 'ledger-requests-per-second', value: 410 },
    ]);
    expect(
      read('Quillstack ledger at 500 requests per second for login, logout and refresh; 45 logins, 5 logouts, 360 refreshes', [requests])
        .loads,
    ).toEqual([{ driver: 'ledger-requests-per-second', value: 500 }]);
    // With a kind missing, the figures given are no total of the driver.
    expect(read('Quillstack at 45 logins and 360 refreshes per second: ledger IOPS?', [requests]).loads).not.toContainEqual({
      driver: 'ledger-requests-per-second',
      value: 405,
    });
  });

  it("ends a number's words where the next number's begin, so a list of rates gives each rate to the driver written after it", () => {
    const passwordSignIns = {
      id: 'password-sign-ins-per-second',
      label: 'password sign-ins per second',
      singular: 'password sign-in per second',
    };
    const grants = { id: 'grants-per-second', label: 'grants per second', singular: 'grant per second' };
    const renewals = { id: 'token-renewals-per-second', label: 'token renewals per second', singular: 'token renewal per second' };
    const { loads } = read('Quillstack at 45 sign-ins/s, 360 grants/s and 90 token renewals/s: how much CPU?', [
      passwordSignIns,
      grants,
      renewals,
    ]);
    expect(loads).toEqual([
      { driver: 'password-sign-ins-per-second', value: 45 },
      { driver: 'grants-per-second', value: 360 },
      { driver: 'token-renewals-per-second', value: 90 },
    ]);
  });

  it('gives a number to the driver whose label’s qualifier in parentheses the question writes elsewhere', () => {
    const renewals = {
      id: 'renewals-per-second',
      label: 'token renewal requests per second',
      singular: 'token renewal request per second',
    };
    const ledger = {
      id: 'ledger-requests-per-second',
      label: 'read and write requests per second (ledger)',
      singular: 'request per second (ledger)',
    };
    expect(read('Ledger CPU per 100 requests per second?', [renewals, ledger]).loads).toEqual([
      { driver: 'ledger-requests-per-second', value: 100 },
    ]);
    expect(read('Quillstack CPU per 100 requests per second?', [renewals, ledger]).loads).toEqual([
      { driver: 'renewals-per-second', value: 100 },
    ]);
  });

  it('counts the qualifier written right before the number too, as the words after it name the driver', () => {
    const renewals = {
      id: 'renewals-per-second',
      label: 'password-based renewals per second',
      singular: 'password-based renewal per second',
    };
    const ledger = {
      id: 'ledger-requests-per-second',
      label: 'renewal, logout and refresh requests per second (ledger)',
      singular: 'renewal, logout or refresh request per second (ledger)',
    };
    expect(read('Minimum CPU for the Quillstack ledger at 100 renewals per second?', [renewals, ledger]).loads).toEqual([
      { driver: 'ledger-requests-per-second', value: 100 },
    ]);
  });

  it("takes a driver's later count over a count of one, which only gives the unit a figure is per", () => {
    expect(read('1 tenant needs 2 cores. For 40 tenants, how much CPU in total?', [tenants]).loads).toEqual([
      { driver: 'tenants', value: 40 },
    ]);
    // Two counts above one: the first is the load, as before.
    expect(read('For 40 tenants, or maybe 60 tenants, how much CPU?', [tenants]).loads).toEqual([{ driver: 'tenants', value: 40 }]);
    expect(read('For 40 tenants, or 1 tenant, how much CPU?', [tenants]).loads).toEqual([{ driver: 'tenants', value: 40 }]);
  });

  it('takes a later count over a figure written after "per", which restates the rule, and keeps the per figure when alone', () => {
    expect(read('The rule is 1 core per 10 tenants; we expect 30 tenants, so how many cores?', [tenants]).loads).toEqual([
      { driver: 'tenants', value: 30 },
    ]);
    expect(read('How many cores per 10 tenants?', [tenants]).loads).toEqual([{ driver: 'tenants', value: 10 }]);
    expect(read('For 30 tenants, and one core per 10 tenants, how many cores?', [tenants]).loads).toEqual([
      { driver: 'tenants', value: 30 },
    ]);
  });

  it('gives a number to the driver whose words follow it', () => {
    const { loads, rest, negative } = read('Quillstack CPU for 50 sign-ins per second');
    expect(loads).toEqual([{ driver: 'sign-ins-per-second', value: 50 }]);
    expect(rest).toEqual([]);
    expect(negative).toBe(false);
  });

  it('reads a number written as a setting\'s value ("X=10") as no load, though a driver\'s words follow it', () => {
    expect(read('Quillstack with SIGNIN_LIMIT=50, how many sign-ins per second?').loads).toEqual([]);
    expect(read('Quillstack with SIGNIN_LIMIT = 50, how many sign-ins per second?').rest.map((number) => number.value)).toEqual([50]);
    expect(read('Quillstack at 50 sign-ins per second?').loads).toEqual([{ driver: 'sign-ins-per-second', value: 50 }]);
  });

  it("reads a number written right before a unit of time as a span, not a load, though a driver's words follow it", () => {
    const users = { id: 'tenants', label: 'tenants', singular: 'tenant' };
    expect(read('Quillstack restarted 10 minutes ago and every tenant was logged out', [users]).loads).toEqual([]);
    expect(read('Quillstack restarted 10 min ago and every tenant was logged out', [users]).rest.map((number) => number.value)).toEqual([
      10,
    ]);
    expect(read('Quillstack down for 3 days, every tenant affected', [users]).loads).toEqual([]);
    expect(read('Quillstack with 10 tenants, restarted 5 minutes ago', [users]).loads).toEqual([{ driver: 'tenants', value: 10 }]);
  });

  it('reads "N of those" as a count of the driver the question named before it, when one driver is named most', () => {
    const sessions = { id: 'concurrent-sessions', label: 'concurrent sessions', singular: 'concurrent session' };
    const seats = { id: 'seats', label: 'seats', singular: 'seat' };
    expect(read('How much memory per report session? And the total if 20 of those run at once?', [sessions, seats]).loads).toEqual([
      { driver: 'concurrent-sessions', value: 20 },
    ]);
    // Nothing named before it, or two drivers named as often, leaves the count unread.
    expect(read('If 20 of those run at once, how much memory?', [sessions, seats]).loads).toEqual([]);
    expect(read('Per session and per seat, what if 20 of them are open?', [sessions, seats]).loads).toEqual([]);
  });

  it('reads people counted far from a driver as the one driver the question names in full', () => {
    const sessions = { id: 'concurrent-sessions', label: 'concurrent sessions', singular: 'concurrent session' };
    expect(read('For 40 developers each opening a ledger report in a session at the same time, how much CPU?', [sessions]).loads).toEqual([
      { driver: 'concurrent-sessions', value: 40 },
    ]);
    expect(read('For 40 engineers with simultaneous report sessions open, how much CPU?', [sessions]).loads).toEqual([
      { driver: 'concurrent-sessions', value: 40 },
    ]);
    // Sessions alone, with nothing said of concurrency, or a count of things other than people, are no such load.
    expect(read('For 40 developers who each get a report session of their own, how much CPU?', [sessions]).loads).toEqual([]);
    expect(
      read('For 40 reports printed every night by the nightly batch job, with sessions at the same time, CPU?', [sessions]).loads,
    ).toEqual([]);
  });

  it('reads people counted at the same time as the one driver counting things in use at once, when none is named in full', () => {
    const sessions = { id: 'concurrent-sessions', label: 'concurrent sessions', singular: 'concurrent session' };
    const seats = { id: 'seats', label: 'seats', singular: 'seat' };
    // The people are far from the driver's words and the sessions are never named: "at the same time" says which.
    expect(
      read('For 40 developers each opening the big quarterly ledger report at the same time, how much CPU?', [sessions, seats]).loads,
    ).toEqual([{ driver: 'concurrent-sessions', value: 40 }]);
    // Two drivers counting things in use at once leave the people unread, as does no word of concurrency.
    const jobs = { id: 'concurrent-jobs', label: 'concurrent jobs', singular: 'concurrent job' };
    expect(
      read('For 40 developers each opening the big quarterly ledger report at the same time, how much CPU?', [sessions, jobs]).loads,
    ).toEqual([]);
    expect(read('For 40 developers each opening the big quarterly ledger report, how much CPU?', [sessions, seats]).loads).toEqual([]);
  });

  it('gives people to the one driver named in full though it counts nothing in use at once (mutation session 35)', () => {
    const reports = { id: 'report-sessions', label: 'report sessions', singular: 'report session' };
    const seats = { id: 'seats', label: 'seats', singular: 'seat' };
    // "report sessions" is named in full, far from the people; no driver's words say "concurrent".
    expect(
      read('For 40 developers each opening the big quarterly ledger dashboards in their report sessions, how much CPU?', [reports, seats])
        .loads,
    ).toEqual([{ driver: 'report-sessions', value: 40 }]);
  });

  it('reads a rate only from a number given per the same unit of time', () => {
    const { loads, rest } = read('Quillstack CPU for 50 sign-ins');
    expect(loads).toEqual([]);
    expect(rest.map((number) => number.value)).toEqual([50]);
  });

  it('reads a rate whose long label, written out after the number, puts the unit of time past the window', () => {
    const writes = { id: 'ledger-writes', label: 'sign-in, sign-out and renewal writes per second', singular: 'write per second' };
    expect(read('For 500 sign-in, sign-out and renewal writes per second, how much ledger CPU?', [writes]).loads).toEqual([
      { driver: 'ledger-writes', value: 500 },
    ]);
    // Something else between the label's words and the unit ("w/ 20k …") does not stretch the window.
    expect(read('For 500 sign-in, sign-out and renewal writes w/ 20k extra renewal writes per second?', [writes]).loads).toEqual([
      { driver: 'ledger-writes', value: 20000 },
    ]);
  });

  it("reads a long label whose list names another driver's word before the unit of time", () => {
    const writes = { id: 'ledger-writes', label: 'sign-in, sign-out and renewal writes per second', singular: 'write per second' };
    const renewals = { id: 'token-renewals', label: 'renewal token requests per second', singular: 'renewal token request per second' };
    expect(
      read('About 300 sign-in, sign-out and token renewal writes per second combined: how much ledger CPU?', [writes, renewals]).loads,
    ).toEqual([{ driver: 'ledger-writes', value: 300 }]);
  });

  it('flags a negative load', () => {
    expect(read('Quillstack CPU for -5 sign-ins per second').negative).toBe(true);
  });

  it('gives each driver one number and leaves numbers with a unit to the rest', () => {
    const { loads, rest } = read('Quillstack: 300 tenants, 20 sign-ins per second and 4 GB', [signIns, tenants]);
    expect(loads).toEqual([
      { driver: 'tenants', value: 300 },
      { driver: 'sign-ins-per-second', value: 20 },
    ]);
    expect(rest.map((number) => number.value)).toEqual([4]);
  });

  it('keeps a second number for the same driver out of the loads', () => {
    const { loads, rest } = read('Quillstack for 300 tenants or 400 tenants', [tenants]);
    expect(loads).toEqual([{ driver: 'tenants', value: 300 }]);
    expect(rest.map((number) => number.value)).toEqual([400]);
  });

  it('reads users when the architecture states no driver', () => {
    expect(read('Quillstack for 2000 users', []).loads).toEqual([{ driver: 'users', value: 2000 }]);
  });
});

describe('readWordCounts', () => {
  const counts = (question: string) => readQuestion(question, index).numbers.map((number) => number.value);

  it('reads two or more copies of a component, written as a word, in a question asking how many', () => {
    expect(counts('If Quillstack runs three dedicated workers, how many jobs run at once?')).toEqual([3]);
  });

  it('reads no count from "one" before a component, which says which rather than how many', () => {
    expect(counts('How many jobs can one Quillstack worker run at once?')).toEqual([]);
  });

  it('reads no count before a component in a question that does not ask how many or how much', () => {
    expect(counts('Will Quillstack work with three workers?')).toEqual([]);
  });

  it('reads "one" before a load driver word as a count', () => {
    expect(readWordCounts(['one', 'tenant'], [], [tenants]).map((number) => number.value)).toEqual([1]);
  });
});

describe('readSpread', () => {
  const spread = (question: string) => {
    const reading = readQuestion(question, index);
    return readSpread(reading, readLoads(reading, [signIns]).rest);
  };

  it('reads the copies a load is spread over when the question asks for one copy', () => {
    expect(spread('Quillstack at 200 sign-ins per second spread over 4 pods: CPU per pod?')).toEqual({ count: 4, noun: 'pod' });
    expect(spread('Quillstack at 200 sign-ins per second on 3 replicas, memory for each replica?')).toEqual({ count: 3, noun: 'replica' });
  });

  it('reads none when no one copy is asked, for one copy, or for a factor', () => {
    expect(spread('Quillstack at 200 sign-ins per second on 4 pods: total CPU?')).toBeNull();
    expect(spread('Quillstack at 200 sign-ins per second on 1 pod: CPU per pod?')).toBeNull();
    expect(spread('Quillstack at 200 sign-ins per second, 2 times the pods: CPU per pod?')).toBeNull();
    expect(spread('Quillstack at 200 sign-ins per second on 4 pods: CPU per node?')).toBeNull();
    expect(spread('Quillstack at 200 sign-ins per second on 2.5 pods: CPU per pod?')).toBeNull();
  });
});

describe('readLoads: a later figure of a load already given', () => {
  const again = (question: string) => read(question).again;
  // Token positions: "quillstack at 20 sign ins per second" puts the 20 third; "… today we expect 60" and "… growing to
  // reach 60" put the 60 eleventh, "… how much cpu at 60" twelfth.
  const twentyAt = 2;

  it('reads a bare figure after a word of growth as a later load of the one driver given, naming the figure it follows', () => {
    expect(again('Quillstack at 20 sign-ins per second today; we expect 60 next year. How much CPU?')).toEqual([
      { driver: 'sign-ins-per-second', value: 60, replaces: twentyAt },
    ]);
    expect(again('Quillstack at 20 sign-ins per second, growing to reach 60 soon: CPU?')).toEqual([
      { driver: 'sign-ins-per-second', value: 60, replaces: twentyAt },
    ]);
  });

  it('reads a bare figure closing the question, or one its driver names, as a later load too', () => {
    expect(again('Quillstack at 20 sign-ins per second: how much CPU at 60')).toEqual([
      { driver: 'sign-ins-per-second', value: 60, replaces: twentyAt },
    ]);
    expect(again('Quillstack at 20 sign-ins per second: how much CPU at 60 sign-ins per second?')).toEqual([
      { driver: 'sign-ins-per-second', value: 60, replaces: twentyAt },
    ]);
  });

  it('leaves a figure of something else, the same figure again, a figure far after the growth word and a negative one alone', () => {
    expect(again('Quillstack at 20 sign-ins per second on 4 hosts: how much CPU?')).toEqual([]);
    expect(again('Quillstack at 20 sign-ins per second; we expect the same 20 sign-ins per second next year: CPU?')).toEqual([]);
    expect(again('Quillstack at 20 sign-ins per second; we expect the API and the worker on 3 hosts: CPU?')).toEqual([]);
    expect(again('Quillstack at 20 sign-ins per second, expect -60 next year: CPU?')).toEqual([]);
  });

  it('needs one driver given before the figure: with none or two, a bare figure after a growth word is no load', () => {
    expect(again('We expect 60 next year. How much CPU for Quillstack?')).toEqual([]);
    expect(read('Quillstack at 20 sign-ins per second and 5 tenants; we expect 60 next year: CPU?', [signIns, tenants]).again).toEqual([]);
  });
});

describe('readLoads: one unit of time after a list of rates', () => {
  const grants = { id: 'grants-per-second', label: 'grants per second', singular: 'grant per second' };
  const renewals = { id: 'token-renewals-per-second', label: 'token renewals per second', singular: 'token renewal per second' };
  const passwordSignIns = {
    id: 'password-sign-ins-per-second',
    label: 'password sign-ins per second',
    singular: 'password sign-in per second',
  };

  it('gives the "per second" closing the list to each rate the list names in full', () => {
    expect(read('Quillstack at 600 grants and 240 token renewals per second: CPU?', [grants, renewals]).loads).toEqual([
      { driver: 'grants-per-second', value: 600 },
      { driver: 'token-renewals-per-second', value: 240 },
    ]);
  });

  it('keeps a figure that names its rate only in part a count, not that rate', () => {
    const { loads, rest } = read('Quillstack at 300 sign-ins and 40 token renewals per second: CPU?', [passwordSignIns, renewals]);
    expect(loads).toEqual([{ driver: 'token-renewals-per-second', value: 40 }]);
    expect(rest.map((number) => number.value)).toEqual([300]);
  });
});

describe('readLoads: a count of copies before a driver word', () => {
  const renewals = { id: 'renewal-requests-per-second', label: 'renewal requests per second', singular: 'renewal request per second' };

  it('reads "running 2 pods" as copies to spread over, not as a load whose word follows ("to request per pod")', () => {
    const reading = readQuestion('Quillstack at 200 sign-ins per second, running 2 pods. How much CPU to request per pod?', index);
    const { loads, rest } = readLoads(reading, [signIns, renewals]);
    expect(loads).toEqual([{ driver: 'sign-ins-per-second', value: 200 }]);
    expect(readSpread(reading, rest)).toEqual({ count: 2, noun: 'pod' });
  });

  it('still reads a count of copies as the load of a driver that counts those copies', () => {
    const pods = { id: 'pods', label: 'pods', singular: 'pod' };
    expect(read('Quillstack with 12 pods: how much CPU?', [pods]).loads).toEqual([{ driver: 'pods', value: 12 }]);
  });
});

describe('readLoads: a time horizon after a figure, and a numbered unit of time', () => {
  const again = (question: string) => read(question, [tenants]).again;

  it('reads a bare figure before a horizon ("60 by Q3", "60 within two years") as a later load of the driver given', () => {
    const tokens = (question: string) => readQuestion(question, index).tokens;
    const question = 'Quillstack for 20 tenants today and about 60 by Q3: CPU?';
    expect(again(question)).toEqual([{ driver: 'tenants', value: 60, replaces: tokens(question).indexOf('20') }]);
    expect(again('Quillstack for 20 tenants today and about 60 within two years: CPU?')).toEqual([
      { driver: 'tenants', value: 60, replaces: tokens(question).indexOf('20') },
    ]);
  });

  it('reads no load before a word that opens no horizon, or one whose unit of time is too far on', () => {
    expect(again('Quillstack for 20 tenants today and about 60 with Q3: CPU?')).toEqual([]);
    expect(again('Quillstack for 20 tenants today and about 60 by the old shared staging cluster in Q3: CPU?')).toEqual([]);
  });

  it('reads the number of a unit of time ("year 2") as no load, though the driver is named after it', () => {
    expect(again('Quillstack for 20 tenants today, growing by year 2 to what CPU per tenant?')).toEqual([]);
    expect(read('Quillstack at year 3 for each tenant: CPU?', [tenants]).loads).toEqual([]);
  });

  it('reads a figure after a unit of time said with a determiner ("next year: 40 tenants") as a load', () => {
    expect(read('Quillstack for next year: 40 tenants. CPU?', [tenants]).loads).toEqual([{ driver: 'tenants', value: 40 }]);
    expect(read('Quillstack sizing per month 40 tenants: CPU?', [tenants]).loads).toEqual([{ driver: 'tenants', value: 40 }]);
  });

  it('still reads a figure after a rate of time as a load ("… per second, 40 tenants")', () => {
    expect(read('Quillstack at 20 sign-ins per second, 40 tenants: CPU?', [signIns, tenants]).loads).toEqual([
      { driver: 'sign-ins-per-second', value: 20 },
      { driver: 'tenants', value: 40 },
    ]);
  });
});
