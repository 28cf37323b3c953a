/**
 * Question parsing for the answer engine: normalisation, number reading, tokenisation, synonyms, stemming and
 * fuzzy correction against a vocabulary. Nothing here knows about any particular question or architecture.
 */

/** Longest question, in characters, that the fronts accept. */
export const MAX_QUESTION_LENGTH = 500;

/** Most unknown words per question the fuzzy matcher tries to correct; a real question has a few typos, not dozens. */
const MAX_FUZZY_TOKENS = 8;

/**
 * Words people write for the same thing, mapped to the canonical token(s) the index uses. Keys are single lower-case
 * tokens; multi-word phrases are rewritten first by `phraseSynonyms`.
 */
const tokenSynonyms: Record<string, string[]> = {
  postgres: ['postgresql'],
  postgre: ['postgresql'],
  postgress: ['postgresql'],
  pg: ['postgresql'],
  pgsql: ['postgresql'],
  psql: ['postgresql'],
  mongo: ['mongodb'],
  es: ['elasticsearch'],
  elastic: ['elasticsearch'],
  opensearch: ['elasticsearch'],
  k8s: ['kubernetes'],
  kube: ['kubernetes'],
  aks: ['kubernetes', 'azure'],
  eks: ['kubernetes', 'aws'],
  gke: ['kubernetes', 'gcp'],
  msk: ['kafka', 'aws'],
  rds: ['postgresql', 'aws'],
  ram: ['memory'],
  mem: ['memory'],
  cpu: ['vcpu'],
  vcore: ['vcpu'],
  core: ['vcpu'],
  disk: ['storage'],
  ssd: ['storage'],
  db: ['database'],
  lb: ['load', 'balancer'],
  alb: ['load', 'balancer'],
  elb: ['load', 'balancer'],
  waf: ['firewall'],
  az: ['zone'],
  amazon: ['aws'],
  google: ['gcp'],
  microsoft: ['azure'],
  vm: ['instance'],
  config: ['setting'],
  configuration: ['setting'],
  configure: ['setting'],
  configured: ['setting'],
  parameter: ['setting'],
  property: ['setting'],
  flag: ['setting'],
  min: ['minimum'],
  minimal: ['minimum'],
  least: ['minimum'],
  smallest: ['minimum'],
  lowest: ['minimum'],
  baseline: ['minimum'],
  spec: ['requirement'],
  specification: ['requirement'],
  requirement: ['requirement'],
  hardware: ['requirement'],
  ver: ['version'],
  people: ['user'],
  seat: ['user'],
  account: ['user'],
  employee: ['user'],
  sso: ['sso', 'authentication'],
  auth: ['authentication'],
  login: ['authentication'],
  authn: ['authentication'],
  saml: ['saml', 'authentication'],
  git: ['git'],
  github: ['git'],
  gitlab: ['git'],
  bitbucket: ['git'],
  broker: ['broker', 'message'],
  queue: ['message', 'broker'],
  messaging: ['message', 'broker'],
  cache: ['cache'],
  caching: ['cache'],
  bucket: ['object', 'storage'],
  blob: ['object', 'storage'],
  minio: ['minio', 'object', 'storage'],
  redundancy: ['ha'],
  redundant: ['ha'],
  failover: ['ha'],
  resilient: ['ha'],
  compared: ['compare'],
  comparison: ['compare'],
  versus: ['vs'],
  differ: ['difference'],
  differs: ['difference'],
  different: ['difference'],
};

/** Phrases rewritten to one canonical token before tokenising (matched on the lower-cased text). */
const phraseSynonyms: [RegExp, string][] = [
  [/\bhigh(?:ly)?[\s-]*availab(?:ility|le)\b/g, ' ha '],
  [/\bgoogle\s+cloud(?:\s+platform)?\b/g, ' gcp '],
  [/\bamazon\s+web\s+services\b/g, ' aws '],
  [/\belastic\s*search\b/g, ' elasticsearch '],
  [/\bpostgres\s*sql\b/g, ' postgresql '],
  [/\bmongo\s*db\b/g, ' mongodb '],
  [/\bnode\s*\.?\s*js\b/g, ' nodejs '],
  [/\bci\s*\/\s*cd\b/g, ' ci cd '],
  [/\bmulti[\s-]*az\b/g, ' multi zone '],
  [/\bavailability\s+zones?\b/g, ' zone '],
  [/\bsingle\s+sign[\s-]*on\b/g, ' sso '],
  [/\bhow\s+much\s+ram\b/g, ' memory '],
  [/\bvirtual\s+cpus?\b/g, ' vcpu '],
  [/\bcloud\s+services?\b/g, ' managed service '],
];

/** Words that carry no meaning for lookup. Stemmed form. */
const stopwordList = [
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'and',
  'or',
  'but',
  'is',
  'are',
  'was',
  'be',
  'been',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'who',
  'whom',
  'how',
  'why',
  'when',
  'where',
  'do',
  'doe',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'i',
  'we',
  'you',
  'they',
  'me',
  'my',
  'our',
  'your',
  'their',
  'there',
  'here',
  'about',
  'tell',
  'please',
  'much',
  'many',
  'any',
  'some',
  'each',
  'per',
  'from',
  'into',
  'than',
  'then',
  'so',
  'if',
  'as',
  'all',
  'also',
  'get',
  'give',
  'show',
  'list',
  'know',
  'want',
  'have',
  'ha-not',
  'has',
  'had',
  'am',
  'not',
  'no',
  'yes',
  'one',
  'does',
  'doesn',
  't',
  's',
  'd',
  'll',
  're',
  'exactly',
  'really',
  'actually',
  'just',
  'kind',
  'sort',
  'type',
  'thing',
  'stuff',
  'run',
  'running',
  'deploy',
  'deployment',
  'deploying',
  'self',
  'hosted',
  'hosting',
  'install',
  'installation',
  'setup',
  'set',
  'up',
  'recommend',
  'recommended',
  'say',
  'said',
  'vendor',
  'architecture',
  'reference',
  'product',
  'system',
  'both',
  'other',
  'like',
  'use',
  'used',
  'using',
  'need',
  'needed',
  'require',
  'required',
  'must',
  'both',
  'either',
  'neither',
  'between',
  'support',
  'supported',
  'work',
  'run',
  'default',
  'good',
  'best',
  'big',
  'large',
  'small',
  'recommendation',
];

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
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}

/** Lower-cases, splits and maps one raw word to canonical stemmed tokens (synonyms applied). */
function canonicalizeWord(word: string): string[] {
  // Short plurals ("azs", "vms") are below the stemmer's floor but still name a synonym.
  // Own keys only: a question word such as "constructor" must not find Object.prototype members.
  const lookUp = (key: string) => (Object.hasOwn(tokenSynonyms, key) ? tokenSynonyms[key] : undefined);
  const direct =
    lookUp(word) ??
    lookUp(stemToken(word)) ??
    (word.length === 3 && word.endsWith('s') && !word.endsWith('ss') ? lookUp(word.slice(0, -1)) : undefined);
  return (direct ?? [word]).map(stemToken);
}

/** Splits free text into canonical stemmed tokens; used for both questions and the index, so they agree. */
export function tokenizeText(text: string): string[] {
  let lower = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of phraseSynonyms) lower = lower.replace(pattern, replacement);
  return lower
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .flatMap(canonicalizeWord);
}

/** Stopwords in the same stemmed form as tokens. */
export const stopwords: ReadonlySet<string> = new Set(stopwordList.map(stemToken));

/** Reads numbers written as 100000, 100,000, 100 000, 100k, 1.5k, 2m or "10 thousand" and rewrites them as digits. */
export function rewriteNumbers(text: string): string {
  return text
    .replace(/(\d{1,3})(?:[,\u00a0\u202f'](\d{3}))+(?!\d)/g, (match) => match.replace(/[,\u00a0\u202f']/g, ''))
    .replace(/(\d+(?:\.\d+)?)\s*(k|thousand|m|mn|million)\b/gi, (_match, value: string, unit: string) => {
      const factor = /^k|^thousand/i.test(unit) ? 1_000 : 1_000_000;
      return String(Math.round(Number(value) * factor));
    });
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `limit`. */
export function measureEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
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

/** Vocabulary the fuzzy matcher corrects towards, with a cache of corrections already made. */
export interface Vocabulary {
  words: ReadonlySet<string>;
  /** Words grouped by length, so a correction only scans plausible candidates. */
  byLength: ReadonlyMap<number, readonly string[]>;
  corrections: Map<string, string | null>;
}

/** Builds a vocabulary from canonical tokens. */
export function buildVocabulary(words: Iterable<string>): Vocabulary {
  const set = new Set(words);
  const byLength = new Map<number, string[]>();
  for (const word of set) {
    if (/\d/.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { words: set, byLength, corrections: new Map() };
}

/** The vocabulary word a misspelt token most likely means, or null when none is close enough. */
export function correctToken(token: string, vocabulary: Vocabulary): string | null {
  if (vocabulary.words.has(token) || stopwords.has(token)) return token;
  // Short words are too easily mistaken for each other ("cost" is one edit from "host"), so they are not corrected.
  // Very long tokens are not typos of a name; skipping them bounds the work hostile input can cause.
  if (token.length < 5 || token.length > 24 || /\d/.test(token)) return null;
  const cached = vocabulary.corrections.get(token);
  if (cached !== undefined) return cached;
  const limit = token.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (let length = token.length - limit; length <= token.length + limit; length++) {
    for (const word of vocabulary.byLength.get(length) ?? []) {
      // A typo rarely hits the first letter (beyond swapping the first two); requiring it avoids false friends and
      // keeps the scan short.
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
  if (vocabulary.corrections.size < 5_000) vocabulary.corrections.set(token, best);
  return best;
}

/** A question broken into what the engine reasons over. */
export interface ParsedQuestion {
  /** The question as received, cleaned of control characters. */
  text: string;
  /** Canonical tokens after number rewriting, synonyms, stemming and fuzzy correction, in order. */
  tokens: string[];
  /** The same set, for membership tests. */
  tokenSet: Set<string>;
  /** Content tokens that matched nothing in the vocabulary (possible unknown subjects). */
  unknown: string[];
  /** Numbers in the question, in order. */
  numbers: number[];
  /** The first word, lower-cased (does, is, which, how, ...). */
  firstWord: string;
}

/** Parses a question into canonical tokens, numbers and unknown words against a vocabulary. */
export function parseQuestion(question: string, vocabulary: Vocabulary): ParsedQuestion {
  const text = normalizeQuestionText(question);
  const rewritten = rewriteNumbers(text);
  const tokens: string[] = [];
  const unknown: string[] = [];
  const numbers: number[] = [];
  let fuzzyBudget = MAX_FUZZY_TOKENS;
  for (const token of tokenizeText(rewritten)) {
    if (/^\d+$/.test(token)) {
      numbers.push(Number(token));
      tokens.push(token);
      continue;
    }
    const known = vocabulary.words.has(token) || stopwords.has(token) || vocabulary.corrections.has(token);
    if (!known) fuzzyBudget--;
    const corrected = known || fuzzyBudget >= 0 ? correctToken(token, vocabulary) : null;
    if (corrected === null) {
      if (!stopwords.has(token)) unknown.push(token);
      tokens.push(token);
    } else {
      tokens.push(corrected);
    }
  }
  const firstWord = (/^[\p{L}]+/u.exec(text.toLowerCase()) ?? [''])[0] ?? '';
  return { text, tokens, tokenSet: new Set(tokens), unknown, numbers, firstWord };
}
