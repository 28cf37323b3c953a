import { describe, expect, it } from 'vitest';
import {
  asksOtherVersion,
  compareVersions,
  listVersionWords,
  namesOtherVersion,
  readVersionMentions,
  readVersionNumbers,
  statesVersionOf,
} from '../../../src/lib/ask/read-versions.ts';

describe('readVersionNumbers', () => {
  it('reads plain, dotted, wildcard, "v" and "+" versions', () => {
    expect(readVersionNumbers('16.x')).toEqual([16]);
    expect(readVersionNumbers('v6.2.1')).toEqual([6, 2, 1]);
    expect(readVersionNumbers('13+')).toEqual([13]);
    expect(readVersionNumbers('V2')).toEqual([2]);
  });

  it('leaves words that are not versions', () => {
    expect(readVersionNumbers('6GB')).toBeNull();
    expect(readVersionNumbers('release')).toBeNull();
    expect(readVersionNumbers('1.21.x.y')).toBeNull();
  });
});

describe('compareVersions', () => {
  it('orders by the first number that differs, over the numbers both give', () => {
    expect(compareVersions([12, 9], '13')).toBe(-1);
    expect(compareVersions([13, 4], '13')).toBe(0);
    expect(compareVersions([4, 12], '4.10')).toBe(1);
    expect(compareVersions([4, 9], '4.10')).toBe(-1);
  });
});

describe('listVersionWords', () => {
  it('finds each version in a sentence, a closing full stop left out', () => {
    expect(listVersionWords('Use 16.x (or v15), never 12.')).toEqual([
      { word: '16.x', numbers: [16] },
      { word: 'v15', numbers: [15] },
      { word: '12', numbers: [12] },
    ]);
    expect(listVersionWords('No figure is given.')).toEqual([]);
  });
});

describe('readVersionMentions', () => {
  it('pairs each name with the number written after it', () => {
    expect(readVersionMentions('Quillstack Compose V1 is not supported; Compose v2 is.')).toEqual([
      { token: 'compose', number: 1 },
      { token: 'compose', number: 2 },
    ]);
    expect(readVersionMentions('HTTP/1.1 only')).toEqual([{ token: 'http', number: 1.1 }]);
  });
});

describe('statesVersionOf', () => {
  it('is true only when a version follows the name within three words', () => {
    expect(statesVersionOf('Requires PostgreSQL 16.x or later.', 'postgres')).toBe(true);
    expect(statesVersionOf('PostgreSQL, any recent release, version 16', 'postgres')).toBe(false);
    expect(statesVersionOf('Requires PostgreSQL with 16 GB of memory', 'redis')).toBe(false);
  });

  it('reads a bare whole number as a version only right after the name or "version", not as a figure of something after it', () => {
    expect(statesVersionOf('traefik: CPU 100 m request, 1000 m limit', 'traefik')).toBe(false);
    expect(statesVersionOf('Requires PostgreSQL with 16 GB of memory', 'postgres')).toBe(false);
    expect(statesVersionOf('Requires Redis 7 or later', 'redis')).toBe(true);
    expect(statesVersionOf('Requires Redis version 7', 'redis')).toBe(true);
    expect(statesVersionOf('Runs Redis, at least 6.2', 'redis')).toBe(true);
    expect(statesVersionOf('Traefik handles 300 routes', 'traefik')).toBe(false);
    expect(statesVersionOf('Runs Redis v7', 'redis')).toBe(true);
  });

  it('reads a version described in brackets by what it is as a version of that', () => {
    expect(statesVersionOf('Quill node: OpenQuill 21 (Quillscript runtime of the test setup), as tested.', 'quillscript')).toBe(true);
    expect(statesVersionOf('Quill node: OpenQuill 21.x (Quillscript runtime)', 'quillscript')).toBe(true);
    expect(statesVersionOf('Quill node: 3 nodes (Quillscript runtime of the test setup)', 'quillscript')).toBe(false);
    expect(statesVersionOf('Quill node: OpenQuill 21 (runtime of the Quillscript test setup)', 'quillscript')).toBe(false);
  });

  it('reads the bracket right after the number, with or without a space, and a bracket word the subject opens', () => {
    expect(statesVersionOf('Quill node: OpenQuill 21(Quillscript runtime)', 'quillscript')).toBe(true);
    // As "PostgreSQL 16" states a version of "postgres", so does a bracket naming PostgreSQL.
    expect(statesVersionOf('Ledger server 16 (PostgreSQL database)', 'postgres')).toBe(true);
  });
});

describe('asksOtherVersion', () => {
  it('is true when the question gives a number the required value gives differently', () => {
    expect(asksOtherVersion(['http', '1.1'], 'HTTP/2 (required)')).toBe(true);
    expect(asksOtherVersion(['http', '2'], 'HTTP/2 (required)')).toBe(false);
    expect(asksOtherVersion(['grpc', '1'], 'HTTP/2 (required)')).toBe(false);
  });
});

describe('read-versions: edges of what counts as a version', () => {
  it('reads no version from a word that only ends in digits', () => {
    expect(readVersionNumbers('rc2')).toBeNull();
    expect(listVersionWords('Quillstack ships build rc2 and 7.')).toEqual([{ word: '7', numbers: [7] }]);
  });

  it('treats a bound that is not a version as no bound: nothing to differ on', () => {
    expect(compareVersions([3], 'latest')).toBe(0);
    expect(compareVersions([3, 1], '')).toBe(0);
  });

  it('reads a number written up to two marks after the name, and several digits of it', () => {
    expect(readVersionMentions('Quillfeed: 2 is required')).toEqual([{ token: 'quillfeed', number: 2 }]);
    expect(readVersionMentions('Quillfeed 12 only')).toEqual([{ token: 'quillfeed', number: 12 }]);
    expect(readVersionMentions('Quillfeed v2.10 only')).toEqual([{ token: 'quillfeed', number: 2.1 }]);
  });

  it('takes a word ending in digits, or one with a unit glued on, for no version of the name', () => {
    expect(statesVersionOf('Requires PostgreSQL pg16 builds', 'postgres')).toBe(false);
    expect(statesVersionOf('Requires PostgreSQL 16gb disks', 'postgres')).toBe(false);
    expect(statesVersionOf('Requires PostgreSQL v16', 'postgres')).toBe(true);
    expect(statesVersionOf('Requires PostgreSQL 16x', 'postgres')).toBe(true);
  });
});

describe('asksOtherVersion: what counts as a name followed by a number', () => {
  it('needs a number right after the name word', () => {
    expect(asksOtherVersion(['http', 'fast'], 'HTTP/2 (required)')).toBe(false);
    expect(asksOtherVersion(['http', 'v1'], 'HTTP/2 (required)')).toBe(false);
    expect(asksOtherVersion(['http', '1x'], 'HTTP/2 (required)')).toBe(false);
    expect(asksOtherVersion(['http'], 'HTTP/2 (required)')).toBe(false);
  });

  it('reads numbers of several digits, whole or dotted', () => {
    expect(asksOtherVersion(['http', '11'], 'HTTP/2 (required)')).toBe(true);
    expect(asksOtherVersion(['http', '1.10'], 'HTTP/2 (required)')).toBe(true);
    expect(asksOtherVersion(['http', '2.0'], 'HTTP/2 (required)')).toBe(false);
  });

  it('needs a name of letters only before the number', () => {
    expect(asksOtherVersion(['h2', '1'], 'h2/3 (required)')).toBe(false);
    expect(asksOtherVersion(['2fa', '1'], '2fa/3 (required)')).toBe(false);
  });
});

describe('namesOtherVersion', () => {
  it('is true when the question gives a version of a thing the text states only in another version', () => {
    expect(namesOtherVersion('Our proxy speaks HTTP/1.1, can it sit in front?', 'The proxy must support HTTP/2.')).toBe(true);
  });

  it('is false when the text also states the version asked, or states no version of that thing', () => {
    expect(namesOtherVersion('Does it take HTTP/1.1?', 'It takes HTTP/2 and HTTP/1.1.')).toBe(false);
    expect(namesOtherVersion('Does it take HTTP/2?', 'It takes HTTP/2.')).toBe(false);
    expect(namesOtherVersion('Does it run on Frob 3?', 'It takes HTTP/2.')).toBe(false);
    expect(namesOtherVersion('Does it take HTTP?', 'It takes HTTP/2.')).toBe(false);
  });

  it('looks at every version the question gives and every version the text states', () => {
    // The second version asked (HTTP/1.1) is the one the text states otherwise.
    expect(namesOtherVersion('We run Frob 3 and speak HTTP/1.1.', 'The proxy must support HTTP/2.')).toBe(true);
    // The text states Frob 4 first; its HTTP version is the one that differs.
    expect(namesOtherVersion('We speak HTTP/1.1.', 'Needs Frob 4 and HTTP/2.')).toBe(true);
    // Frob 1.1 shares the number asked, not the thing: HTTP is still stated only as HTTP/2.
    expect(namesOtherVersion('We speak HTTP/1.1.', 'Needs Frob 1.1 and HTTP/2.')).toBe(true);
  });
});
