import { stopwords, tokenizeText } from './normalize-question.ts';

/** Words that may stand between a name and its version ("Redis version 7", "PostgreSQL 14 or later", "at least 6.2"). */
const versionBoundTokens = new Set(['version', 'minimum', 'maximum', 'later', 'newer', 'v'].flatMap((word) => tokenizeText(word)));

/** Units after a number that make it a size or a count, not a version ("16 GB", "100 m"). */
const unitAfterVersion = new Set(
  ['gb', 'mb', 'gib', 'mib', 'tb', 'tib', 'm', 'vcpu', 'cpu', 'core', 'node', 'replica', 'pod', 'percent'].flatMap((word) =>
    tokenizeText(word),
  ),
);

/** The numbers of a version word ("16.x" as [16], "v6.2.1" as [6, 2, 1], "13+" as [13]), or null when it is not one. */
export function readVersionNumbers(word: string): number[] | null {
  const match = /^v?(\d+(?:\.\d+)*)(?:\.x)?\+?$/i.exec(word);
  return match?.[1] ? match[1].split('.').map(Number) : null;
}

/** -1, 0 or 1: a version against a bound, over the numbers both give ("13.4" equals a bound of "13"). */
export function compareVersions(asked: readonly number[], bound: string): number {
  const limit = readVersionNumbers(bound) ?? [];
  for (let at = 0; at < Math.min(asked.length, limit.length); at++) {
    const a = asked[at] ?? 0;
    const b = limit[at] ?? 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** Each word of a text that is a version, with its numbers; a full stop ending a sentence is not part of it. */
export function listVersionWords(text: string): { word: string; numbers: number[] }[] {
  return text.split(/[\s,;:()]+/).flatMap((raw) => {
    const word = raw.replace(/\.$/, '');
    const numbers = readVersionNumbers(word);
    return numbers ? [{ word, numbers }] : [];
  });
}

/** Each name written with a version number in a text ("Compose V1", "HTTP/1.1"), as the name's token and the number. */
export function readVersionMentions(text: string): { token: string; number: number }[] {
  return [...text.matchAll(/(\p{L}[\p{L}\d-]*)\W{0,2}v?(\d+(?:\.\d+)?)\b/giu)].flatMap((match) => {
    const token = tokenizeText(match[1] ?? '').at(-1);
    return token ? [{ token, number: Number(match[2]) }] : [];
  });
}

/** Whether a text gives a version of something: its name with a version number within two words ("PostgreSQL 16.x"). */
export function statesVersionOf(text: string, subject: string): boolean {
  const tokens = tokenizeText(text);
  // A number is a figure of something else, not a version, when a word other than a bound comes between it and the name
  // ("proxy: CPU 100 m") or a unit follows it ("PostgreSQL with 16 GB").
  const writesVersion = (at: number, offset: number) => {
    const next = tokens[at + offset] ?? '';
    // Tokens hold no dots or plus signs ("7.x" is "7" then "x"), so a version token is "7", "v3" or "16x".
    if (!/^v?\d+x?$/.test(next) || unitAfterVersion.has(tokens[at + offset + 1] ?? '')) return false;
    return tokens.slice(at + 1, at + offset).every((between) => stopwords.has(between) || versionBoundTokens.has(between));
  };
  return (
    tokens.some((token, at) => token.startsWith(subject) && [1, 2, 3].some((offset) => writesVersion(at, offset))) ||
    // A version described in brackets by what it is ("OpenJDK 21 (Java runtime …)") is a version of that too.
    [...text.matchAll(/\d(?:\.x|\+)?\s*\(\s*(\p{L}+)/gu)].some((match) => tokenizeText(match[1] ?? '')[0]?.startsWith(subject))
  );
}

/**
 * Whether the question names a word with a number ("HTTP/1.1") that a required value gives with another number ("HTTP/2").
 */
export function asksOtherVersion(questionTokens: readonly string[], value: string): boolean {
  return questionTokens.some((token, i) => {
    const number = questionTokens[i + 1];
    if (!number || !/^\d+(?:\.\d+)?$/.test(number) || !/^\p{L}+$/u.test(token)) return false;
    const required = new RegExp(`\\b${token}\\W{0,2}(\\d+(?:\\.\\d+)?)`, 'i').exec(value)?.[1];
    return required !== undefined && Number(required) !== Number(number);
  });
}

/** Whether a question gives a version of a thing ("HTTP/1.1") that a text states only in other versions ("HTTP/2"). */
export function namesOtherVersion(questionText: string, text: string): boolean {
  const stated = readVersionMentions(text);
  return readVersionMentions(questionText).some(
    ({ token, number }) => stated.some((s) => s.token === token) && !stated.some((s) => s.token === token && s.number === number),
  );
}
