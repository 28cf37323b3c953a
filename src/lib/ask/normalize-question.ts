import { askVocabulary, type SizingResource } from '../model/index.ts';
import type { NumberMention } from './types.ts';

/** Longest question, in characters, that the fronts accept. */
export const MAX_QUESTION_LENGTH = 500;

/** Whether a character is a control or format character that must not reach the engine. */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** NFKC-normalises a question, replaces control characters with spaces and collapses whitespace. */
export function normalizeQuestionText(raw: string): string {
  let text = '';
  for (const char of raw.normalize('NFKC')) {
    const code = char.codePointAt(0) ?? 0;
    text += isControl(code) ? ' ' : char;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Outcome of checking a raw question from a front: the cleaned question, or an error message for a 400. */
export type QuestionCheck = { ok: true; question: string } | { ok: false; error: string };

/** Checks one raw question from a front: present, not empty once cleaned, at most MAX_QUESTION_LENGTH characters. */
export function checkQuestion(values: readonly string[]): QuestionCheck {
  if (values.length === 0) return { ok: false, error: 'Missing question: pass it as ?q=<question>.' };
  if (values.length > 1) return { ok: false, error: 'Pass exactly one question parameter.' };
  const raw = values[0] ?? '';
  if ([...raw].length > MAX_QUESTION_LENGTH * 4)
    return { ok: false, error: `The question is longer than ${MAX_QUESTION_LENGTH} characters; shorten it.` };
  const question = normalizeQuestionText(raw);
  if (question.length === 0) return { ok: false, error: 'The question is empty: pass it as ?q=<question>.' };
  if ([...question].length > MAX_QUESTION_LENGTH)
    return { ok: false, error: `The question is longer than ${MAX_QUESTION_LENGTH} characters; shorten it.` };
  return { ok: true, question };
}

/** Reduces an English word to a crude stem so "nodes" meets "node" and "requires" meets "require". */
export function stemToken(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  // "Refreshes", "indexes": an "-es" plural after "sh" or "x" drops both letters ("caches" keeps its "e", so "-ches" does not).
  if (token.endsWith('sses') || /(?:sh|x)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}

const rewordingPatterns = askVocabulary.rewordings.map(([pattern, replacement]) => [new RegExp(pattern, 'gi'), replacement] as const);

/** An adverb opening a claim put as a question ("Surely X needs Y?"), which asks nothing itself. */
export const leadingAssertion = new RegExp(
  `^\\s*(?:${askVocabulary.assertionAdverbs.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\b,?\\s*`,
  'i',
);

/** Rewrites the vocabulary's other wordings of a question ("what is the number of") to the usual one ("how many"). */
export function rewordQuestion(question: string): string {
  // An empty optional group leaves two spaces where the replaced wording was.
  const reworded = rewordingPatterns
    .reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), moveAsides(question.replace(leadingAssertion, '')))
    .replace(/ {2,}/g, ' ');
  return writeNumberWords(markSentenceEnds(reworded));
}

/** An aside in brackets about the asker ("(we run two nodes today)"), which tells the scene, not what is asked. */
const askerAside = new RegExp(
  `\\s*\\(((?:${askVocabulary.sceneSubjects.map((word) => word.replace(/'/g, "['\u2019]")).join('|')})\\s[^()]{3,100})\\)`,
  'giu',
);

/** Moves each aside about the asker to a sentence of its own after the question, so it sets the scene of the last part. */
function moveAsides(question: string): string {
  const asides = [...question.matchAll(askerAside)].map((match) => match[1] ?? '');
  if (asides.length === 0) return question;
  const asked = question.replace(askerAside, '').trim();
  // A question left with no closing mark gets one, so the aside stays a sentence of its own.
  return `${/[?.!]$/.test(asked) ? asked : `${asked}?`} ${asides.map((aside) => `${aside.trim()}.`).join(' ')}`;
}

/** A capitalised word that opens a question when it follows a word with no mark between them. */
const unmarkedSentence =
  /(?<=[\p{Ll}\d)])\s+(?=(?:What|Which|How|Is|Are|Do|Does|Did|Can|Could|Should|Will|Would|Why|When|Where|Who|If|Any|And)\b)/gu;

/**
 * Ends a sentence where a capitalised question word follows a lower-case word with no mark between them ("… the cache
 * restarts Is that a problem …"), as text typed in haste or pasted without its question marks runs two questions together.
 */
export function markSentenceEnds(text: string): string {
  return text.replace(unmarkedSentence, '? ');
}

const smallNumbers = new Map(Object.entries(askVocabulary.countWords));
const largerNumbers = new Map(Object.entries(askVocabulary.numberWords));
const numberScales = new Map(Object.entries(askVocabulary.numberScales));
const spelledUnits = new Map(Object.entries(askVocabulary.spelledUnits));
const numberWordPattern = [...smallNumbers.keys(), ...largerNumbers.keys(), ...numberScales.keys()].join('|');
/** A run of number words, with a leading "a" before a scale and "and" after one ("a hundred and fifty"). */
const spelledNumber = new RegExp(
  `\\b(?:a\\s+(?=(?:${[...numberScales.keys()].join('|')})\\b))?(?:${numberWordPattern})(?:(?:\\s+(?:and\\s+)?|-)(?:${numberWordPattern}))*\\b`,
  'gi',
);
/** A spelled unit right after a number ("four gigs"). */
const spelledUnitAhead = new RegExp(`^\\s+(?:${[...spelledUnits.keys()].join('|')})\\b`, 'i');
const unitAfterNumber = new RegExp(`\\b(\\d+)\\s+(${[...spelledUnits.keys()].join('|')})\\b`, 'gi');

/**
 * The value of a run of number words ("two hundred thousand" is 200000), or null when the words do not make one number
 * ("one two" is two numbers, "thousand hundred" none).
 */
function readNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  // What the last word was: a unit ("four"), a ten ("sixty"), a scale or nothing yet.
  let last: 'none' | 'unit' | 'ten' | 'scale' = 'none';
  for (const word of words) {
    const small = smallNumbers.get(word) ?? (word === 'a' ? 1 : undefined);
    const larger = largerNumbers.get(word);
    const scale = numberScales.get(word);
    if (scale !== undefined) {
      // A scale opening the run ("1.5 million") multiplies digits the number reader reads itself.
      if (word === words[0]) return null;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = 'scale';
    } else if (larger !== undefined) {
      // "Sixty four" adds; a ten after a unit or a ten ("four sixty", "twenty thirty") starts another number.
      if (last === 'unit' || last === 'ten') return null;
      current += larger;
      last = larger < 20 ? 'unit' : 'ten';
    } else if (small !== undefined) {
      if (last === 'unit') return null;
      current += small;
      last = 'unit';
    } else return null;
  }
  return total + current;
}

/**
 * Writes numbers spelled as words in digits ("a hundred and fifty logins" is "150 logins", "thirty kilobytes" is
 * "30 KB"), as dictation writes them. A count word alone ("three zones", "which one") stays a word, since every rule
 * reading counts reads those, unless a unit follows it ("four gigs").
 */
export function writeNumberWords(text: string): string {
  const digits = text.replace(spelledNumber, (run, offset: number) => {
    const words = run
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((word) => word !== 'and');
    const value = readNumberWords(words);
    if (value === null) return run;
    const alone = words.length === 1 && smallNumbers.has(words[0] ?? '');
    const after = text.slice(offset + run.length);
    // Only a unit spelled out ("four gigs"): "one vCPU" stays a count word, which the capacity rules read as it is.
    const unitFollows = spelledUnitAhead.test(after);
    return alone && !unitFollows ? run : String(value);
  });
  return digits.replace(
    unitAfterNumber,
    (_match, value: string, unit: string) => `${value} ${spelledUnits.get(unit.toLowerCase()) ?? unit}`,
  );
}

const phrasePatterns = askVocabulary.phrases.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
const synonyms = new Map(Object.entries(askVocabulary.synonyms));

/** Stopwords in canonical (stemmed) form. */
export const stopwords: ReadonlySet<string> = new Set(askVocabulary.stopwords.map(stemToken));

/** Maps one lower-case word to canonical stemmed tokens, synonyms applied. */
function canonicalizeWord(word: string): string[] {
  const direct = synonyms.get(word) ?? synonyms.get(stemToken(word));
  return (direct ?? [word]).map(stemToken);
}

/** Counts written as words ("three"), by canonical token, for every rule that reads a count. */
export const countWordValues: ReadonlyMap<string, number> = new Map(
  Object.entries(askVocabulary.countWords).flatMap(([word, value]) => canonicalizeWord(word).map((token) => [token, value] as const)),
);

/** A count written as a word ("one", "two", …), as a pattern for rules that read it before the thing counted. */
export const countWordPattern = `(?:${Object.keys(askVocabulary.countWords).join('|')})`;

/** Remembers results of a pure text function, forgetting all of them past `limit` entries so memory stays bounded. */
function memoizeText<T>(compute: (text: string) => T, copy: (value: T) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return copy(value);
  };
}

/** A text with its bracketed asides blanked out ("a workspace (one per user)"): what it says outside them. */
export function dropAsides(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

/** Splits free text into canonical stemmed tokens; the same for questions and the index, so they agree. */
// Indexing a large catalogue tokenises the same role labels, names and sentences thousands of times; the phrase
// rewrites dominate that, so results are remembered (copied out, so a caller's changes never reach the cache).
export const tokenizeText: (text: string) => string[] = memoizeText(computeTokens, (tokens) => [...tokens]);

/** Tokenises text without the cache; see tokenizeText. */
function computeTokens(text: string): string[] {
  // Setting names are camelCase ("maxReplicas"); their parts are words people ask with, and the whole name stays too.
  const expanded = text
    .normalize('NFKC')
    // A Kubernetes kind of three words or more ("HorizontalPodAutoscaler") is asked about in words too.
    .replace(/\b(?:[A-Z][a-z]+){3,}s?\b/g, (word) => `${word} ${word.replace(/([a-z])([A-Z])/g, '$1 $2')}`)
    // An acronym inside a name ("targetCPUUtilizationPercentage") is a word of its own too.
    .replace(
      /\b[a-z]{2,}(?:[A-Z]+[a-z0-9]*)+\b/g,
      (word) => `${word} ${word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')}`,
    );
  // The plural of an acronym ("GPUs", "VMs") is the acronym: "gpus" would match no fact that writes "GPU".
  let lower = expanded.replace(/\b(\p{Lu}{2,})s\b/gu, '$1').toLowerCase();
  for (const [pattern, replacement] of phrasePatterns) lower = lower.replace(pattern, replacement);
  const words = lower
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .flatMap(canonicalizeWord);
  // A release ("since 3.0.0") is a word of its own too, kept last so no position moves.
  return [...words, ...listReleaseWords(lower)];
}

/** A release written x.y.z, which a question and a fact naming it share as one word. */
const releasePattern = /\b\d+\.\d+\.\d+\b/g;

/** A bare x.y ("upgraded to 3.0"), and what follows it, to tell a release from a quantity ("1.5 GB"). */
const bareRelease = /(?<![\d.])(\d+\.\d+)(?![\d.]*\d)(\s*[\p{L}%]*)/gu;

/**
 * The releases a text names as words: each x.y.z, and each x.y with no unit after it read as x.y.0, as people write
 * "3.0" for "3.0.0" (a quantity such as "1.5 GB" names none).
 */
function listReleaseWords(text: string): string[] {
  const bare = [...text.matchAll(bareRelease)].flatMap(([, release = '', after = '']) =>
    quantityUnits[after.trim().toLowerCase()] || after.includes('%') ? [] : [`${release}.0`],
  );
  return [...(text.match(releasePattern) ?? []), ...bare];
}

/** The initials of a name's words, camelCase parts counted as words ("LedgerDatabase Sync" gives "LDS"). */
export function findInitials(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** The words of a name before its parenthesis, without stopwords ("Multi-cluster (two sites)" gives multi, cluster). */
export function listNameHeadWords(name: string): string[] {
  return tokenizeText(name.split('(')[0] ?? '').filter((token) => !stopwords.has(token));
}

/** Units a number in a question may carry, lower-cased, with what each measures. */
const quantityUnits: Record<string, { measure: 'size' | 'cpu'; factor: number }> = {
  kb: { measure: 'size', factor: 1 / 1024 ** 2 },
  kib: { measure: 'size', factor: 1 / 1024 ** 2 },
  ki: { measure: 'size', factor: 1 / 1024 ** 2 },
  mb: { measure: 'size', factor: 1 / 1024 },
  mib: { measure: 'size', factor: 1 / 1024 },
  mi: { measure: 'size', factor: 1 / 1024 },
  gb: { measure: 'size', factor: 1 },
  gib: { measure: 'size', factor: 1 },
  gi: { measure: 'size', factor: 1 },
  tb: { measure: 'size', factor: 1024 },
  tib: { measure: 'size', factor: 1024 },
  ti: { measure: 'size', factor: 1024 },
  vcpu: { measure: 'cpu', factor: 1 },
  vcpus: { measure: 'cpu', factor: 1 },
  cpu: { measure: 'cpu', factor: 1 },
  cpus: { measure: 'cpu', factor: 1 },
  core: { measure: 'cpu', factor: 1 },
  cores: { measure: 'cpu', factor: 1 },
  // In plain language a CPU is a processor ("4 processors").
  processor: { measure: 'cpu', factor: 1 },
  processors: { measure: 'cpu', factor: 1 },
  millicores: { measure: 'cpu', factor: 1 / 1000 },
};

/** The unit words a figure may carry ("MiB", "millicores"), which never name a thing asked about. */
export const quantityUnitWords: ReadonlySet<string> = new Set(Object.keys(quantityUnits));

/** Whether a word is a unit of size or CPU ("GB", "vCPU"), so "how many GB of X" asks an amount, not a count of X. */
export function isQuantityUnit(word: string): boolean {
  return Object.hasOwn(quantityUnits, word.toLowerCase());
}

/** A number read from a question: its value, sign and the unit written right after it, if any. */
export interface ReadNumber {
  value: number;
  negative: boolean;
  /** The unit as written ("MB", "vCPU"), lower-cased; undefined for a bare count. */
  unit?: string;
  /** The value in archkb's canonical unit of its measure (GiB for sizes, vCPU for CPU), when it has a unit. */
  canonical?: number;
  measure?: 'size' | 'cpu';
  /** Whether it was written as a setting's value ("CONCURRENCY=10"), which no load is. */
  assigned?: boolean;
}

/**
 * Reads the numbers of a question written as 100000, 100,000, 100 000, 100k, 1.5k, 2.5M, 1 million, -5, 1250 MB or
 * 500m (millicores, when CPU words follow), and rewrites each as a placeholder word so tokenising keeps its position.
 * Decimals keep their point; a minus sign counts only where it cannot be a hyphen.
 */
export function readNumbers(text: string): { text: string; values: ReadNumber[] } {
  const values: ReadNumber[] = [];
  const pattern =
    /(^|(?<!\p{L})-|[^\p{L}\p{N}.-])([-\u2212]\s?)?(\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+(?!\d)|\d+(?:\.\d+)?)(\s*(?:k|thousand|m|mn|million|b|billion)\b)?(\s*(?:[kmgt]i?b|[kmgt]i|vcpus?|cpus?|cores?|processors?|millicores)\b)?/giu;
  const rewritten = text.replace(
    pattern,
    (
      match,
      lead: string,
      sign: string | undefined,
      digits: string,
      suffix: string | undefined,
      unitText: string | undefined,
      offset: number,
    ) => {
      // A space-grouped number only counts when every group has three digits ("100 000"), which the pattern guarantees.
      let value = Number(digits.replace(/[,\u00a0\u202f' ]/g, ''));
      const multiplier = (suffix ?? '').trim().toLowerCase();
      // "500m CPU" is Kubernetes millicores, not half a billion.
      const millicores = multiplier === 'm' && !/\s/.test(suffix ?? '') && /^\s*(?:v?cpus?|cores?)$/i.test(unitText ?? '');
      if (millicores) value /= 1000;
      else if (multiplier.startsWith('k') || multiplier === 'thousand') value *= 1_000;
      else if (multiplier.startsWith('m')) value *= 1_000_000;
      else if (multiplier.startsWith('b')) value *= 1_000_000_000;
      if (!Number.isFinite(value)) return match;
      const negative = sign !== undefined && /[-\u2212]/.test(sign) && (lead === '' || /\s|\(/.test(lead));
      const unit = millicores ? 'millicores' : unitText?.trim().toLowerCase();
      const known = unit ? quantityUnits[unit] : undefined;
      const signed = negative ? -value : value;
      // "X=10", and "APP_WORKERS set to 10" after a setting's written name (with an underscore or a dot): a value, no load.
      const assigned = /(?:=|[\w-]*[_.][\w.-]*\s+(?:(?:is|gets|was)\s+)?set\s+to)\s*$/i.test(text.slice(0, offset + lead.length));
      values.push({
        value: signed,
        negative,
        ...(assigned ? { assigned } : {}),
        ...(unit && known ? { unit, measure: known.measure, canonical: millicores ? signed : signed * known.factor } : {}),
      });
      // The unit stays in the text after the placeholder, so "8 GB memory" still reads as memory.
      return `${lead} qnum${values.length - 1}q ${unitText ?? ''}`;
    },
  );
  return { text: rewritten, values };
}

/** Tokenises a question with its numbers read, returning the tokens and where each number sits. */
export const tokenizeQuestion: (text: string) => { tokens: string[]; numbers: NumberMention[] } = memoizeText(
  computeQuestionTokens,
  ({ tokens, numbers }) => ({ tokens: [...tokens], numbers: numbers.map((mention) => ({ ...mention })) }),
);

/** Tokenises a question without the cache; see tokenizeQuestion. */
function computeQuestionTokens(text: string): { tokens: string[]; numbers: NumberMention[] } {
  const { text: rewritten, values } = readNumbers(text);
  const tokens: string[] = [];
  const numbers: NumberMention[] = [];
  for (const token of tokenizeText(rewritten)) {
    const placeholder = /^qnum(\d+)q$/.exec(token);
    if (placeholder) {
      const found = values[Number(placeholder[1])];
      if (found) {
        numbers.push({ ...found, position: tokens.length });
        tokens.push(String(Math.abs(found.value)));
      }
      continue;
    }
    tokens.push(token);
  }
  // A release ("3.0.0") is read as numbers above; it is also a word a fact naming it shares, kept last so no position moves.
  return { tokens: [...tokens, ...listReleaseWords(text)], numbers };
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `limit`. */
export function measureEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1] ?? limit + 1;
}

/** The known word that is the token with two neighbouring letters after the first swapped, if exactly one is. */
function findSwapped(token: string, words: readonly string[]): string | null {
  const swaps = new Set<string>();
  // The first letter is rarely the one mistyped, so it stays ("usre" is "user", not "sure").
  for (let i = 1; i + 1 < token.length; i++) swaps.add(token.slice(0, i) + token.charAt(i + 1) + token.charAt(i) + token.slice(i + 2));
  swaps.delete(token);
  const found = words.filter((word) => swaps.has(word));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The known word a misspelt token most likely means, or null when none is close enough. */
export function correctToken(
  token: string,
  vocabulary: ReadonlySet<string>,
  byLength: ReadonlyMap<number, readonly string[]>,
  cache: Map<string, string | null>,
): string | null {
  if (vocabulary.has(token) || stopwords.has(token)) return token;
  // Short words are too easily mistaken for each other ("cost" is one edit from "host"), except two swapped letters
  // ("usre" for "user"), which no other edit explains; very long words are not typos.
  if (token.length === 4 && !/\d/.test(token)) return findSwapped(token, byLength.get(4) ?? []);
  if (token.length < 5 || token.length > 24 || /\d/.test(token)) return null;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  // A word the facts only use inside a longer one ("eviction" in "noeviction") is a word, not a typo.
  for (const word of vocabulary)
    if (word.length >= token.length + 2 && (word.endsWith(token) || word.startsWith(token))) {
      if (cache.size < 5_000) cache.set(token, token);
      return token;
    }
  const limit = token.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (let length = token.length - limit; length <= token.length + limit; length++) {
    for (const word of byLength.get(length) ?? []) {
      // A typo rarely hits the first letter (beyond swapping the first two); requiring it avoids false friends.
      const sameStart = word[0] === token[0] || (word[0] === token[1] && word[1] === token[0]);
      if (word.length < 5 || !sameStart) continue;
      const distance = measureEditDistance(token, word, limit);
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
      }
    }
  }
  // Bounded so hostile input cannot grow the cache without limit.
  if (cache.size < 5_000) cache.set(token, best);
  return best;
}

/** The words of a text as written, lower-cased, without canonical forms: "what services" is told apart from "what service". */
export function listWrittenWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A question word or auxiliary opening a clause ("what …", "does …"). */
export const opensAsking = new RegExp(`^(?:how|what|which|where|when|why|who|${askVocabulary.yesNoOpeners.join('|')})\\b`);

/** One more item of a list after a left-out phrase (", B", "and B", ", and B"), up to the next item or clause. */
const listedItem = /^(\s*,\s*(?:(and|or)\s+)?|\s+(and|or|nor)\s+)([^,.;?!()]{1,40}?)(?=\s*(?:[,.;?!()]|$|\band\b|\bor\b))/u;
const negations = new Set(askVocabulary.negationWords);

/**
 * The phrases a question leaves out by the given patterns (first group of each match), each followed by the items
 * listed after it ("excluding A, B and C"): a list ends at an item that opens a clause or a negation ("excluding A,
 * and what …", "and not counting B"), and items after a bare comma count only when an "and" or "or" closes the list.
 */
export function listLeftOutPhrases(lower: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((pattern) =>
    [...lower.matchAll(pattern)].flatMap((match) => {
      const phrases = [match[1] ?? ''];
      let closed = 1;
      let rest = lower.slice(match.index + match[0].length);
      for (let item = listedItem.exec(rest); item?.[4]; item = listedItem.exec(rest)) {
        const phrase = item[4];
        if (opensAsking.test(phrase) || negations.has(phrase.split(/\s+/)[0] ?? '')) break;
        phrases.push(phrase);
        if (item[2] ?? item[3]) closed = phrases.length;
        rest = rest.slice(item[0].length);
      }
      return phrases.slice(0, closed);
    }),
  );
}

/** A text as a regular expression that matches it literally ("Node.js" as "Node\\.js"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sizing resource each canonical word of the vocabulary's resource words names ("ram" names memory). */
export const resourceWordOf: ReadonlyMap<string, SizingResource> = new Map(
  Object.entries(askVocabulary.resourceWords).flatMap(([word, resource]) => tokenizeText(word).map((token) => [token, resource] as const)),
);

/**
 * Whether the size at a position is each counted copy's ("4 vCPU nodes", "pods of 4 vCPU", "nodes with 32 GB each"),
 * not a total the copies share ("pods, with 12 vCPU in total").
 */
export function isSizeOfCopies(tokens: readonly string[], position: number, copyNouns: ReadonlySet<string>): boolean {
  const [next = '', after = '', later = ''] = tokens.slice(position + 1, position + 4);
  if (copyNouns.has(next) || copyNouns.has(after)) return true;
  if (tokens[position - 1] === 'of' && copyNouns.has(tokens[position - 2] ?? '')) return true;
  const each = after === 'each' || (after === 'per' && copyNouns.has(later));
  return each && tokens.slice(Math.max(0, position - 4), position).some((token) => copyNouns.has(token));
}

// Stryker disable next-line ArrayDeclaration,StringLiteral: tokenizeText always gives "how many" two tokens; the defaults only satisfy the type.
const [howToken = 'how', manyToken = 'many'] = tokenizeText('how many');

/** Whether the tokens at a position are "how many", which asks for a count. */
export function isHowMany(tokens: readonly string[], at: number): boolean {
  return tokens[at] === howToken && tokens[at + 1] === manyToken;
}
