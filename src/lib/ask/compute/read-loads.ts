import type { LoadDriver } from '../../../schemas/load-driver.ts';
import { askVocabulary } from '../../model/index.ts';
import { distributiveWords } from '../find-absences.ts';
import { countWordValues, stopwords, tokenizeText } from '../normalize-question.ts';
import type { LoadMention, NumberMention, Reading } from '../types.ts';

/** Seconds in each unit of time a rate may be given per: a rate per another unit than the driver's is converted. */
const secondsPer = new Map<string, number>(
  [
    ['second', 1],
    ['minute', 60],
    ['hour', 3600],
    ['day', 86400],
  ].map(([word, seconds]) => [tokenizeText(String(word))[0] ?? '', Number(seconds)]),
);

/** Words that make a driver a rate: its number must be given per the same unit of time, or per another one converted. */
const rateUnits = new Set(secondsPer.keys());

/** The unit of time a rate is given per ("per minute"), other than the one wanted, in the words after a number; else null. */
function findOtherRate(words: readonly string[], wanted: string): string | null {
  const at = words.findIndex((word, position) => position > 0 && words[position - 1] === 'per' && rateUnits.has(word) && word !== wanted);
  return at < 0 ? null : (words[at] ?? null);
}

/** Words before a figure that restate the vendor's rule ("1 vCPU per 15 logins", "a vCPU for every 15 logins"). */
const ruleWords = new Set(['per', 'every']);

/** How far after a number its driver words may sit (before it, two words). */
const WINDOW = 7;

/** The label words of a driver that identify it (not stopwords, not "per"/"second" alone). */
export function listDriverWords(driver: Pick<LoadDriver, 'id' | 'label' | 'singular'>): string[] {
  return [...new Set([driver.label, driver.singular ?? '', driver.id.replace(/-/g, ' ')].flatMap((text) => tokenizeText(text)))].filter(
    (token) => !stopwords.has(token) && token !== 'per' && token !== 'second',
  );
}

const timeUnitWords = new Set(askVocabulary.timeUnits.flatMap((word) => tokenizeText(word)));
const peopleWords = new Set(askVocabulary.peopleNouns.flatMap((word) => tokenizeText(word)));
const loadQualifiers = new Set(askVocabulary.loadQualifiers.flatMap((word) => tokenizeText(word)));
const concurrencyWords = new Set(askVocabulary.concurrencyWords.flatMap((word) => tokenizeText(word)));
const pointingWords = new Set(askVocabulary.referringWords.flatMap((word) => tokenizeText(word)));
const growthWords = new Set(askVocabulary.growthCues.flatMap((word) => tokenizeText(word)));
const durationConcept = askVocabulary.durationWord;
const relativeTimeWords = new Set(
  [...askVocabulary.relativeTimeWords, ...askVocabulary.determinerWords].flatMap((word) => tokenizeText(word)),
);
const horizonWords = new Set(askVocabulary.horizonWords.flatMap((word) => tokenizeText(word)));
const horizonEnds = new Set([...askVocabulary.timeUnits, ...askVocabulary.calendarWords].flatMap((word) => tokenizeText(word)));

/** How far after a horizon word its unit of time may sit ("by the close of year three": four words on). */
const HORIZON_WINDOW = 4;

/**
 * Whether a figure numbers a unit of time ("year 2", "month 6"), the concept word a unit of time adds allowed between; a
 * rate's unit ("logins/s, 240 grants/s") ends the figure before, and a unit after "next", "per" or a determiner is a span
 * or a relative time, so the figure after it ("for next year: 40 workspaces") is still a load.
 */
function isTimePoint(tokens: readonly string[], position: number): boolean {
  const at = tokens[position - 1] === durationConcept ? position - 2 : position - 1;
  const unit = tokens[at] ?? '';
  return timeUnitWords.has(unit) && !rateUnits.has(unit) && !relativeTimeWords.has(tokens[at - 1] ?? '');
}

/** Whether a time horizon follows a figure ("5,000 by the close of year three", "100 by Q3"). */
function isHorizonAfter(tokens: readonly string[], position: number): boolean {
  if (!horizonWords.has(tokens[position + 1] ?? '')) return false;
  return tokens.slice(position + 2, position + 2 + HORIZON_WINDOW).some((token) => horizonEnds.has(token));
}

/** How far before a bare figure a word of growth may sit ("expect to reach 90": three words on). */
const GROWTH_WINDOW = 3;

/** How far after a count word its driver's word may sit ("one Che workspace": two words on). */
const WORD_WINDOW = 3;

/**
 * Counts written as words right before a driver's word ("one workspace", "two Che workspaces") or one of the given nouns
 * (a named product's component words, two or more: "three dedicated workers"), as numbers: only there, since "one of" or "which one"
 * count nothing.
 */
export function readWordCounts(
  tokens: readonly string[],
  numbers: readonly NumberMention[],
  drivers: readonly Pick<LoadDriver, 'id' | 'label' | 'singular'>[],
  nouns: Iterable<string> = [],
): NumberMention[] {
  const words = new Set(drivers.flatMap(listDriverWords));
  const copies = new Set(nouns);
  const taken = new Set(numbers.map((number) => number.position));
  return tokens.flatMap((token, position) => {
    const value = countWordValues.get(token);
    if (value === undefined || taken.has(position)) return [];
    const next = tokens.slice(position + 1, position + 1 + WORD_WINDOW);
    // "One cluster" or "one and the same database" says which, not how many: only two or more copies are a count.
    const counted = next.some((word) => words.has(word)) || (value >= 2 && next.some((word) => copies.has(word)));
    return counted ? [{ value, position, negative: false }] : [];
  });
}

/** Loads read from a question, whether one was negative, and the numbers that were not loads. */
export interface ReadLoads {
  loads: LoadMention[];
  negative: boolean;
  rest: NumberMention[];
  /** Later figures of a driver already given ("at 30 logins/s now, 90 next year"), with where the earlier one stands. */
  again: { driver: string; value: number; replaces: number }[];
}

/**
 * Reads the loads a question gives for an architecture's drivers: each unit-less number goes to the driver whose words
 * sit around it (most of the driver's words win, then the nearest), each driver at most once.
 */
export function readLoads(reading: Reading, drivers: readonly Pick<LoadDriver, 'id' | 'label' | 'singular'>[]): ReadLoads {
  const known = drivers.length > 0 ? drivers : [{ id: 'users', label: 'users', singular: 'user' }];
  const loads: LoadMention[] = [];
  const rest: NumberMention[] = [];
  const again: ReadLoads['again'] = [];
  // Where each driver's load was read, so a later figure of the same driver can say which one it would replace.
  const readAt = new Map<string, number>();
  // Drivers whose load so far is a figure written after "per", which a later count of the same driver replaces.
  const perUnit = new Set<string>();
  let negative = false;
  // A label written out after a number may list other drivers' words before its unit of time ("A, B and C per second").
  const loadWords = new Set(known.flatMap(listDriverWords));
  for (const number of reading.numbers) {
    // "Restarted 10 minutes ago … every user": a span of time counts nothing, though a driver's word follows it; nor does
    // a point in time ("by year 2", "in month 6").
    if (
      number.assigned ||
      (!number.unit && (timeUnitWords.has(reading.tokens[number.position + 1] ?? '') || isTimePoint(reading.tokens, number.position)))
    ) {
      rest.push(number);
      continue;
    }
    // A number's words end where the next number's begin ("45 logins/s, 360 client grants/s": the grants are 360's).
    const nextPosition = Math.min(...reading.numbers.map((other) => other.position).filter((position) => position > number.position));
    const start = Math.max(0, number.position - 2);
    const near = reading.tokens.slice(start, Math.min(number.position + WINDOW, nextPosition));
    // How far a word sits from the number: of two drivers named around it, the nearer one is its driver.
    const distance = (word: string) => Math.abs(near.indexOf(word) - (number.position - start));
    let best: { id: string; score: number; distance: number; given?: LoadMention['given'] } | null = null;
    // "Running 2 pods" counts copies, not a load, though a driver's word follows ("… vCPU to request per pod").
    const counted = reading.tokens[number.position + 1] ?? '';
    const copies = isCopyNoun(counted);
    for (const driver of number.unit ? [] : known) {
      const words = listDriverWords(driver);
      if (copies && !words.includes(counted)) continue;
      // A rate ("logins per second") is only read from a number given as a rate; "3000 clients" is a count.
      const timeWords = tokenizeText(driver.label).filter((token) => rateUnits.has(token));
      // A long label written out after the number ("A, B and C requests per second") may put its unit of time past the
      // window, but only when nothing else comes between.
      const after = reading.tokens.slice(number.position + 1);
      // A qualifier before the name ("500 combined … requests") belongs to the label.
      const labelEnd = after.findIndex(
        (token) => !loadWords.has(token) && !stopwords.has(token) && token !== 'per' && !loadQualifiers.has(token),
      );
      const label = labelEnd < 0 ? after : after.slice(0, labelEnd + 1);
      // Words after the number name its driver; one before it counts only when none after does ("… request for 90 logins").
      const following = near.slice(number.position - start + 1);
      const foundAfter = words.filter((word) => following.includes(word));
      const found = foundAfter.length > 0 ? foundAfter : words.filter((word) => near.includes(word));
      // "600 client grants and 240 token requests per second": a unit of time after a list of rates is each one's, when
      // the number names its driver in full (a bare "3000 clients" stays a count).
      const listEnd = after.findIndex((token) => !loadWords.has(token) && !stopwords.has(token) && token !== 'per' && !/^\d/.test(token));
      const listed = found.length === words.length ? (listEnd < 0 ? after : after.slice(0, listEnd + 1)) : [];
      const missing = timeWords.filter((token) => !near.includes(token) && !label.includes(token) && !listed.includes(token));
      // "30,000 requests per minute" gives a per-second driver its load in another unit of time, converted below.
      const [wanted] = missing;
      const other =
        wanted === undefined ? null : (findOtherRate(near.slice(number.position - start), wanted) ?? findOtherRate(label, wanted));
      if (missing.length > 1 || (wanted !== undefined && other === null)) continue;
      const given = wanted !== undefined && other !== null ? { value: number.value, per: other, wanted } : undefined;
      // A driver named near the number also counts the qualifier its label gives in parentheses when the question
      // writes it elsewhere ("database CPU … for each 100 requests per second" is the load "requests per second (database)").
      const qualifier = tokenizeText((/\(([^)]*)\)/.exec(driver.label) ?? [])[1] ?? '');
      const elsewhere = found.length > 0 ? qualifier.filter((word) => !found.includes(word) && reading.tokens.includes(word)) : [];
      const score = (found.length + elsewhere.length) / Math.max(1, words.length);
      const nearest = Math.min(...found.map(distance));
      const better = !best || score > best.score || (score === best.score && nearest < best.distance);
      if (found.length > 0 && score >= 0.3 && better) best = { id: driver.id, score, distance: nearest, given };
    }
    // "20 developers, each with a workspace open at once": people counted with no driver beside them are the load of
    // the one driver the rest of the question names in full ("15k developers who get workspaces" names no concurrency).
    if (!best && !number.unit && peopleWords.has(reading.tokens[number.position + 1] ?? '')) {
      const named = known.filter((driver) => {
        const words = listDriverWords(driver);
        return words.length > 0 && words.every((word) => reading.tokens.includes(word));
      });
      // With none named in full, people "at the same time" are the one driver counting things in use at once.
      const concurrent = known.filter((driver) =>
        listDriverWords(driver).some((word) => concurrencyWords.has(word) && reading.tokens.includes(word)),
      );
      const [only] = named.length > 0 ? named : concurrent;
      if ((named.length > 0 ? named : concurrent).length === 1 && only) best = { id: only.id, score: 0.5, distance: Infinity };
    }
    // "…per session? And with 12 of them open?": the count is of the driver the question named before it.
    if (
      !best &&
      !number.unit &&
      reading.tokens[number.position + 1] === 'of' &&
      pointingWords.has(reading.tokens[number.position + 2] ?? '')
    ) {
      const before = reading.tokens.slice(0, number.position);
      const [first, second] = known
        .map((driver) => ({ id: driver.id, hits: listDriverWords(driver).filter((word) => before.includes(word)).length }))
        .filter((entry) => entry.hits > 0)
        .sort((a, b) => b.hits - a.hits);
      if (first && (!second || second.hits < first.hits)) best = { id: first.id, score: 0.5, distance: Infinity };
    }
    // "30 logins/s today, and we expect 90 next year", "… 200k by year 2", "… at 80?": a bare figure after a word of
    // growth, before a time horizon, or closing the question, is a later load of the one driver given so far.
    const [onlyLoad] = loads;
    if (
      !best &&
      !number.unit &&
      loads.length === 1 &&
      onlyLoad &&
      (reading.tokens.slice(Math.max(0, number.position - GROWTH_WINDOW), number.position).some((token) => growthWords.has(token)) ||
        isHorizonAfter(reading.tokens, number.position) ||
        number.position === reading.tokens.length - 1)
    )
      best = { id: onlyLoad.driver, score: 0, distance: Infinity };
    const taken = best ? loads.findIndex((load) => load.driver === best?.id) : -1;
    const value = best?.given
      ? (number.value * (secondsPer.get(best.given.wanted) ?? 1)) / (secondsPer.get(best.given.per) ?? 1)
      : number.value;
    // "One workspace requests 1080m. For 50 workspaces …": a count of one gives the unit a figure is per, and the
    // driver's other count is the load asked about.
    // So does a figure written after "per" ("1 core per 100 requests/s … we expect 300"): the vendor's rule, restated.
    const perOne =
      taken >= 0 && (loads[taken]?.value === 1 || perUnit.has(best?.id ?? '')) && value !== loads[taken]?.value && !number.negative;
    if (!best || (taken >= 0 && !perOne)) {
      const earlier = best ? readAt.get(best.id) : undefined;
      if (best && earlier !== undefined && !number.negative && value !== loads[taken]?.value)
        again.push({ driver: best.id, value, replaces: earlier });
      rest.push(number);
      continue;
    }
    readAt.set(best.id, number.position);
    if (number.negative) negative = true;
    if (perOne) perUnit.delete(best.id);
    else if (ruleWords.has(reading.tokens[number.position - 1] ?? '')) perUnit.add(best.id);
    const load: LoadMention = best.given ? { driver: best.id, value, given: best.given } : { driver: best.id, value };
    if (perOne) loads.splice(taken, 1, load);
    else loads.push(load);
  }
  // "45 logins, 5 logouts and 360 refreshes" give, together, the load of a driver counting "login, logout and refresh
  // requests": the sum of the kinds its label lists, when each of them is given and the driver has no load of its own.
  // One of those figures read as the driver's own load ("360 refreshes per second") is only its share.
  for (const driver of known) {
    const kinds = listLabelKinds(driver.label);
    const given = kinds.flatMap((kind) =>
      reading.numbers.filter((number) => !number.unit && !number.negative && reading.tokens[number.position + 1] === kind),
    );
    const counted = new Set(given.map((number) => reading.tokens[number.position + 1]));
    const own = loads.findIndex((load) => load.driver === driver.id);
    if (
      counted.size < 2 ||
      counted.size !== kinds.length ||
      counted.size !== given.length ||
      (own >= 0 && !given.some((number) => number.value === loads[own]?.value))
    )
      continue;
    const load = { driver: driver.id, value: given.reduce((total, number) => total + number.value, 0) };
    if (own >= 0) loads.splice(own, 1, load);
    else loads.push(load);
  }
  return { loads, negative, rest, again };
}

/** The kinds a driver's label lists before its noun ("login, logout and refresh requests" lists login, logout, refresh). */
function listLabelKinds(label: string): string[] {
  const listed = /^([\p{L}-]+(?:,\s*[\p{L}-]+)*,?\s+and\s+[\p{L}-]+)\s+\p{L}/u.exec(label)?.[1];
  return listed ? listed.split(/,\s*|\s+and\s+/).flatMap((kind) => tokenizeText(kind)) : [];
}

const copyNouns = new Set(askVocabulary.countNouns);

/** Whether a noun counts copies ("pods", "replica"): one with a plural of its own, as "x" and "times" multiply instead. */
function isCopyNoun(noun: string): boolean {
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return copyNouns.has(noun) && copyNouns.has(plural);
}

/**
 * The copies a sizing is spread over when the question asks for one copy's share ("spread over 4 pods … per pod"): a
 * count of two or more right before a noun of copies that "per", "each" or "every" also names; else null.
 */
export function readSpread(reading: Pick<Reading, 'tokens'>, rest: readonly NumberMention[]): { count: number; noun: string } | null {
  for (const number of rest) {
    const noun = reading.tokens[number.position + 1] ?? '';
    if (number.unit || number.negative || !Number.isInteger(number.value) || number.value < 2 || !isCopyNoun(noun)) continue;
    if (reading.tokens.some((token, at) => distributiveWords.has(token) && reading.tokens[at + 1] === noun))
      return { count: number.value, noun };
  }
  return null;
}
