import { askVocabulary, findRole, formatNecessity, joinWords, listGroupAncestry, type ResolvedComponent } from '../../model/index.ts';
import { findEffectiveNecessity } from '../../sizing/index.ts';
import { readLoads } from '../compute/read-loads.ts';
import { findAskingText, findMainClause, listAttributeCues, writesVariantName } from '../read-question.ts';
import {
  chooseVariant,
  findComponentMatches,
  findIndexed,
  factsOf,
  findRequiredInstead,
  findResolved,
  labelVariant,
  trimStop,
  writeFact,
  type AnswerContext,
  type ComponentMatch,
} from '../answer-context.ts';
import { listDriverWords } from '../find-absences.ts';
import {
  isQuestionNegated,
  judgeClaimedFigure,
  offersClaim,
  judgeCondition,
  judgePolarity,
  statesAskedSide,
  namesException,
  pickClause,
  readAskingTokens,
  readRuledOut,
  type ConditionMatch,
} from '../judge-polarity.ts';
import { countWordValues, dropAsides, listNameHeadWords, stopwords, tokenizeText } from '../normalize-question.ts';
import { listQueryTokens, scoreFact } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';
import { listOfferedResources } from '../compute/judge-offered-fit.ts';
import { answerCompute } from './compute.ts';
import { answerConnection } from './connection.ts';
import { answerLookup } from './lookup.ts';
import { listVersionWords, readVersionMentions } from '../read-versions.ts';
import { describeOutage } from './outage.ts';
import { answerPlacement } from './placement.ts';
import { answerVariantNecessity, answerVariantSupport } from './variant-support.ts';
import { answerVendorDependency, answerVendorRun } from './vendor-run.ts';
import { answerZoneCount } from './zone-count.ts';
import { answerUpgradeFloor, answerVersionSupport } from './version-support.ts';
import { answerCrossedBound, answerExceededLimit, answerStatedLimit } from './stated-limit.ts';

/** How close to the lead's score another subject's fact must rank to decide a yes/no that no clear rule decides. */
const LEVEL_SCORE = 0.95;

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const survivalWords = canonical(askVocabulary.outageCues.survival);
const outageWords = canonical(askVocabulary.outageCues.outage);
const sceneWords = canonical([
  ...askVocabulary.settingWords,
  ...askVocabulary.likenessWords,
  ...askVocabulary.preparationWords,
  ...askVocabulary.acquiringWords,
  ...askVocabulary.continuationWords,
]);
const exclusiveWords = canonical(askVocabulary.exclusiveCues);
const generalWords = canonical([...askVocabulary.generalTechnologyWords, ...askVocabulary.genericNameWords, ...askVocabulary.settingWords]);
const countWords = canonical(askVocabulary.countNouns);
const linkWords = new Set(listAttributeCues('connection'));
const askingWords = canonical(
  askVocabulary.positiveNecessityCues.filter((word) => !/^(?:part|use|uses|include|always|hard|strictly)$/.test(word)),
);
const partWords = canonical(askVocabulary.genericNameWords.filter((word) => !/^(?:cluster|nodes?|layer)$/.test(word)));
const necessityWords = canonical([...askVocabulary.positiveNecessityCues, ...askVocabulary.negativeNecessityCues]);
// "If I never turn it on": a word of denial says how the situation stands, not something more asked of the part.
const denialWords = canonical(askVocabulary.necessityNegators);
const distinctPartWords = canonical(askVocabulary.distinctPartWords);
const levelWords = canonical(askVocabulary.necessityLevelWords);
const levelPattern = [...askVocabulary.necessityLevelWords, ...askVocabulary.adviceLevelWords].join('|');
/** Two levels of need offered as the choice ("optional or recommended"). */
const levelChoice = new RegExp(`\\b(?:${levelPattern})\\s+or\\s+(?:${levelPattern})\\b`, 'i');

/** Whether a question offers two levels of need to choose from, so it asks for the level rather than a yes or no. */
function offersLevelChoice(text: string): boolean {
  return levelChoice.test(text);
}
/** Words asking whether one thing needs another ("depend on", "rely on") as well as the necessity cues. */
const adviceWords = canonical(askVocabulary.adviceCues.advice);
const strictWords = canonical(askVocabulary.adviceCues.strict);
const needingWords = new Set([...necessityWords, ...canonical(askVocabulary.outcomeCues.dependence)]);

/** A question that opens with the situation it asks about ("If I turn X off, …"). */
const conditionalOpening = /^\s*(?:if|when|once|suppose|say)\b/i;
/** A fact that states what happens in some situation ("when turned off, the apps service runs them"). */
const conditionalFact = /\b(?:when|if|once|unless|without)\b/i;
/** A reason given at the end of a question ("can we skip X since Y bundles one?"); in a claim stated to be checked it is claimed. */
const givenReason = new RegExp(
  `(?<=\\S\\s+)\\b(?:${askVocabulary.reasonOpeners.map((cue) => cue.replace(/\s+/g, '\\s+')).join('|')})\\b[^?.!;,]*(?=\\?\\s*$)`,
  'gi',
);

/**
 * For "If I do X, does Y happen?": a fact close to the best in relevance that states what happens in some situation,
 * which the facts shown (often settings of X) leave out. Undefined for other questions or when there is none.
 */
function findConsequence(context: AnswerContext, shown: readonly IndexedFact[]): IndexedFact | undefined {
  if (!conditionalOpening.test(context.reading.text)) return undefined;
  const ranked = context.ranked();
  const best = ranked[0]?.score ?? 0;
  return ranked.slice(0, 6).find(({ fact, score }) => score >= best * 0.6 && !shown.includes(fact) && conditionalFact.test(fact.text))
    ?.fact;
}

/**
 * A requirement or warning of the deciding fact's part, ranked close to the best, that the facts shown leave out and that
 * gives the same verdict: the rule behind the answer. Undefined when there is none.
 */
function findAgreeingRule(
  context: AnswerContext,
  best: IndexedFact,
  verdict: 'Yes' | 'No',
  shown: readonly IndexedFact[],
): IndexedFact | undefined {
  const ranked = context.ranked();
  const top = ranked[0]?.score ?? 0;
  const { reading } = context;
  return ranked
    .slice(0, 3)
    .find(
      ({ fact, score }) =>
        score >= top * 0.6 &&
        !shown.includes(fact) &&
        fact !== best &&
        fact.attribute === 'note' &&
        (fact.kind === 'requirement' || fact.kind === 'warning') &&
        fact.architecture === best.architecture &&
        fact.component !== undefined &&
        fact.component === best.component &&
        judgePolarity(reading.text, reading.tokens, fact).verdict === verdict,
    )?.fact;
}

/** Articles and possessives, which stand between a kind and its modifier ("the official image"). */
const determinerTokens = new Set(askVocabulary.determinerWords.flatMap((word) => tokenizeText(word)));

/** The evidence a rule ruling out what a question names gives, as coverage and strength. */
const RULED_OUT_EVIDENCE = 0.7;

/**
 * Whether a question names every word of what an incompatibility rules out ("Not supported: arm64."). Of a rule with an
 * exception ("X images other than its own"), the question must name an X of another kind: a word right before the X
 * that is neither the exception's nor the product's ("the official X image").
 */
function namesRuledOut(context: AnswerContext, fact: IndexedFact): boolean {
  const asked = context.reading.tokens;
  // Stryker disable next-line StringLiteral: only incompatibility facts come here, each written "Not supported: X.", so there is always a kind.
  const { kind = '', exception } = readRuledOut(fact.text) ?? {};
  const contentOf = (text: string) => tokenizeText(text).filter((token) => !stopwords.has(token));
  // What the parentheses add ("Compose V1 (the old CLI)") is another name for it, not more to match.
  const words = contentOf(dropAsides(kind));
  // "V1" is matched by any 1.x release the question names ("docker-compose 1.29.2").
  const majors = new Set(
    listVersionWords(context.reading.text.replace(/[?!]/g, ' '))
      .filter(({ word, numbers }) => /^v/i.test(word) || numbers.length > 1)
      .map(({ numbers }) => numbers[0]),
  );
  const matches = (token: string) => asked.includes(token) || (/^v\d+$/.test(token) && majors.has(Number(token.slice(1))));
  if (words.length === 0 || !words.every(matches)) return false;
  if (exception === undefined) return true;
  // Stryker disable next-line OptionalChaining: the fact's product is in the index the context was built from.
  const product = findIndexed(context, fact.architecture)?.nameTokens ?? new Set<string>();
  // A question naming the exception ("its own image") asks about what the rule allows.
  if (namesException(exception, new Set(asked), product)) return false;
  const excepted = new Set([...tokenizeText(exception), ...product]);
  // Stryker disable next-line StringLiteral: words is not empty here (checked above), so the fallback is never used.
  // The kind's modifier stands right before it, past an article only: "run with a ledger image" gives it none.
  const before = asked.slice(0, asked.indexOf(words[0] ?? '')).filter((token) => !determinerTokens.has(token));
  const modifier = before[before.length - 1];
  return modifier !== undefined && !stopwords.has(modifier) && !excepted.has(modifier) && !words.includes(modifier);
}

/** A name with its version as the question writes it ("PostgreSQL 13"), found by the name's token and the number. */
function writeMention(text: string, { token, number }: { token: string; number: number }): string {
  const written = [...text.matchAll(/(\p{L}[\p{L}\d-]*)(\W{0,2}v?)(\d+(?:\.\d+)?)\b/giu)].find(
    (match) => tokenizeText(match[1] ?? '').at(-1) === token && Number(match[3]) === number,
  );
  return written ? written[0] : `${token} ${number}`;
}

/**
 * "Is PostgreSQL 13 fine?" led by a rule against another version of it ("Not supported: PostgreSQL 12") is not ruled
 * out: a yes when the rule's own words name the asked major as the one to use ("Compose v2 is"), else unstated.
 * Null when the lead is no such rule.
 */
function answerOtherVersionRule(context: AnswerContext, lookup: Draft): Draft | null {
  const [lead] = lookup.facts;
  const kind = lead?.attribute === 'incompatibility' ? readRuledOut(lead.text)?.kind : undefined;
  if (!lead || kind === undefined) return null;
  const ruled = readVersionMentions(kind);
  const asked = readVersionMentions(context.reading.text).filter(({ token }) => ruled.some((mention) => mention.token === token));
  const major = (number: number) => Math.trunc(number);
  const sameMajor = (mentions: readonly { token: string; number: number }[], { token, number }: { token: string; number: number }) =>
    mentions.some((mention) => mention.token === token && major(mention.number) === major(number));
  const other = asked.find((mention) => !sameMajor(ruled, mention));
  if (!other || asked.some((mention) => sameMajor(ruled, mention))) return null;
  if (sameMajor(readVersionMentions(lead.text.slice(lead.text.indexOf(kind) + kind.length)), other))
    return { ...lookup, kind: 'yes-no', text: `${isQuestionNegated(context.reading.text) ? 'No' : 'Yes'}. ${lookup.text}`, guessed: false };
  // Stryker disable next-line OptionalChaining: the lead fact's product is in the index the context was built from.
  const product = findIndexed(context, lead.architecture)?.architecture.product ?? lead.architecture;
  return {
    ...lookup,
    kind: 'yes-no',
    text: null,
    declined: `The vendor documents archkb holds for ${product} state nothing of ${writeMention(context.reading.text, other)}; they rule out only ${kind}.`,
    facts: [lead],
  };
}

/**
 * "Yes" or "No" for a necessity level, given whether the question asks about needing it or about doing without it, and,
 * for a conditional component, whether the situation the question describes meets the condition.
 */
function judgeNecessity(
  component: ResolvedComponent,
  askedOptional: boolean,
  condition: ConditionMatch,
  // Stryker disable next-line BooleanLiteral: the one caller always passes whether the level is asked by name, so the default is never used.
  askedConditional = false,
  // Stryker disable next-line BooleanLiteral: the one caller always passes whether the vendor's advice is asked, so the default is never used.
  askedAdvice = false,
  // Stryker disable next-line BooleanLiteral: the one caller always passes whether "always" is claimed, so the default is never used.
  askedAlways = false,
): { verdict: string; sure: boolean } {
  const level = component.necessity.level;
  const stated = component.necessity.condition ? trimStop(component.necessity.condition) : '';
  // "needed when …" reads well; a condition that names its own level ("recommended for …") goes without "needed".
  const needed = /^(?:recommended|required|needed|necessary|mandatory)\b/i.test(stated) ? '' : 'needed ';
  const when = stated ? ` (${stated})` : '';
  // "Is X conditional?" asks for the level itself, not whether X is needed.
  if (askedConditional)
    return level === 'conditional'
      ? { verdict: `Yes: it is ${needed}${stated || 'under a condition'}`, sure: true }
      : { verdict: `No: it is ${formatNecessity(level).toLowerCase()}${when}`, sure: true };
  switch (level) {
    case 'required':
      return { verdict: askedOptional ? `No: it is required${when}` : `Yes: it is required${when}`, sure: true };
    case 'optional':
      // "Is X needed for search?" of a part optional but "only needed for search": needed for what the question names.
      if (!askedOptional && !askedAlways && condition === 'holds' && !/^\s*(?:not\s+(?:needed|required)|unless)\b/i.test(stated))
        return { verdict: `Yes, for that: it is optional${when}`, sure: true };
      return { verdict: askedOptional ? `Yes: it is optional${when}` : `No: it is optional${when}`, sure: true };
    case 'conditional':
      // "Not needed when …" states when it can go: the situation meeting it means the opposite of a "needed when".
      if (/^\s*(?:not\s+(?:needed|required)|unless)\b/i.test(stated)) {
        if (condition === 'holds')
          return { verdict: askedOptional ? `Yes, in that case: it is ${stated}` : `No, in that case: it is ${stated}`, sure: true };
        if (condition === 'fails') return { verdict: `${askedOptional ? 'No' : 'Yes'}: it is ${stated}`, sure: false };
        return { verdict: askedOptional ? `Yes, if this applies: it is ${stated}` : `Only conditionally: it is ${stated}`, sure: false };
      }
      // "Must it always be there?" is denied by its condition; a situation meeting it ("with several instances") still
      // gets no plain yes, as the claim is "always".
      if (askedAlways && !askedOptional)
        return condition === 'holds'
          ? { verdict: `Only in that case: it is ${needed}${stated}`, sure: true }
          : { verdict: `No: it is ${needed}${/^only\b/i.test(stated) ? '' : 'only '}${stated}`, sure: true };
      // A condition only holds or fails on a word it states, so here it is never empty.
      if (condition === 'holds') return { verdict: `${askedOptional ? 'No' : 'Yes'}, in that case: it is ${needed}${stated}`, sure: true };
      // A condition that says "only" itself ("only for a single instance") is not given a second one.
      if (condition === 'fails')
        return {
          verdict: `${askedOptional ? 'Yes' : 'No'}: it is ${needed}${/^only\b/i.test(stated) ? '' : 'only '}${stated}`,
          sure: true,
        };
      return {
        verdict: askedOptional
          ? `Yes, unless this applies: ${stated || 'its condition'}`
          : `No, only conditionally: it is ${needed}${stated || 'under a condition'}`,
        sure: false,
      };
    case 'recommended':
      // "Should we add X?" and "is X recommended?" ask for the advice, which a recommended part meets.
      if (askedAdvice && !askedOptional) return { verdict: 'Yes: the vendor recommends it', sure: true };
      return {
        verdict: askedOptional
          ? 'Yes, though the vendor recommends it'
          : 'No, not strictly: the vendor recommends it rather than requiring it',
        sure: false,
      };
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/**
 * The one example a question names a part by ("MinIO" of an object store whose examples are MinIO and Amazon S3), when
 * the part has several and the question's words for it are that example's only; null otherwise.
 */
function findNamedChoice(component: ResolvedComponent, hits: readonly string[]): string | null {
  const examples = component.examples ?? [];
  if (examples.length < 2 || hits.length === 0) return null;
  const roleWords = new Set(tokenizeText(findRole(component.role).label));
  if (hits.some((token) => roleWords.has(token))) return null;
  const named = examples.filter((example) => hits.every((token) => tokenizeText(example).includes(token)));
  return named.length === 1 ? (named[0] ?? null) : null;
}

const statelessTokens = new Set(askVocabulary.statelessCues.flatMap((word) => tokenizeText(word)));
// Only "stateful" itself says a fact speaks of state: "keeps its state in X" is about X.
const statefulTokens = new Set(askVocabulary.statefulCues.flatMap((word) => tokenizeText(word)));

/**
 * "Is X stateful?" of a part no fact calls stateful or stateless: the vendors rarely say, so the answer is archkb's
 * reading of the part's role (a role that keeps data holds state), and "not stated" for any other role, which may still
 * keep data under another name. Null when the question asks nothing of state or a fact speaks of it.
 */
function judgeState(context: AnswerContext, component: ResolvedComponent, facts: readonly IndexedFact[], label: string): Draft | null {
  const asksStateless = context.reading.tokens.some((token) => statelessTokens.has(token));
  if (!asksStateless && !context.reading.tokens.some((token) => statefulTokens.has(token))) return null;
  // A product whose facts speak of state anywhere ("the binary is stateless") answers from them, whichever part matched.
  const own = context.index.factsByArchitecture.get(facts[0]?.architecture ?? '') ?? facts;
  if (own.some((fact) => fact.tokens.some((token) => statefulTokens.has(token) || statelessTokens.has(token)))) return null;
  const role = findRole(component.role);
  const purpose = facts.filter((fact) => fact.attribute === 'purpose').slice(0, 1);
  const keepsData = role.category === 'data';
  const verdict = keepsData
    ? `${asksStateless ? 'No' : 'Yes'}, by archkb's reading of its role: in ${label}, ${component.name} is a ${role.label.toLowerCase()}, a part whose role keeps data, so it holds state; the sources do not say so in words.`
    : `Not stated: the sources do not say whether ${component.name} in ${label} holds state; its role (${role.label.toLowerCase()}) is not one archkb reads as keeping data, though it may keep some under another name.`;
  return {
    kind: 'yes-no',
    text: [verdict, ...purpose.map(writeFact)].join(' '),
    facts: purpose,
    coverage: 0.8,
    strength: keepsData ? 0.75 : 0.6,
  };
}

/** What a move leaves behind: "from T to U", "moving off T". */
const leftBehind =
  /\bfrom\s+(?:the\s+)?(\p{L}[\p{L}\d.+-]*)\s+(?:to|onto)\b|\b(?:mov|migrat|switch)\w*\s+(?:\p{L}+\s+)?off\s+(?:the\s+)?(\p{L}[\p{L}\d.+-]*)/giu;

/** What a part is for ("… for licence management"): the aim of a claimed part, not a part claimed itself. */
const servedAim = /\bfor\s+(?:(?:the|a|an|its|their)\s+)?(\p{L}[\p{L}\d-]*(?:\s+\p{L}[\p{L}\d-]*)?)\s*(?:[?,.;]|$)/giu;

/** Words of a release in an upgrade ("the next release"), which name no part when written alone. */
const releaseAgeTokens = new Set(askVocabulary.releaseAgeWords.flatMap((word) => tokenizeText(word)));

/**
 * The words of a text, as written, that hold a token: a full stop ending a sentence is no part of a word ("uses Kafka.
 * Does B …"); one inside it is ("Node.js").
 */
function listWrittenWords(text: string, token: string): string[] {
  return text
    .split(/[^\p{L}\p{N}.+-]+/u)
    .map((word) => word.replace(/\.+$/, ''))
    .filter((word) => tokenizeText(word).includes(token));
}

/**
 * "Does X need Kafka?" when the one product asked about has no fact holding a technology other products build on: no,
 * its sources list no such component. The same when its only mention of it rules it out ("Not supported: Kafka
 * alongside the built-in queue") and none of its components is it: no, with what its sources say of it. Null when the
 * question names no such technology.
 */
function answerAbsentTechnology(context: AnswerContext): Draft | null {
  const [id] = context.scope;
  const entry = id ? context.index.byId.get(id) : undefined;
  // "Sales told us X runs on T. True?" offers T as a part of X as much as "does X need T?" asks for it.
  const claims = context.reading.yesNo && offersClaim(context.reading.tokens);
  if (context.scope.length !== 1 || !id || !entry || !(claims || context.reading.tokens.some((t) => needingWords.has(t)))) return null;
  // "Depends on any service …" is too loose to say a word it never uses is a component it lacks; a rule against one is not.
  const asksNeed = claims || context.reading.tokens.some((t) => necessityWords.has(t));
  const facts = context.index.factsByArchitecture.get(id) ?? [];
  const held = new Set(facts.flatMap((fact) => [...fact.tokens, ...fact.subjectTokens]));
  const components = [...entry.components.values()];
  const ruledOut = (token: string) =>
    !components.some((component) => component.tokens.has(token)) &&
    facts.some((fact) => fact.attribute === 'incompatibility' && fact.tokens.includes(token));
  // "Constraint: the platform team offers only X. Can Y use it?": a word only the sentences before the question use is no part asked.
  const asking = new Set(tokenizeText(findAskingText(context.reading.text)));
  // "(a StatefulSet with a PVC)" glosses the words before it: a word written only inside brackets offers no part.
  const outsideBrackets = new Set(tokenizeText(dropAsides(context.reading.text)));
  const leftWords = new Set([...context.reading.text.matchAll(leftBehind)].flatMap((match) => tokenizeText(match[1] ?? match[2] ?? '')));
  // A word the question also writes outside the aim ("Next.X for the next release") is still claimed there.
  const outsideAims = new Set(tokenizeText(context.reading.text.replace(servedAim, ' ')));
  const aimWords = new Set(
    [...context.reading.text.matchAll(servedAim)]
      .flatMap((match) => tokenizeText(match[1] ?? ''))
      .filter((token) => !outsideAims.has(token)),
  );
  const missing = listQueryTokens(context.index, context.reading).filter(
    (token) =>
      ((!held.has(token) && asksNeed) || ruledOut(token)) &&
      asking.has(token) &&
      !generalWords.has(token) &&
      // "X connects to Y, right?": a word of linking asks about a connection, not for a part.
      !linkWords.has(token) &&
      outsideBrackets.has(token) &&
      // "If our cloud rules out X, does Y serve?": what the condition names sets the situation; Y is what is asked.
      !context.reading.conditioned.includes(token) &&
      // "Our backend checks the login cookies. Can we skip X?": what the scene-setting sentences name is the situation.
      !context.reading.scene.includes(token) &&
      // "True?" and "right?" check the claim; a part named after such a word is no part the claim offers.
      !offersClaim([token]) &&
      // "A replica set", "more pods" count copies of a part; no component is named by a count noun alone.
      !countWords.has(token) &&
      // "Switching from T to U" leaves T: the claim is about the move, not that the product needs T.
      !leftWords.has(token) &&
      // "X needs T for licence management": what T is for is no part the claim offers.
      !aimWords.has(token) &&
      // "The next release" is a release in an upgrade; only a name written with it ("Next.js") names a part.
      !(releaseAgeTokens.has(token) && listWrittenWords(context.reading.text, token).every((word) => tokenizeText(word).length === 1)) &&
      (context.index.componentOwners.get(token)?.length ?? 0) > 0,
  );
  // A claim may name a technology nothing in archkb places ("Sales says it drives T too"), which the product never mentions either.
  const unplaced = claims
    ? [...context.reading.unknownNames, ...context.reading.unmentionedNames].find((name) =>
        tokenizeText(name).every((word) => !held.has(word) && asking.has(word)),
      )
    : undefined;
  const [token = unplaced === undefined ? undefined : tokenizeText(unplaced)[0]] = missing;
  if (!token) return null;
  const written = (missing.length === 0 ? unplaced : undefined) ?? listWrittenWords(context.reading.text, token)[0] ?? token;
  const label = labelVariant(context, id, chooseVariant(context, id));
  // What the sources say of it: the rule against it first, then the notes that mention it.
  const said = held.has(token)
    ? [
        ...facts.filter((fact) => fact.attribute === 'incompatibility' && fact.tokens.includes(token)),
        ...facts.filter((fact) => fact.attribute === 'note' && fact.tokens.includes(token)),
      ].slice(0, 3)
    : claims
      ? // What holds the place the claim gives the word ("Caddy: web server and reverse proxy") corrects it.
        context
          .ranked()
          .filter(({ fact }) => fact.architecture === id)
          .slice(0, 2)
          .map(({ fact }) => fact)
      : facts.filter((fact) => fact.attribute === 'components').slice(0, 1);
  return {
    kind: 'yes-no',
    text: `No: the sources archkb holds for ${label} list no ${written} component. ${said.map(writeFact).join(' ')}`.trim(),
    facts: said,
    coverage: 0.8,
    strength: 0.7,
  };
}

/** The lookup's facts written with the switch that decides first, so the verdict reads next to its own value. */
function writeSettingFirst(context: AnswerContext, setting: IndexedFact, facts: readonly IndexedFact[]): string {
  const label = labelVariant(context, setting.architecture, chooseVariant(context, setting.architecture, setting));
  return `${label}: ${[setting, ...facts.filter((fact) => fact !== setting)].map(writeFact).join(' ')}`;
}

/**
 * Of the settings whose switch value decides, the one whose name holds fewest words the question does not use
 * ("x.enabled" over "x.autoscaling.enabled" for "is x on?"); the first of them on a tie.
 */
function pickNearestSetting<T extends { fact: IndexedFact; polarity: { rule: string } }>(
  judged: readonly T[],
  asked: ReadonlySet<string>,
): T | undefined {
  const unasked = (entry: T) => tokenizeText(entry.fact.text.split(' = ')[0] ?? '').filter((token) => !asked.has(token)).length;
  return judged
    .filter((entry) => entry.polarity.rule === 'setting' && entry.fact.attribute === 'setting')
    .reduce<T | undefined>((best, entry) => (!best || unasked(entry) < unasked(best) ? entry : best), undefined);
}

/** The words of the layout names the question writes out ("a single Acme cluster"), which name a layout, not a part. */
function listLayoutWords(context: AnswerContext): Set<string> {
  const { reading, index } = context;
  const named = [...reading.variants].filter(([id, variantId]) => writesVariantName(index, reading.tokens, id, variantId));
  return new Set(
    named.flatMap(([id, variantId]) =>
      listNameHeadWords(index.byId.get(id)?.architecture.variants.find((variant) => variant.id === variantId)?.name ?? ''),
    ),
  );
}

/**
 * The answer both statements of a disagreement give the question ("fine for production" and "an external one is
 * recommended for production", asked whether production may run bundled), or null when they differ.
 */
function judgeAgreedSides(fact: IndexedFact, judge: (fact: IndexedFact) => ReturnType<typeof judgePolarity>): 'Yes' | 'No' | null {
  const statements = fact.text.slice(fact.text.indexOf(': ') + 2).split(' / ');
  const verdicts = new Set(statements.map((text) => judge({ ...fact, attribute: 'note', text }).verdict));
  const [verdict = null] = verdicts.size === 1 ? verdicts : [];
  return verdict;
}

/**
 * A fact's polarity against the question, where a layout's name the question writes out ("a single Acme cluster") names
 * the layout asked about: its words ("single") oppose no word a fact says ("several zones"), though they still meet a
 * fact that prefers another layout.
 */
function judgeOutsideLayoutName(context: AnswerContext): (fact: IndexedFact) => ReturnType<typeof judgePolarity> {
  const { reading } = context;
  const layoutWords = listLayoutWords(context);
  const unnamed = reading.tokens.filter((token) => !layoutWords.has(token));
  return (fact) => {
    const polarity = judgePolarity(reading.text, reading.tokens, fact);
    return polarity.rule === 'antonym' && unnamed.length < reading.tokens.length ? judgePolarity(reading.text, unnamed, fact) : polarity;
  };
}

/** The category of each of a product's components by id ("data" for a database), undefined for no component. */
function readRoleCategories(context: AnswerContext, architectureId: string): (id: string | null) => string | undefined {
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a component match always names a product of the index.
  const components = findIndexed(context, architectureId)?.architecture.components ?? [];
  return (id) => {
    const role = components.find((component) => component.id === id)?.role;
    return role ? findRole(role).category : undefined;
  };
}

/** A setting's default written as a number ("replicaCount = 1 (default)"). */
const numericDefault = /^[^:=]*=\s*(\d+(?:\.\d+)?)\s*\(default\)/;

/**
 * "By default the chart runs a three-replica cluster?" against "clusterSize = 1 (default): …; set 3 for HA": a count
 * asked of the default that the default's value is not answers no, whatever other figure the setting's note names.
 */
function judgeDefaultCount(reading: AnswerContext['reading'], fact: IndexedFact): 'No' | null {
  const value = fact.attribute === 'setting' ? numericDefault.exec(fact.text)?.[1] : undefined;
  if (value === undefined || !reading.tokens.includes('default')) return null;
  const { tokens } = reading;
  // Each count the question gives, in digits or a word ("three-replica"), with the word it counts.
  const counts = [
    ...reading.numbers.map((number) => ({ value: number.value, at: number.position })),
    ...tokens.flatMap((token, at) => {
      const count = countWordValues.get(token);
      return count === undefined || stopwords.has(tokens[at + 1] ?? '') ? [] : [{ value: count, at }];
    }),
  ];
  // A count the setting's note states of the same thing ("over 30 days") is the default written another way.
  const statedInNote = (count: { value: number; at: number }) => {
    const counted = tokens[count.at + 1];
    return fact.tokens.some((token, at) => token === String(count.value) && fact.tokens[at + 1] === counted);
  };
  if (counts.length === 0 || counts.some((count) => count.value === Number(value) || statedInNote(count))) return null;
  return 'No';
}

const copyWords = canonical(askVocabulary.countNouns.filter((word) => /^[a-z]{3,}$/.test(word) && word !== 'times'));

/** The lead's part's setting with a numeric default whose words name a thing the question counts ("three replicas"). */
function findCountingDefault(context: AnswerContext, lead: IndexedFact): IndexedFact | undefined {
  const { tokens } = context.reading;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only a shortcut; judgeDefaultCount needs "default" and a part's own setting.
  if (lead.component === null || !tokens.includes('default')) return undefined;
  const counted = new Set(
    [
      ...context.reading.numbers.map((number) => tokens[number.position + 1]),
      ...tokens.flatMap((token, at) => (countWordValues.has(token) ? [tokens[at + 1]] : [])),
    ].filter((word): word is string => word !== undefined && !stopwords.has(word)),
  );
  // "Three copies" and "three replicas" count the same thing: any word counting copies of a part names any other.
  const copies = [...counted].some((word) => copyWords.has(word));
  return factsOf(context, lead.architecture, lead.component).find(
    (fact) =>
      numericDefault.test(fact.text) &&
      fact.attribute === 'setting' &&
      fact.tokens.some((token) => counted.has(token) || (copies && copyWords.has(token))),
  );
}

/** "Is T where A is kept?": the words naming T, before "where". */
const storedWhere = /^\s*(?:is|are|was|were)\s+([^?]{1,80}?)\s+where\b/i;

/** "T is where A is kept, right?" (after any short label such as "True or false:"): the words naming T. */
const statedWhere = /^\s*(?:[^:?]{1,30}:\s+)?([^?:]{1,80}?)\s+(?:is|are|was|were)\s+where\b/i;

/**
 * "Does X keep A in T?" when the fact that best answers A is the purpose of another component of X, which does not
 * mention T: no, that other component does it; T's own purpose follows.
 */
function answerOtherHolder(context: AnswerContext, match: ComponentMatch, found: IndexedFact, lookup: Draft): Draft | null {
  // Stryker disable next-line OptionalChaining: a component match always names a product and component of the index.
  const named = findIndexed(context, match.architectureId)?.components.get(match.componentId)?.tokens;
  const query = listQueryTokens(context.index, context.reading);
  // T's own purpose may lead only by holding T's name: the purpose that holds two more of the other asked words holds A.
  // Stryker disable next-line OptionalChaining: a component match always names a component of the index, so its names exist.
  const rest = query.filter((token) => !named?.has(token));
  const coveredBy = (fact: IndexedFact) => scoreFact(context.index, context.reading, rest, fact, context.scope).covered;
  const held = (fact: IndexedFact) => coveredBy(fact).size;
  // Every asked word T's purpose holds and one more ("apps and user data" against "user and session data") also holds A.
  const holdsMore = (fact: IndexedFact) => {
    const mine = coveredBy(found);
    const theirs = coveredBy(fact);
    return theirs.size > mine.size && [...mine].every((token) => theirs.has(token));
  };
  // Only where the question puts A "in" T ("keep its apps in PostgreSQL"), not where T is what is asked about; the "in" of
  // "built-in cache" is part of a name, not a place.
  const placed =
    [
      ...context.reading.text.matchAll(
        /(?<![\p{L}\p{N}-])(?:in|into|inside|within)\s+(?:(?:the|a|an|its|their|our|your|this|that)\s+)?([\p{L}\p{N}-]+)/giu,
      ),
    ].some(
      // Stryker disable next-line OptionalChaining: a component match always names a component of the index, so its names exist.
      (placement) => tokenizeText(placement[1] ?? '').some((token) => named?.has(token)),
    ) ||
    // "Is T where the apps get stored?" puts A in T as "keep A in T" does.
    tokenizeText((storedWhere.exec(context.reading.text) ?? statedWhere.exec(context.reading.text))?.[1] ?? '').some((token) =>
      named?.has(token),
    );
  // What is kept "in" a store is held by another part of the same kind (a database, not the sign-in service).
  const categoryOf = readRoleCategories(context, match.architectureId);
  const holder =
    found.component === match.componentId && placed
      ? context
          .ranked()
          .find(
            (scored) =>
              scored.fact.attribute === 'purpose' &&
              categoryOf(scored.fact.component) === categoryOf(match.componentId) &&
              scored.fact.component !== match.componentId &&
              scored.fact.architecture === match.architectureId &&
              (held(scored.fact) >= held(found) + 2 || holdsMore(scored.fact)),
          )?.fact
      : undefined;
  const lead = holder ?? found;
  if (lead.attribute !== 'purpose' || lead.component === null || lead.component === match.componentId) return null;
  if (lead.architecture !== match.architectureId) return null;
  // Stryker disable next-line OptionalChaining: a component match always names a component of the index, so its names exist.
  // The words of a layout's name ("a single-cluster X") name the layout, not its part of the same word.
  const layoutWords = listLayoutWords(context);
  const hits = query.filter((token) => named?.has(token) && !layoutWords.has(token));
  if (hits.length === 0 || hits.some((token) => lead.tokens.includes(token) || lead.subjectTokens.has(token))) return null;
  // A part named only by a generic word ("on an air-gapped cluster") is where, not who: the question asks of the product.
  if (hits.every((token) => generalWords.has(token))) return null;
  const own = factsOf(context, match.architectureId, match.componentId).find((fact) => fact.attribute === 'purpose');
  const facts = [lead, ...(own ? [own] : [])];
  return {
    ...lookup,
    kind: 'yes-no',
    text: `No. ${labelVariant(context, lead.architecture, chooseVariant(context, lead.architecture))}: ${writeFact(lead)}${own ? ` ${writeFact(own)}` : ''}`,
    facts,
    strength: lookup.strength * 0.9,
  };
}

const mainWords = canonical(askVocabulary.mainPartWords);

/**
 * "Is X the product's main database?" when another part of the same kind is the one whose purpose calls it the main
 * one: no, that part is; X's own purpose follows. Null when the question names no main part, or X's purpose is it.
 */
function answerMainHolder(context: AnswerContext, match: ComponentMatch, lookup: Draft): Draft | null {
  if (!context.reading.tokens.some((token) => mainWords.has(token))) return null;
  const categoryOf = readRoleCategories(context, match.architectureId);
  const variantId = chooseVariant(context, match.architectureId);
  // Stryker disable next-line ArrayDeclaration: every indexed product has a list of facts, so the fallback is never used.
  const purposes = (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter(
    (fact) => fact.attribute === 'purpose' && fact.component !== null && fact.variants.includes(variantId),
  );
  const own = purposes.find((fact) => fact.component === match.componentId);
  if (!own || own.tokens.some((token) => mainWords.has(token))) return null;
  const main = purposes.find(
    (fact) =>
      fact.component !== match.componentId &&
      categoryOf(fact.component) === categoryOf(match.componentId) &&
      fact.tokens.some((token) => mainWords.has(token)),
  );
  if (!main) return null;
  return {
    ...lookup,
    kind: 'yes-no',
    text: `No. ${labelVariant(context, match.architectureId, variantId)}: ${writeFact(main)} ${writeFact(own)}`,
    facts: [main, own],
    strength: lookup.strength * 0.9,
  };
}

/**
 * "Does X run the queries?" when another component's purpose says it does much more of what is asked than X's own
 * (two asked words more, and every asked word X's purpose has): no, that other component does it; X's purpose follows.
 */
function answerOtherDoer(context: AnswerContext, match: ComponentMatch, lookup: Draft): Draft | null {
  const facts = context.index.factsByArchitecture.get(match.architectureId) ?? [];
  // Stryker disable next-line OptionalChaining: a component match always names a product and component of the index.
  const names = findIndexed(context, match.architectureId)?.components.get(match.componentId)?.tokens ?? new Set<string>();
  const asked = listQueryTokens(context.index, context.reading).filter(
    (token) => !names.has(token) && !sceneWords.has(token) && !necessityWords.has(token),
  );
  const variantId = chooseVariant(context, match.architectureId);
  const own = facts.find((fact) => fact.component === match.componentId && fact.attribute === 'purpose');
  // Only "does X do A" asks who does A, not "do I need X".
  const asksNeed = context.reading.tokens.some((token) => necessityWords.has(token));
  // X must be the subject: the first word after the opening verb, past articles and the product's name ("Does the
  // product's query backend …"), not "Can I run X …"; the verb opens the main clause, after any situation ("our
  // network is offline, may we …").
  // Stryker disable next-line OptionalChaining: a component match always names a product of the index.
  const product = findIndexed(context, match.architectureId)?.nameTokens ?? new Set<string>();
  const text = context.reading.text.toLowerCase();
  const before = tokenizeText(text.slice(0, text.length - findMainClause(text).length)).length;
  // In a claim put to a check ("Our draft says X runs the queries. Right?"), X follows the word that reports it.
  const tokens = context.reading.tokens;
  const reported = context.reading.yesNo ? tokens.findIndex((token, at) => offersClaim([token]) && at < tokens.length - 2) : -1;
  const subject = tokens
    .slice((reported >= 0 ? reported : before) + 1)
    .find((token) => !stopwords.has(token) && !product.has(token) && token !== 's');
  if (!own || asked.length < 2 || asksNeed || subject === undefined || !names.has(subject)) return null;
  // A label or situation before the main clause ("X across three zones - is Y …?") is no part of what is done.
  const main = new Set(tokenizeText(findMainClause(text)));
  const hitsOf = (fact: IndexedFact) => asked.filter((token) => main.has(token) && fact.tokens.includes(token));
  // X's own word on it may be another of its facts the lookup found ("by default the operator creates …"), not its purpose.
  const mine = [own, ...lookup.facts.filter((fact) => fact.component === match.componentId)]
    .map(hitsOf)
    .reduce((most, hits) => (hits.length > most.length ? hits : most));
  const [other] = facts
    .filter((fact) => fact.attribute === 'purpose' && fact.component !== null && fact.component !== match.componentId)
    .filter((fact) => fact.variants.includes(variantId))
    .map((fact) => ({ fact, hits: hitsOf(fact) }))
    .sort((a, b) => b.hits.length - a.hits.length);
  if (!other || other.hits.length < mine.length + 2 || !mine.every((token) => other.hits.includes(token))) return null;
  return {
    ...lookup,
    kind: 'yes-no',
    text: `No. ${labelVariant(context, match.architectureId, variantId)}: ${writeFact(other.fact)} ${writeFact(own)}`,
    facts: [other.fact, own],
    strength: lookup.strength * 0.9,
  };
}

/** Predicates that ask whether something is ruled out ("incompatible", "ruled out"). */
const exclusionPredicates = canonical(askVocabulary.exclusionPredicates);

/** The word of the conditional level, as the labels write it ("Conditional"), which a question may ask for by name. */
const conditionalWords = canonical([formatNecessity('conditional')]);
const alwaysWords = canonical(askVocabulary.alwaysWords);

/** Most facts of a cued kind a necessity answer adds about the part. */
const MAX_CUED = 3;

/**
 * "Is a separate cache needed when the workers get containers of their own?": of two parts of one role the question names
 * only by the words their names share ("Redis"), the one whose condition the situation meets is the one asked about,
 * not the one whose condition it fails; a word only the first part's name has ("built-in") keeps the first.
 */
function preferMetCondition(context: AnswerContext, match: ComponentMatch): ComponentMatch {
  const entry = findIndexed(context, match.architectureId);
  // Stryker disable next-line ConditionalExpression: a match always names a product of the index.
  if (!entry) return match;
  const resolved = findResolved(entry, chooseVariant(context, match.architectureId));
  const component = resolved.components.find((c) => c.id === match.componentId);
  const situation = listQueryTokens(context.index, context.reading);
  const meets = (condition: string | undefined) => (condition ? judgeCondition(situation, condition, context.reading.text) : 'unknown');
  if (!component || meets(component.necessity.condition) !== 'fails') return match;
  const sibling = resolved.components.find(
    (c) => c.id !== component.id && c.role === component.role && meets(c.necessity.condition) === 'holds',
  );
  if (!sibling) return match;
  const shared = new Set(listNameHeadWords(sibling.name));
  const tokens = new Set(context.reading.tokens);
  const ownWords = listNameHeadWords(component.name).filter((token) => !shared.has(token) && !stopwords.has(token));
  return ownWords.some((token) => tokens.has(token)) ? match : { ...match, componentId: sibling.id, name: sibling.name };
}

/**
 * Answers a yes/no question: about a component's necessity (polarity read from the question: "is X required" and
 * "can I skip X" get opposite answers), about surviving an outage of a component needed only at start-up, or, from
 * the best facts, with a yes or no read from whether the facts negate what is asked.
 */
export function answerYesNo(context: AnswerContext): Draft {
  const reading = context.reading;
  const tokens = new Set(reading.tokens);
  const versioned = answerVersionSupport(context) ?? answerUpgradeFloor(context);
  if (versioned) return versioned;
  // "A 2 vCPU, 2 GB box: does that meet the minimum?" is judged against the sums of the stated figures.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a computation leads with "Yes:" or "No:" only when figures are offered, so asking it always reads the same.
  const fitted = listOfferedResources(reading.tokens, reading.numbers).length > 0 ? answerCompute(context) : null;
  // Stryker disable next-line Regex: no computation writes "Yes:" or "No:" anywhere but at its start.
  if (fitted?.text && /^(?:Yes|No):/.test(fitted.text)) return { ...fitted, kind: 'yes-no' };
  const absent = answerAbsentTechnology(context);
  if (absent) return absent;
  const limited =
    answerZoneCount(context) ??
    answerStatedLimit(context) ??
    answerExceededLimit(context) ??
    answerCrossedBound(context) ??
    answerConnection(context) ??
    answerPlacement(context) ??
    answerVendorRun(context) ??
    answerVendorDependency(context) ??
    answerVariantSupport(context) ??
    answerVariantNecessity(context);
  if (limited) return limited;
  const asksOutage = [...tokens].some((t) => outageWords.has(t));
  // "If I run two tasks behind the balancer, do I need X?" asks about X, as "We scale the API to two. Can we keep X?" does;
  // an outage question asks about its condition's part.
  // One word the question shares with a longer name ("edge" of "edge proxy pool") asks nothing of a part the
  // variant lacks: saying it is absent would answer another question.
  const [found] = findComponentMatches(context, asksOutage ? new Set() : new Set([...reading.conditioned, ...reading.scene])).filter(
    (candidate) => {
      const indexed = findIndexed(context, candidate.architectureId);
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: a match always names a product of the index.
      if (!indexed) return false;
      const present = findResolved(indexed, chooseVariant(context, candidate.architectureId)).components.some(
        (c) => c.id === candidate.componentId,
      );
      const words = listNameHeadWords(candidate.name).filter((token) => !indexed.nameTokens.has(token));
      return present || 2 * words.filter((token) => tokens.has(token)).length > words.length;
    },
  );
  const match = found ? preferMetCondition(context, found) : undefined;
  const entry = match ? findIndexed(context, match.architectureId) : undefined;
  const present =
    // Stryker disable next-line LogicalOperator: a match always names a product of the index, so there is an entry exactly when there is a match.
    match && entry
      ? entry.architecture.variants.filter((v) => findResolved(entry, v.id).components.some((c) => c.id === match.componentId))
      : [];
  // "Recommended: X rather than the single-box layout?" names the layout holding a part the layout asked about lacks: it
  // weighs the two layouts, so that the part is missing from one answers nothing.
  const weighsLayouts =
    match !== undefined &&
    !present.some((v) => v.id === chooseVariant(context, match.architectureId)) &&
    present.some((v) => writesVariantName(context.index, reading.tokens, match.architectureId, v.id));
  // Stryker disable next-line LogicalOperator: a match always names a product of the index, so there is an entry exactly when there is a match.
  if (match && entry && !weighsLayouts) {
    const variantId = chooseVariant(context, match.architectureId);
    const resolved = findResolved(entry, variantId);
    const component = resolved.components.find((c) => c.id === match.componentId);
    const label = labelVariant(context, match.architectureId, variantId);
    const facts = factsOf(context, match.architectureId, match.componentId);
    if (!component) {
      return {
        kind: 'yes-no',
        text: `No, not in ${label}: ${match.name} is part of ${present.map((v) => v.name).join(', ')} only.`,
        facts: facts.slice(0, 2),
        coverage: 0.8,
        strength: 0.8,
      };
    }
    const state = judgeState(context, component, facts, label);
    if (state) return state;
    const runtime = component.runtime;
    if (runtime && asksOutage) {
      const survives = reading.outcome ? reading.outcome === 'survive' : [...tokens].some((t) => survivalWords.has(t));
      const verdict = (runtime.needed === 'startup-only') === survives ? 'Yes' : 'No';
      const effect = describeOutage(label, component.name, runtime.needed, facts);
      return { kind: 'yes-no', ...effect, text: `${verdict}. ${effect.text}` };
    }

    // Stryker disable next-line OptionalChaining: a component match always names a product and component of the index.
    const names = findIndexed(context, match.architectureId)?.components.get(match.componentId)?.tokens ?? new Set<string>();
    const query = listQueryTokens(context.index, reading).filter(
      (t) => !names.has(t) && !necessityWords.has(t) && !conditionalWords.has(t),
    );
    // Every word beyond the names, the scene words and the scene-setting sentences must be explained by the component's necessity or purpose (or oppose
    // a word of its condition, as "single" opposes "several"); others ("persistent", "a different image") ask something
    // else, and so does a word opposing its purpose ("the same name" against "must have different names").
    const necessityTokens = new Set(facts.filter((f) => f.attribute === 'necessity' || f.attribute === 'purpose').flatMap((f) => f.tokens));
    const conditionText = facts
      .filter((f) => f.attribute === 'necessity')
      .map((f) => f.text)
      .join(' ');
    // A load the question gives ("at 5,000 sign-ins per second") sets the scene; its driver's words ask nothing more.
    const { loads } = readLoads(reading, entry.architecture.loadDrivers);
    const loadWords = new Set(
      entry.architecture.loadDrivers.filter((driver) => loads.some((load) => load.driver === driver.id)).flatMap(listDriverWords),
    );
    // A load given on the driver of one of the part's thresholds asks whether that load changes its level ("should we add X at 25k users?").
    const thresholdAsked = (component.thresholds ?? []).some((t) => loads.some((load) => load.driver === t.driver));
    const asksNecessity =
      thresholdAsked || reading.attributes.has('necessity') || [...tokens].some((t) => necessityWords.has(t) || conditionalWords.has(t));
    // "A required part of the data layer": the groups holding the part name where it sits, not something else asked.
    const groupTokens = new Set(listGroupAncestry(resolved.groups, component.group).flatMap((group) => tokenizeText(group.label)));
    // The reason the asker gives ("since Y bundles one") is said, not asked: its words need no explaining.
    const reasonTokens = new Set([...reading.text.matchAll(givenReason)].flatMap((reason) => tokenizeText(reason[0])));
    const unexplained = query.filter(
      (t) =>
        !sceneWords.has(t) &&
        !reasonTokens.has(t) &&
        !groupTokens.has(t) &&
        !reading.scene.includes(t) &&
        !necessityTokens.has(t) &&
        // "A mandatory component", "a required service": a word for any part says nothing more of this one.
        !partWords.has(t) &&
        !distinctPartWords.has(t) &&
        !loadWords.has(t) &&
        !denialWords.has(t) &&
        judgeCondition([t], conditionText) !== 'fails',
    );
    const exclusiveQuestion = reading.tokens.some((t) => exclusiveWords.has(t));
    // A situation that shares several words with a conditional component's condition is about that condition, even in other words.
    const conditionWords = new Set(tokenizeText(component.necessity.condition ?? ''));
    const aboutCondition = component.necessity.level === 'conditional' && query.filter((t) => conditionWords.has(t)).length >= 2;
    // "Can we use PostgreSQL 12 for X?" names what X rules out: the rule answers, not whether X is needed.
    const rulesOutAsked = facts.some((fact) => fact.attribute === 'incompatibility' && namesRuledOut(context, fact));
    if (asksNecessity && (unexplained.length === 0 || aboutCondition || thresholdAsked) && !exclusiveQuestion && !rulesOutAsked) {
      // The situation keeps its necessity words: in "if the images stay disabled", "disabled" is said of the images.
      // "Do I need X for autoscaling to work?" sets the situation with its purpose, even in words of X's own name.
      // So does an opening "To use X, …" ("to use autoscaling with the chart I need X, right?").
      const aim =
        /\bfor\s+([^,;?]{3,60}?)\s+to\s+(?:work|function|run|be\s+used)\b/i.exec(reading.text)?.[1] ??
        /^\s*(?:in\s+order\s+)?to\s+(?:use|enable|turn\s+on|run)\s+([^,;?]{3,60}?)(?=\s*,|\s+(?:with|on|in|for|i|we|you|do|does|is|are)\b)/i.exec(
          reading.text,
        )?.[1] ??
        // … and a closing one ("do I need X to use autoscaling, then?").
        /\bto\s+(?:use|enable|turn\s+on)\s+([^,;?]{3,60}?)\s*(?:,\s*(?:then|too|as\s+well))?\s*\?*\s*$/i.exec(reading.text)?.[1] ??
        '';
      const wanted = tokenizeText(aim).filter((t) => !stopwords.has(t) && !entry.nameTokens.has(t));
      // "Is X a mandatory part?" asks the level; "mandatory" is no situation meeting a condition written "required once …".
      const situation = [
        ...new Set([
          ...listQueryTokens(context.index, reading).filter(
            (t) => !names.has(t) && !sceneWords.has(t) && !askingWords.has(t) && !levelWords.has(t),
          ),
          ...wanted,
        ]),
      ];
      // Stryker disable next-line StringLiteral: judgeNecessity reads only "holds" and "fails", so any other word reads as unknown.
      const condition = component.necessity.condition ? judgeCondition(situation, component.necessity.condition, reading.text) : 'unknown';
      // A load the question gives ("with 50,000 users") may cross a threshold that changes the component's level.
      const atLoad = Object.fromEntries(loads.map((load) => [load.driver, load.value]));
      const level = loads.length > 0 ? findEffectiveNecessity(component, atLoad) : component.necessity.level;
      // Stryker disable next-line ArrayDeclaration: a made-up threshold without a driver is never among the loads asked.
      const crossed = (component.thresholds ?? []).filter((t) => t.driver in atLoad);
      const effective = level === component.necessity.level ? component : { ...component, necessity: { ...component.necessity, level } };
      const { verdict, sure } = judgeNecessity(
        effective,
        reading.negativeNecessity && !reading.positiveNecessity,
        condition,
        reading.tokens.some((token) => conditionalWords.has(token)),
        reading.tokens.some((token) => adviceWords.has(token)) && !reading.tokens.some((token) => strictWords.has(token)),
        reading.tokens.some((token) => alwaysWords.has(token)),
      );
      // "Does X need MinIO?" of a required object store that MinIO is only one named choice of: the store is needed, the
      // choice is not (though "by default" it is the one deployed).
      const choice = findNamedChoice(
        component,
        [...tokens].filter((t) => names.has(t)),
      );
      const chosen =
        choice && effective.necessity.level === 'required' && !reading.scopes.includes('default')
          ? reading.negativeNecessity && !reading.positiveNecessity
            ? `Yes, with another choice: ${findRole(component.role).label.toLowerCase()} is required, and the vendor names ${joinWords(component.examples ?? [])} for it`
            : `Not necessarily: ${findRole(component.role).label.toLowerCase()} is required, and the vendor names ${joinWords(component.examples ?? [])} for it, ${choice} being one choice`
          : null;
      // "Only a few thousand users": a load named without a figure still asks where the level changes with it.
      const drivers = entry.architecture.loadDrivers.filter((driver) => (component.thresholds ?? []).some((t) => t.driver === driver.id));
      const loadNamed = drivers.some((driver) => listDriverWords(driver).some((word) => tokens.has(word)));
      const thresholdFacts = crossed.length > 0 || loadNamed ? facts.filter((f) => f.attribute === 'threshold') : [];
      const necessity = facts.find((f) => f.attribute === 'necessity');
      const purpose = facts.find((f) => f.attribute === 'purpose');
      // When the situation fails this component's condition, a component of the same role whose condition it meets is the answer's other half.
      const alternative =
        condition === 'fails'
          ? resolved.components.find(
              (c) =>
                c.id !== component.id &&
                c.role === component.role &&
                c.necessity.condition &&
                judgeCondition(situation, c.necessity.condition, reading.text) === 'holds',
            )
          : undefined;
      const alternativeFact = alternative
        ? factsOf(context, match.architectureId, alternative.id).find((f) => f.attribute === 'necessity')
        : undefined;
      // Not always needed, with another component of the same role beside it ("the built-in one"): when that one serves.
      const standing =
        !alternative && effective.necessity.level !== 'required'
          ? resolved.components.find((c) => c.id !== component.id && c.role === component.role)
          : undefined;
      const standingFact = standing
        ? factsOf(context, match.architectureId, standing.id).find((f) => f.attribute === 'necessity')
        : undefined;
      // A part not always needed says what it must meet once added ("if you add one, keep it across zones"), which a
      // reader weighing whether to add it needs next.
      const onceAdded =
        effective.necessity.level === 'required'
          ? undefined
          : (component.notes ?? []).find((note) => note.kind === 'requirement' || note.kind === 'high-availability');
      const findNoteFact = (note: { text: string } | undefined) =>
        note
          ? facts.find((f) => f.attribute === 'note' && f.variants.includes(variantId) && f.text.includes(trimStop(note.text)))
          : undefined;
      const onceAddedFact = findNoteFact(onceAdded);
      // A part the vendor only recommends says why in its recommendation, which is what makes the advice worth taking.
      const adviceFact =
        effective.necessity.level === 'recommended'
          ? findNoteFact((component.notes ?? []).find((note) => note.kind === 'recommendation'))
          : undefined;
      // "DNS records needed?" asks for the records too: the part's facts of a kind the question's words cue follow.
      const cued = facts
        .filter((f) => f.attribute !== 'necessity' && f.attribute !== 'purpose' && reading.attributes.has(f.attribute))
        .filter((f) => f.variants.includes(variantId) && f !== onceAddedFact)
        .slice(0, MAX_CUED);
      // "Do we bother with X, or is Y good enough?": a note of X's that names what the question sets against it (Y) says
      // what Y lacks.
      const explained = new Set([...names, ...necessityTokens]);
      const setAgainst = facts.find(
        (f) =>
          f.attribute === 'note' &&
          f.variants.includes(variantId) &&
          f !== onceAddedFact &&
          !cued.includes(f) &&
          query.some(
            (t) =>
              !explained.has(t) && !sceneWords.has(t) && !stopwords.has(t) && context.index.componentOwners.has(t) && f.tokens.includes(t),
          ),
      );
      const inferred =
        component.necessity.basis === 'inferred' ? ' (read from how the vendor lays out its list; the text does not say so in words)' : '';
      const text = [
        // "Is X optional or recommended?" offers two levels: the level said next answers it, and a yes or no would not.
        offersLevelChoice(reading.text) ? '' : `${chosen ?? verdict}.`,
        `In ${label}, ${component.name} is ${formatNecessity(component.necessity.level).toLowerCase()}${inferred}${
          level === component.necessity.level ? '' : `, and ${formatNecessity(level).toLowerCase()} at the load asked`
        }.`,
        ...thresholdFacts.map(writeFact),
        // Stryker disable next-line StringLiteral: every component has a purpose fact, so the empty branch is never taken.
        purpose ? writeFact(purpose) : '',
        onceAddedFact ? writeFact(onceAddedFact) : '',
        adviceFact && adviceFact !== onceAddedFact ? writeFact(adviceFact) : '',
        ...cued.filter((f) => f !== adviceFact).map(writeFact),
        setAgainst ? writeFact(setAgainst) : '',
        alternativeFact ? `Instead: ${writeFact(alternativeFact)}` : '',
        // Stryker disable next-line LogicalOperator: every component has a necessity fact, so there is a standing fact exactly when there is a standing component.
        standing && standingFact ? `Otherwise: ${writeFact(standingFact)}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return {
        kind: 'yes-no',
        text,
        facts: [
          ...new Set([
            necessity,
            ...thresholdFacts,
            purpose,
            onceAddedFact,
            adviceFact,
            ...cued,
            setAgainst,
            alternativeFact,
            standingFact,
          ]),
        ].filter((f): f is IndexedFact => f !== undefined),
        coverage: sure ? 0.9 : 0.75,
        strength: sure ? 0.9 : 0.7,
      };
    }
  }
  const lookup = answerLookup(context);
  if (!lookup.text || lookup.facts.length === 0) return { ...lookup, kind: 'yes-no' };
  const otherVersion = answerOtherVersionRule(context, lookup);
  if (otherVersion) return otherVersion;
  // The first fact that decides by a clear rule (a switch's value, opposite words, a restriction) answers; else the best fact.
  // Only facts about the best fact's own subject may decide in its place; a neighbour's opposite word says nothing.
  const lead = lookup.facts[0];
  const judge = judgeOutsideLayoutName(context);
  const judged = lookup.facts
    .slice(0, 3)
    // A fact about the variant as a whole (its summary or a note) speaks for every part of it.
    .filter(
      (fact) =>
        fact === lead ||
        (fact.component === null && (fact.attribute === 'summary' || fact.attribute === 'note')) ||
        // Stryker disable next-line OptionalChaining: the lookup has facts here, so there is a lead.
        fact.component === lead?.component,
    )
    .map((fact) => ({ fact, polarity: judge(fact) }));
  // With no clear rule, the fact whose answering sentence shares the most words with the question decides.
  // Function words ("the", "from") say nothing of which fact answers; only content words count.
  // The asking sentence of a question of several decides first ("It runs in one container. Is that recommended?").
  const asking = readAskingTokens(reading.text);
  // A word of need both share counts: a note that a part "needs no" X answers whether it needs X.
  const overlap = (fact: IndexedFact) => {
    const words = new Set(
      tokenizeText(pickClause(fact.text, tokens, asking)).filter((token) => !stopwords.has(token) || necessityWords.has(token)),
    );
    return [...words].filter((token) => asking.has(token)).length * 1000 + [...words].filter((token) => tokens.has(token)).length;
  };
  // "Can it run on arm64?" against "Not supported: arm64": what the question names is ruled out, whichever fact leads.
  const ruledOut = isQuestionNegated(reading.text)
    ? undefined
    : // Stryker disable next-line OptionalChaining: the lookup has facts here, so there is a lead.
      [...lookup.facts, ...(lead?.component ? factsOf(context, lead.architecture, lead.component) : [])].find(
        (fact) => fact.attribute === 'incompatibility' && namesRuledOut(context, fact),
      );
  // With no clear rule, a fact of another subject ranked all but level with the lead may answer by its words instead.
  const ranked = context.ranked();
  const leadScore = ranked.find((entry) => entry.fact === lead)?.score ?? Infinity;
  const level = lookup.facts
    .slice(1, 3)
    .filter((fact) => !judged.some((entry) => entry.fact === fact))
    .filter((fact) => (ranked.find((entry) => entry.fact === fact)?.score ?? 0) >= leadScore * LEVEL_SCORE)
    .map((fact) => ({ fact, polarity: judge(fact) }));
  const opposing = judged.find((entry) => entry.polarity.rule !== 'negation');
  // A fact ranked above one whose opposite word says no, stating the question's own word ("the same instance" for "the
  // same server?"), speaks of what was asked: the other's opposite qualifies something else ("different names"). A
  // purpose's opposite word describes what the part holds, so such a fact outweighs it wherever it ranks.
  const affirming =
    opposing?.polarity.rule === 'antonym' && opposing.polarity.verdict === 'No'
      ? judged
          .slice(0, opposing.fact.attribute === 'purpose' ? judged.length : judged.indexOf(opposing))
          .find((entry) => entry.polarity.verdict === 'Yes' && statesAskedSide(reading.tokens, entry.fact))
      : undefined;
  const ruled = affirming ? { fact: affirming.fact, polarity: { verdict: 'Yes', rule: 'antonym' } as const } : opposing;
  const decisive =
    (ruledOut ? { fact: ruledOut, polarity: { verdict: 'No', rule: 'ruled-out' } as const } : undefined) ??
    (ruled?.polarity.rule === 'setting' && ruled.fact.attribute === 'setting' ? pickNearestSetting(judged, tokens) : ruled) ??
    [...judged, ...level].reduce<(typeof judged)[number] | undefined>(
      (best, entry) => (!best || overlap(entry.fact) > overlap(best.fact) ? entry : best),
      undefined,
    );
  // Stryker disable next-line ObjectLiteral,StringLiteral: the judged facts always hold the lead, so one always decides and this return is never reached.
  if (!decisive) return { ...lookup, kind: 'yes-no' };
  const elsewhere =
    match && lead && !ruledOut
      ? (answerMainHolder(context, match, lookup) ??
        answerOtherHolder(context, match, lead, lookup) ??
        answerOtherDoer(context, match, lookup))
      : null;
  if (elsewhere) return elsewhere;
  const { fact: best, polarity } = decisive;
  // A figure offered to be confirmed ("I remember 100 %, right?") is judged against the figure the facts state; of the
  // facts stating one in its unit, the one sharing most words with the question ("maximum", not "default") decides.
  const content = new Set(reading.content);
  // Each word once: a fact repeating the question's words ("ledger size … 2 GB … ledger size") is no nearer for it.
  const shared = (fact: IndexedFact) => new Set(fact.tokens.filter((token) => content.has(token))).size;
  const [claim] = (ruledOut ? [] : [best, ...lookup.facts.slice(0, 3)])
    .map((fact) => ({ fact, verdict: judgeClaimedFigure(reading.text, reading.tokens, fact.text) }))
    .filter((entry) => entry.verdict !== null)
    .sort((a, b) => shared(b.fact) - shared(a.fact));
  // A count asked of a part's default ("run as three replicas by default?") is judged by the part's default setting
  // that counts the same thing, though a fact without the count leads.
  // A count asked of the default that the default's value is not decides first: a fact stating that count for another
  // scope ("3 replicas, for high availability") does not make it the default.
  const byDefault = judgeDefaultCount(reading, best);
  const counting = ruledOut || byDefault ? undefined : findCountingDefault(context, best);
  const claimed = byDefault ?? (counting ? judgeDefaultCount(reading, counting) : null) ?? claim?.verdict ?? null;
  // What rules the question out leads; the facts that only sat near the question's words would bury it.
  const ruling = [...new Set([...lookup.facts, ...(ruledOut ? [ruledOut] : [])])].filter(
    (fact) => fact.attribute === 'incompatibility' && namesRuledOut(context, fact),
  );
  // The facts the answer writes out: only the ruling ones when something is ruled out, else the lookup's.
  const written = ruledOut ? ruling : lookup.facts;
  // A "no" to "is X supported" (or a "yes" to "X isn't supported, right?") is more useful with what the component does
  // support, which its purpose says.
  const confirmsRuledOut = best.attribute === 'incompatibility' && (polarity.verdict === 'No') !== isQuestionNegated(reading.text);
  const purpose =
    confirmsRuledOut && best.component
      ? factsOf(context, best.architecture, best.component).find((f) => f.attribute === 'purpose' && !lookup.facts.includes(f))
      : undefined;
  // And with the setting it requires in place of what is not supported ("Redis Cluster mode" against "Redis mode = standalone").
  const required = confirmsRuledOut && best.component ? findRequiredInstead(context, best, written) : undefined;
  // A rule of the same part that agrees with the verdict ("must differ; one shared database makes it fail") says why.
  const rule = ruledOut ? undefined : findAgreeingRule(context, best, polarity.verdict, written);
  const added = [
    counting && claimed && !written.includes(counting) ? counting : undefined,
    findConsequence(context, written),
    purpose,
    required,
    rule,
  ].filter((f): f is IndexedFact => f !== undefined);
  const facts = [best, ...lookup.facts.filter((f) => f !== best && !added.includes(f)), ...added];
  // "Is X ruled out?" asks the rule's own sense: the rule against X answers yes.
  const asksExclusion = reading.tokens.some((token) => exclusionPredicates.has(token));
  const opening = ruledOut
    ? `${asksExclusion ? 'Yes' : 'No'}. ${labelVariant(context, ruledOut.architecture, chooseVariant(context, ruledOut.architecture, ruledOut))}: ${ruling.map(writeFact).join(' ')}`
    : // Where the sources disagree, neither side's yes or no is archkb's to give: the disagreement answers, unless both
      // sides give the question the same answer, which then opens it with the disagreement still shown.
      best.attribute === 'conflict' && best === lookup.facts[0] && claimed === null
      ? [judgeAgreedSides(best, judge), lookup.text].filter(Boolean).join('. ')
      : // A level of need offered as one of two ("optional or recommended?") is answered by the level the fact states.
        best.attribute === 'necessity' && claimed === null && offersLevelChoice(reading.text)
        ? lookup.text
        : `${claimed ?? polarity.verdict}. ${polarity.rule === 'setting' && best.attribute === 'setting' && best !== lead ? writeSettingFirst(context, best, lookup.facts) : lookup.text}`;
  // "Is a single container possible?" answered only from layouts the vendor does not present for production says which it does.
  const production = findIndexed(context, best.architecture)?.architecture.variants.filter((variant) => variant.production) ?? [];
  // An answer already naming that layout ("for production run it on X instead") says so already.
  const said = new Set(tokenizeText([opening, ...added.map(writeFact)].join(' ')));
  const unsaid = production.filter((variant) => !listNameHeadWords(variant.name).every((token) => said.has(token)));
  const offProduction =
    (claimed ?? polarity.verdict) === 'Yes' &&
    unsaid.length === production.length &&
    production.length > 0 &&
    !facts.some((fact) => production.some((variant) => fact.variants.includes(variant.id)))
      ? `For production, the vendor presents ${production.map((variant) => `the ${variant.name} layout`).join(' or ')}.`
      : '';
  const text = [opening, ...added.map(writeFact), offProduction].filter(Boolean).join(' ');
  return {
    ...lookup,
    kind: 'yes-no',
    text,
    facts,
    // A rule ruling out what the question names answers it, however few of the question's other words it holds.
    ...(ruledOut ? { coverage: Math.max(lookup.coverage, RULED_OUT_EVIDENCE) } : {}),
    ...(ruledOut && lookup.answeredCoverage !== undefined
      ? // Stryker disable next-line ObjectLiteral,MethodExpression: answerLookup never sets answeredCoverage (only answerQuestion does, over several drafts), so this branch is not reached.
        { answeredCoverage: Math.max(lookup.answeredCoverage, RULED_OUT_EVIDENCE) }
      : {}),
    strength: ruledOut ? Math.max(lookup.strength, RULED_OUT_EVIDENCE) : lookup.strength * (polarity.rule === 'negation' ? 0.85 : 1),
    guessed: polarity.rule === 'negation',
  };
}
