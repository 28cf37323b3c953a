import { formatScope, formatVersionFloor } from '../../model/index.ts';
import type { RequirementScope, VersionFloor } from '../../../schemas/requirement.ts';
import { sizeUnits } from '../../../schemas/quantity.ts';
import { askVocabulary } from '../../../schemas/registries.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { isNegated } from '../judge-polarity.ts';
import { escapeRegExp, tokenizeText } from '../normalize-question.ts';
import { compareVersions, listVersionWords, readVersionNumbers, statesVersionOf } from '../read-versions.ts';
import type { Draft, IndexedFact } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const versionWords = canonical(askVocabulary.versionWords);
const linkWords = canonical(askVocabulary.versionLinkWords);
const generalWords = canonical(askVocabulary.generalTechnologyWords);
const troubleWords = canonical(askVocabulary.troubleWords);
/** Words by which a note on a version allows it ("13.x may still be used"). */
const allowanceWords = canonical(askVocabulary.allowanceCues);
/**
 * Words that make the question ask the opposite ("is 12 not supported?"), as written. Contractions ("can't I use 12?")
 * and the soft negations ask the plain question or another one, so they do not turn the verdict.
 */
const softNegations = new Set(askVocabulary.softNegations);
const negationWords = new Set(
  askVocabulary.negationWords.map((word) => word.toLowerCase()).filter((word) => !word.includes("'") && !softNegations.has(word)),
);
/** Words after a number that make it an amount ("Redis 6 GB", "PostgreSQL 2 replicas", "cluster 3 AZs"), not a version. */
const amountWords = new Set([
  ...canonical([
    ...askVocabulary.countNouns,
    ...Object.keys(askVocabulary.resourceWords),
    ...(askVocabulary.attributeCues.zones ?? []),
    ...(askVocabulary.attributeCues.regions ?? []),
  ]),
  ...sizeUnits.map((unit) => unit.toLowerCase()),
]);
/** Words before a release that make it a point in time ("since 3.0.0", "until 2.x"), not a version asked about. */
const timePointWords = new Set(['since', 'after', 'before', 'until', 'till', 'prior']);

/** Scopes that say what works: a version outside them is not supported. The others only name what was used or advised. */
const bindingScopes: ReadonlySet<RequirementScope> = new Set(['minimum', 'production', 'high-availability', 'reference']);

/** A version the question names after a technology: "Postgres 12", "OpenShift version 4.12", "CouchDB 3.2.1". */
export interface AskedVersion {
  /** Canonical token of the technology's name. */
  token: string;
  /** The name as the question writes it. */
  written: string;
  /** The version's numbers, "4.12" as [4, 12]. */
  numbers: number[];
  /** The version as written, without a leading "v". */
  text: string;
}

/**
 * The first technology name the question follows with a version number, or null. A number followed by a unit or a
 * count noun is an amount, not a version, and a name the product's own name comes before is a thing of the product's.
 */
export function findAskedVersion(
  text: string,
  isName: (token: string) => boolean,
  isProduct: (token: string) => boolean = () => false,
): AskedVersion | null {
  const words = text.split(/[\s,;:?!()]+/).filter(Boolean);
  for (let at = 0; at < words.length - 1; at++) {
    const word = words[at] ?? '';
    // A number is no technology's name, though a part's name may hold one ("3" of "Redis 3"); nor is a general word
    // ("per" of "two per site", before a rate's "per 120").
    const token = tokenizeText(word).find((t) => isName(t) && !/^\d/.test(t) && !generalWords.has(t));
    if (!token) continue;
    // "Acme Helm chart 3.x" is a release of the product's own chart, not of a technology it runs on.
    let before = at - 1;
    while (before >= 0 && tokenizeText(words[before] ?? '').some(isName)) before--;
    if (before >= 0 && tokenizeText(words[before] ?? '').some(isProduct)) continue;
    // "Since proxy 2.1, does X still bundle Y?": a release after a word of time dates the question, asking no support.
    if (before >= 0 && timePointWords.has((words[before] ?? '').toLowerCase())) continue;
    // "PostgreSQL version 13", and a linking word before the version ("our PostgreSQL is 12.17").
    let versionAt = at + 1;
    if (tokenizeText(words[versionAt] ?? '').some((t) => versionWords.has(t))) versionAt++;
    // After a linking word only a release written as one ("12.17", "v6") counts: "Kafka at 500 sign-ins" gives a load.
    const linked = (words[versionAt + 1] ?? '').replace(/\.$/, '');
    if (tokenizeText(words[versionAt] ?? '').some((t) => linkWords.has(t)) && readVersionNumbers(linked) && /^v|\d\.\d/i.test(linked))
      versionAt++;
    const written = (words[versionAt] ?? '').replace(/\.$/, '');
    const numbers = readVersionNumbers(written);
    // A bare number of four digits or more ("host:26379") is a port or a count, not a release.
    if (!numbers || (numbers.length === 1 && !/^v/i.test(written) && (numbers[0] ?? 0) >= 1000)) continue;
    const after = tokenizeText(words[versionAt + 1] ?? '');
    if (after.some((t) => amountWords.has(t)) && !namesOneCopy(words[versionAt + 1] ?? '', numbers)) continue;
    return { token, written: word, numbers, text: written.replace(/^v/i, '').replace(/\+$/, '') };
  }
  return findVersionNamedAfter(words, isName);
}

/** Most words between a technology's name and the "version N" that a later clause gives it. */
const VERSION_REACH = 5;

/**
 * "The cache our team runs is version 7": a number the word "version" introduces is a release, of the nearest name
 * before it within a few words, whatever the clause between them says.
 */
function findVersionNamedAfter(words: readonly string[], isName: (token: string) => boolean): AskedVersion | null {
  for (let at = 1; at < words.length - 1; at++) {
    if (!tokenizeText(words[at] ?? '').some((t) => versionWords.has(t))) continue;
    const written = (words[at + 1] ?? '').replace(/\.$/, '');
    const numbers = readVersionNumbers(written);
    if (!numbers || tokenizeText(words[at + 2] ?? '').some((t) => amountWords.has(t))) continue;
    for (let before = at - 1; before >= Math.max(0, at - VERSION_REACH); before--) {
      const word = words[before] ?? '';
      const token = tokenizeText(word).find((t) => isName(t) && !/^\d/.test(t) && !generalWords.has(t));
      // "Since proxy version 2.1" dates the question, as "since proxy 2.1" does.
      if (token && timePointWords.has((words[before - 1] ?? '').toLowerCase())) break;
      if (token) return { token, written: word.replace(/[.'’]s?$/, ''), numbers, text: written.replace(/^v/i, '').replace(/\+$/, '') };
    }
  }
  return null;
}

/**
 * Whether the word after a number names one copy of a thing, so the number is no count of it ("a PostgreSQL 15
 * instance"): a count noun in the singular after a number other than one.
 */
function namesOneCopy(word: string, numbers: readonly number[]): boolean {
  const written = word.toLowerCase().replace(/[^\p{L}]+$/u, '');
  return !(numbers.length === 1 && numbers[0] === 1) && singularCountNouns.has(written);
}

/** Count nouns as written in the singular ("instance", "node"). */
const singularCountNouns = new Set(askVocabulary.countNouns.filter((noun) => noun.length > 1 && !noun.endsWith('s')));

/** Whether a version lies in a stated range. */
export function isWithinVersions(asked: readonly number[], range: VersionFloor): boolean {
  return (
    (range.min === undefined || compareVersions(asked, range.min) >= 0) &&
    (range.max === undefined || compareVersions(asked, range.max) <= 0)
  );
}

/** One stated range of the asked technology, with the scope of its figures and the facts that show it. */
interface StatedRange {
  range: VersionFloor;
  scope: RequirementScope;
  within: boolean;
  facts: IndexedFact[];
}

/** The ranges one variant states for the asked technology: those whose product names fewest other words win. */
function listStatedRanges(context: AnswerContext, architectureId: string, variantId: string, asked: AskedVersion): StatedRange[] {
  const entry = findIndexed(context, architectureId);
  if (!entry) return [];
  const facts = context.index.factsByArchitecture.get(architectureId) ?? [];
  const question = new Set(context.reading.tokens);
  const found = findResolved(entry, variantId).components.flatMap((component) =>
    (component.requirements ?? []).flatMap((requirement) =>
      (requirement.versions ?? [])
        .filter((range) => tokenizeText(range.product).includes(asked.token))
        .map((range) => {
          const written = formatVersionFloor(range);
          const shown = facts.filter(
            (fact) =>
              fact.component === component.id &&
              fact.attribute === 'requirement' &&
              fact.variants.includes(variantId) &&
              fact.text.includes(written),
          );
          // "Apache CouchDB Helm chart" also holds "CouchDB": a product with words the question does not use ranks lower.
          const extra = tokenizeText(range.product).filter((t) => t !== asked.token && !question.has(t)).length;
          return { range, scope: requirement.scope, within: isWithinVersions(asked.numbers, range), facts: shown, extra };
        }),
    ),
  );
  const fewest = Math.min(...found.map((stated) => stated.extra));
  return found.filter((stated) => stated.extra === fewest).map(({ extra: _extra, ...stated }) => stated);
}

/** Why a version answer holds: each stated range with its scope, "PostgreSQL 13+ (for production)". */
function describeRanges(ranges: readonly StatedRange[]): string {
  const described = ranges.map(({ range, scope }) => `${formatVersionFloor({ ...range, note: undefined })} (${formatScope(scope)})`);
  return [...new Set(described)].join('; ');
}

/** Whether a text speaks of versions: the word, or a number written as one ("16.x", "13+", "3.2.1"). */
function speaksOfVersions(fact: IndexedFact): boolean {
  return (
    fact.tokens.some((token) => versionWords.has(token)) ||
    /\b\d+(?:\.\d+)*(?:\.x\b|\+)|\b\d+\.\d+\.\d+\b|\bor (?:later|newer|higher)\b/i.test(fact.text)
  );
}

/** Whether a range's note names the asked version ("13.x may still be used"). */
function notesVersion(range: VersionFloor, asked: AskedVersion): boolean {
  return listVersionWords(range.note ?? '').some(
    ({ word, numbers }) => compareVersions(asked.numbers, word) === 0 && numbers[0] === asked.numbers[0],
  );
}

/** A floor a note sets on a version of another thing: "18 needs Frob version 4.11.0 or newer". */
const noteFloor = /(\p{L}[\p{L}\d-]*)\s+(?:version\s+)?v?(\d+(?:\.\d+)*)\s+or\s+(?:newer|later|higher)\b/giu;

/**
 * The floor a note sets on another thing that the question runs below ("we're still on Frob v4.9" against "needs Frob
 * version 4.11.0 or newer"): that thing's name as the note writes it, the floor and the version the question gives.
 */
function findUnmetFloor(note: string, question: string): { name: string; floor: string; given: string } | null {
  for (const [, name = '', floor = ''] of note.matchAll(noteFloor)) {
    const escaped = escapeRegExp(name);
    for (const [, given = ''] of question.matchAll(new RegExp(`\\b${escaped}\\s+(?:version\\s+)?(v?\\d+(?:\\.\\d+)*)\\b`, 'giu'))) {
      const numbers = readVersionNumbers(given);
      if (numbers && compareVersions(numbers, floor) < 0) return { name, floor, given };
    }
  }
  return null;
}

/** The answer for one architecture, or null when the question's technology is not part of it. */
function answerFor(context: AnswerContext, architectureId: string, asked: AskedVersion, negated: boolean): Draft | null {
  const entry = findIndexed(context, architectureId);
  if (!entry) return null;
  // A variant the question names, else the first one that states a range for the technology ("OpenShift" in one layout).
  const named = context.reading.variants.get(architectureId);
  const tried = named ? [named] : [chooseVariant(context, architectureId), ...entry.architecture.variants.map((v) => v.id)];
  const variantId = tried.find((id) => listStatedRanges(context, architectureId, id, asked).length > 0) ?? tried[0] ?? '';
  const label = labelVariant(context, architectureId, variantId);
  const asking = `${asked.written} ${asked.text}`;
  const ranges = listStatedRanges(context, architectureId, variantId, asked);
  const facts = context.index.factsByArchitecture.get(architectureId) ?? [];
  // A conflict between sources on this technology's versions is shown whatever the verdict, never settled silently.
  const conflicts = facts.filter(
    (fact) =>
      fact.attribute === 'conflict' &&
      fact.variants.includes(variantId) &&
      statesVersionOf(fact.text, asked.token) &&
      speaksOfVersions(fact),
  );
  // A rule against a version of it ("Compose v1 is not supported") is the yes/no answerer's to read, whichever is asked;
  // the rule's own words must name it, not only the part's name it sits under ("the orchestrator rules out Compose v1").
  const ruledOut = facts.some(
    (fact) =>
      fact.attribute === 'incompatibility' && tokenizeText(fact.text).includes(asked.token) && listVersionWords(fact.text).length > 0,
  );
  if (ruledOut) return null;
  if (ranges.length === 0) {
    const holders = [...entry.components].filter(([, component]) => component.tokens.has(asked.token)).map(([id]) => id);
    if (holders.length === 0) return null;
    // What the sources say about versions of it instead, such as a note that they name none.
    const said = facts.filter(
      (fact) =>
        fact.variants.includes(variantId) &&
        speaksOfVersions(fact) &&
        (fact.tokens.includes(asked.token) || (fact.component !== null && holders.includes(fact.component))),
    );
    return {
      kind: 'yes-no',
      text: null,
      declined: `The vendor documents archkb holds for ${named ? label : entry.architecture.product} state no ${asked.written} version.`,
      facts: [...said, ...conflicts].slice(0, 3),
      coverage: 0.8,
      strength: 0.8,
    };
  }
  // "Does X recommend PostgreSQL 13?" asks of the version the vendor recommends, not of what it still allows.
  const recommended = context.reading.scopes.includes('recommended') ? ranges.filter((stated) => stated.scope === 'recommended') : [];
  const advised = recommended.every((stated) => stated.within) ? true : recommended.every((stated) => !stated.within) ? false : null;
  if (recommended.length > 0 && advised !== null) {
    const cites = [...new Set([...recommended.flatMap((stated) => stated.facts), ...conflicts])];
    const said = recommended.filter((stated) => notesVersion(stated.range, asked)).map((stated) => stated.range.note);
    const noted = said.length > 0 ? ` Of ${asked.text} the sources say: ${[...new Set(said)].join('; ')}.` : '';
    return {
      kind: 'yes-no',
      text: `${advised !== negated ? 'Yes' : 'No'}: the sources recommend ${[...new Set(recommended.map(({ range }) => formatVersionFloor({ ...range, note: undefined })))].join('; ')}, which ${asking} is${advised ? '' : ' not'}.${noted} ${label}: ${cites.map(writeFact).join(' ')}`.trim(),
      facts: cites,
      coverage: 0.9,
      strength: 0.9,
    };
  }
  const binding = ranges.filter((stated) => bindingScopes.has(stated.scope));
  const judged = binding.length > 0 ? binding : ranges;
  const cited = [...new Set([...judged.flatMap((stated) => stated.facts), ...conflicts])];
  const ranged = describeRanges(judged);
  const within = judged.every((stated) => stated.within);
  const outside = judged.every((stated) => !stated.within);
  // A note on a range that names the asked version ("13.x may still be used") is said with the verdict.
  const noted = judged.filter((stated) => notesVersion(stated.range, asked)).map((stated) => stated.range.note);
  const aside = noted.length > 0 ? ` Of ${asked.text} the sources say: ${[...new Set(noted)].join('; ')}.` : '';
  // Outside every range but named in a note ("13.x may still be used"): the note's words decide, which the yes/no answerer
  // reads; asked whether it is a problem, a yes from the note would mean trouble, so the note answers with no verdict.
  if (outside && noted.length > 0) {
    const troubleAsked = context.reading.tokens.some((token) => troubleWords.has(token));
    // A note that allows the version ("13.x may still be used") answers yes to whether it can be kept, with the range.
    const allowing = noted.filter(
      (note) => note !== undefined && !isNegated(note) && tokenizeText(note).some((t) => allowanceWords.has(t)),
    );
    if (!troubleAsked && allowing.length === noted.length)
      return {
        kind: 'yes-no',
        text: `${negated ? 'No' : 'Yes'}, though ${asking} is outside what the sources state, ${ranged}.${aside} ${label}: ${cited.map(writeFact).join(' ')}`.trim(),
        facts: cited,
        coverage: 0.85,
        strength: 0.85,
      };
    if (!troubleAsked) return null;
    return {
      kind: 'yes-no',
      text: `${asking} is outside what the sources state, ${ranged}.${aside} ${label}: ${cited.map(writeFact).join(' ')}`.trim(),
      facts: cited,
      coverage: 0.9,
      strength: 0.9,
    };
  }
  // "18 needs X 4.11 or newer" of the asked version, while the question runs X at a version below that: not as asked.
  const held = within ? noted.flatMap((note) => findUnmetFloor(note ?? '', context.reading.text) ?? []) : [];
  // "Is that a problem?" asks the opposite of "is that fine?": a version outside the range, or a floor not met, is the problem.
  const troubled = context.reading.tokens.some((token) => troubleWords.has(token));
  let lead: string;
  if (held[0]) {
    const { name, floor, given } = held[0];
    lead = `${negated !== troubled ? 'Yes' : 'No'}: ${asking} is within what the sources state, ${ranged}, but only with ${name} ${floor} or newer, which ${name} ${given} is not.`;
  } else if (!within && !outside) lead = `The sources disagree on ${asking}: they state ${ranged}.`;
  else if (binding.length === 0 && outside) lead = `Not stated as supported: the sources name ${ranged}, which ${asking} is not.`;
  else
    lead = `${(within !== negated) !== troubled ? 'Yes' : 'No'}: ${asking} is ${within ? 'within' : 'outside'} what the sources state, ${ranged}.`;
  lead += aside;
  return {
    kind: 'yes-no',
    text: `${lead} ${label}: ${cited.map(writeFact).join(' ')}`.trim(),
    facts: cited,
    coverage: 0.9,
    strength: 0.9,
  };
}

/**
 * "Does X support PostgreSQL 12?", "Is OpenShift 4.12 not supported?": the version the question names against the
 * ranges the model states for that technology, with any conflict between sources shown. A technology of the product
 * with no stated version declines, naming it. Null when the question names no version of a technology in scope.
 */
export function answerVersionSupport(context: AnswerContext): Draft | null {
  // A technology of a part, not the product itself: "Acme 3.0" is a release of the product, not of a part it runs on.
  const isName = (token: string) =>
    context.scope.some((id) => {
      const entry = findIndexed(context, id);
      return !entry?.nameTokens.has(token) && [...(entry?.components.values() ?? [])].some((component) => component.tokens.has(token));
    });
  const isProduct = (token: string) => context.scope.some((id) => findIndexed(context, id)?.nameTokens.has(token) ?? false);
  const asked = findAskedVersion(context.reading.text, isName, isProduct);
  if (!asked) return null;
  const negated = context.reading.text
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((word) => negationWords.has(word));
  const drafts = context.scope.flatMap((id) => answerFor(context, id, asked, negated) ?? []);
  if (drafts.length <= 1) return drafts[0] ?? null;
  // Each product gets its sentence; one whose sources state no version says so beside the others' answers.
  const answered = drafts.some((draft) => draft.text !== null);
  return {
    kind: 'yes-no',
    text: answered ? drafts.map((draft) => draft.text ?? draft.declined).join(' ') : null,
    declined: drafts.map((draft) => draft.declined).find(Boolean) ?? 'The sources state no version of it.',
    facts: drafts.flatMap((draft) => draft.facts),
    coverage: 0.9,
    strength: 0.9,
  };
}

/** A stated upgrade floor: "installations older than v2.23 must upgrade to it before …", with the floor's version. */
const upgradeFloor = /\b(?:older|earlier|lower)\s+than\s+v?(\d+(?:\.\d+)+)(?:[^.;]|\.(?=\S))*\bmust\b/i;

/**
 * "We're on v2.19 — can we go straight to the latest?": a version the question names below a floor a fact says must be
 * passed through first is answered no with that fact; null when no such fact leads or the version is not below it.
 */
export function answerUpgradeFloor(context: AnswerContext): Draft | null {
  // A version is written with a "v" or a dot ("v2", "2.19"); a bare number is a count ("2 tasks").
  const asked = listVersionWords(context.reading.text).filter(({ word, numbers }) => /^v/i.test(word) || numbers.length > 1);
  if (asked.length === 0) return null;
  for (const { fact } of context.ranked().slice(0, 3)) {
    const floor = upgradeFloor.exec(fact.text)?.[1];
    if (floor && asked.some(({ numbers }) => compareVersions(numbers, floor) < 0)) {
      const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
      return { kind: 'yes-no', text: `No. ${label}: ${writeFact(fact)}`, facts: [fact], coverage: 0.9, strength: 0.9 };
    }
  }
  return null;
}
