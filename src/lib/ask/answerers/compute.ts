import { askVocabulary, formatLoad, formatRateConversion, joinWords, type SizingResource } from '../../model/index.ts';
import { trimStop, type AnswerContext } from '../answer-context.ts';
import { applyFormula } from '../compute/apply-formula.ts';
import { applyLimitRule } from '../compute/apply-limit-rule.ts';
import { createComputeSubject, type ComputeSubject } from '../compute/compute-subject.ts';
import { countPerZone } from '../compute/count-per-zone.ts';
import { findCapacity } from '../compute/find-capacity.ts';
import { findScopeWithout } from '../compute/find-scope-without.ts';
import { findStatedTotal } from '../compute/find-stated-total.ts';
import { findTargets, findTargetsByNote, type Target } from '../compute/find-targets.ts';
import { formatInStatedUnit } from '../compute/format-exact.ts';
import { listDriverWords, readLoads, readSpread } from '../compute/read-loads.ts';
import { packTotals, sizeAtLoad } from '../compute/size-at-load.ts';
import { describeScopes, sumFigures, writeSum, writeTotal, type FigureSums } from '../compute/sum-figures.ts';
import { judgeOfferedFit, listOfferedResources } from '../compute/judge-offered-fit.ts';
import { divideBySetting, multiplySetting } from '../compute/multiply-setting.ts';
import { scaleMeasuredFigure } from '../compute/scale-measured-figure.ts';
import { boundWords, sumSettings } from '../compute/sum-settings.ts';
import { listLeftOutPhrases, stopwords, tokenizeText } from '../normalize-question.ts';
import { listQueryTokens } from '../select-facts.ts';
import type { RequirementScope } from '../../../schemas/requirement.ts';
import type { Draft, IndexedFact, NumberMention } from '../types.ts';

/** Words that say how or what to compute rather than naming a component ("total", "memory", "replicas", "minimum"). */
const operationWords = new Set(
  [
    ...askVocabulary.computeCues,
    ...askVocabulary.wholeCues,
    ...askVocabulary.countNouns,
    ...Object.keys(askVocabulary.resourceWords),
    ...askVocabulary.requestLimitCues.request,
    ...askVocabulary.requestLimitCues.limit,
    ...Object.values(askVocabulary.scopeCues).flat(),
  ].flatMap((word) => tokenizeText(word)),
);

const scopeWords = new Set(Object.values(askVocabulary.scopeCues).flatMap((words) => words.flatMap((word) => tokenizeText(word))));
const limitWords = new Set(askVocabulary.requestLimitCues.limit.flatMap((word) => tokenizeText(word)));
const marginWords = new Set([...askVocabulary.changeNouns, ...askVocabulary.marginCues].flatMap((word) => tokenizeText(word)));
const requestWords = new Set(askVocabulary.requestLimitCues.request.flatMap((word) => tokenizeText(word)));

/** How far after a figure the word calling it a request may sit ("12 vCPU of requests": two words on). */
const REQUEST_WINDOW = 3;
const countNouns = new Set(askVocabulary.countNouns.flatMap((word) => tokenizeText(word)));
// The verbs of running a service ("runs 2 replicas"), as the vendor-run rule reads them, and the words that tie a count
// to a part as they do ("the worker at 2 replicas").
const countOpeners = new Set(
  [...askVocabulary.vendorOperatedCues.verbs, ...askVocabulary.countLinkWords].flatMap((word) => tokenizeText(word)),
);

/** The facts a computation rests on: the sizing figures, rules and settings of the components it used. */
function listComputeFacts(
  context: AnswerContext,
  subject: ComputeSubject,
  components: readonly string[],
  attributes: readonly string[],
): IndexedFact[] {
  const variant = subject.resolved.variant.id;
  // Stryker disable next-line ArrayDeclaration: the index holds facts for every architecture a subject is made from.
  return (context.index.factsByArchitecture.get(subject.entry.architecture.id) ?? []).filter(
    (fact) =>
      // Stryker disable next-line ConditionalExpression: a null component is in no list of component ids either.
      fact.component !== null &&
      components.includes(fact.component) &&
      attributes.includes(fact.attribute) &&
      fact.variants.includes(variant),
  );
}

/**
 * Counts the question sets for what it names: a number right before a target's name words or a count noun ("2 worker
 * replicas", "two tasks"). A
 * count before a word no target has ("1 frontend replica") is unattached: the question lists parts archkb cannot name.
 */
function readCounts(
  context: AnswerContext,
  targets: readonly Target[],
  numbers: readonly NumberMention[],
): { counts: Map<string, number>; later: Map<string, number>; unattached: number } {
  const counts = new Map<string, number>();
  // "3 workers today, 5 workers later": a later, different count of a part already counted.
  const later = new Map<string, number>();
  let unattached = 0;
  for (const number of numbers) {
    if (number.negative || number.unit !== undefined || !Number.isInteger(number.value) || number.value > 10_000) continue;
    const next = context.reading.tokens.slice(number.position + 1, number.position + 3);
    // A hit counts through the target's own name or a count noun: in "10,000 cached sessions" a note's word ("cached")
    // says what is counted, and it is not the component.
    const named = targets.find((t) =>
      t.hits.some((hit) => next.includes(hit) && (countNouns.has(hit) || tokenizeText(t.name).includes(hit))),
    );
    const counted = next.some((token) => countNouns.has(token));
    // "The worker example runs 2 replicas" or "the worker at 2 replicas": a count noun right after the number, which a
    // running verb or a linking word opens, counts the one named target when its name stands up to four words before it.
    const [only] = targets;
    const verb = number.position - 1;
    const before = context.reading.tokens.slice(Math.max(0, verb - 4), verb);
    const countsOnly =
      countNouns.has(next[0] ?? '') &&
      countOpeners.has(context.reading.tokens[verb] ?? '') &&
      targets.length === 1 &&
      only?.hits.some((hit) => before.includes(hit));
    const target = named ?? (countsOnly ? only : undefined);
    if (target && !counts.has(target.id)) counts.set(target.id, number.value);
    else if (target && !later.has(target.id) && counts.get(target.id) !== number.value) later.set(target.id, number.value);
    else if (!target && counted) unattached++;
  }
  return { counts, later, unattached };
}

// Stryker disable next-line StringLiteral: tokenizeText always gives "zone" a token; the default only satisfies the type.
const [zoneToken = 'zone'] = tokenizeText('zone');

/** The facts a zone count rests on: the variant's zone minimum and the groups counted. */
function listZoneFacts(context: AnswerContext, subject: ComputeSubject, groups: readonly string[]): IndexedFact[] {
  const labels = subject.resolved.groups.filter((group) => groups.includes(group.id)).map((group) => group.label);
  // Stryker disable next-line ArrayDeclaration: the index holds facts for every architecture a subject is made from.
  return (context.index.factsByArchitecture.get(subject.entry.architecture.id) ?? []).filter(
    (fact) =>
      fact.variants.includes(subject.resolved.variant.id) &&
      (fact.attribute === 'zones' || (fact.attribute === 'group' && labels.some((label) => fact.text.startsWith(label)))),
  );
}

/** The load driver whose words the question uses most ("workspaces"), or null when it names none. */
function findNamedDriver(subject: ComputeSubject, tokens: readonly string[]): string | null {
  let best: { id: string; hits: number } | null = null;
  for (const driver of subject.entry.architecture.loadDrivers) {
    const hits = listDriverWords(driver).filter((word) => tokens.includes(word)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { id: driver.id, hits };
  }
  return best?.id ?? null;
}

const sumExclusionPatterns = askVocabulary.sumExclusionPatterns.map((pattern) => new RegExp(pattern, 'gu'));

/** A subject without some parts' figures, and those parts as "part (component)". */
interface SubjectWithout {
  subject: ComputeSubject;
  dropped: { part: string; component: string }[];
}

/**
 * The subject without the figures of the parts a question leaves out by every word of their name ("without the
 * auth-sidecar container"), so a component's total counts only its other containers.
 */
function leaveOutParts(subject: ComputeSubject, excluded: readonly string[]): SubjectWithout {
  const left = new Set(excluded);
  const leftOut = (part: string | undefined): part is string =>
    part !== undefined && left.size > 0 && tokenizeText(part).every((token) => left.has(token));
  const dropped = subject.resolved.components.flatMap((component) =>
    (component.requirements ?? []).flatMap((requirement) =>
      leftOut(requirement.part) ? [{ part: requirement.part, component: component.name }] : [],
    ),
  );
  if (dropped.length === 0) return { subject, dropped };
  const components = subject.resolved.components.map((component) => ({
    ...component,
    requirements: component.requirements?.filter((requirement) => !leftOut(requirement.part)),
  }));
  return { subject: { ...subject, resolved: { ...subject.resolved, components } }, dropped };
}

/** A draft of a computation. */
function draft(text: string, facts: IndexedFact[]): Draft {
  return { kind: 'compute', text, facts: facts.slice(0, 8), coverage: 0.9, strength: 0.85 };
}

/**
 * Computes what the question asks of one architecture: a sizing at the loads it names, a limit from a request it gives,
 * a stated multiple of a count, a sum of a setting across components, or a sum of stated figures over what it names
 * (or the whole variant). Returns null when there is nothing to compute, so the question is looked up instead.
 */
export function answerCompute(context: AnswerContext): Draft | null {
  const [architectureId] = context.scope;
  if (!architectureId || context.scope.length !== 1) return null;
  const reading = context.reading;
  // In a computation "without X" leaves X out as "excluding X" does.
  const leftOutWords = [
    ...new Set([
      ...reading.excluded,
      ...listLeftOutPhrases(reading.text.toLowerCase(), sumExclusionPatterns).flatMap((phrase) =>
        tokenizeText(phrase).filter((token) => !stopwords.has(token)),
      ),
    ]),
  ];
  const whole = createComputeSubject(context, architectureId);
  if (!whole) return null;
  const { subject, dropped } = leaveOutParts(whole, leftOutWords);
  const computed = computeAtEachLoad(context, subject, leftOutWords) ?? computeFor(context, subject, leftOutWords);
  // A sum's label names only the component, so the parts it left out are said after it.
  const said = dropped.filter((entry) => (computed?.text ?? '').includes(entry.component));
  return computed && said.length > 0
    ? { ...computed, text: `${computed.text} Left out: ${joinWords(said.map((entry) => `${entry.part} (${entry.component})`))}.` }
    : computed;
}

/**
 * "We're at 30 logins/s and expect 90 next year": a later figure of a load already given is computed too, after the
 * earlier one, and the change between their totals said; null when the question gives each load once.
 */
function computeAtEachLoad(context: AnswerContext, subject: ComputeSubject, leftOutWords: readonly string[]): Draft | null {
  const { again } = readLoads(context.reading, subject.entry.architecture.loadDrivers);
  const [later] = again;
  if (!later || again.some((figure) => figure.driver !== later.driver || figure.value !== later.value)) return null;
  const driver = subject.entry.architecture.loadDrivers.find((each) => each.id === later.driver);
  // Stryker disable next-line ConditionalExpression: readLoads gives figures of the product's own drivers only, so one is found.
  if (!driver) return null;
  const before = computeFor(context, subject, leftOutWords);
  // The later figure is read where the earlier one stood, so it keeps the words that named the load.
  const numbers = context.reading.numbers.map((number) =>
    number.position === later.replaces ? { ...number, value: later.value } : number,
  );
  const after = computeFor({ ...context, reading: { ...context.reading, numbers } }, subject, leftOutWords);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: a later load is only read beside a load already given, so both sizings give text.
  if (!before?.text || !after?.text) return null;
  // Stryker disable next-line OptionalChaining,ConditionalExpression: the figure a later one replaces is always one of the question's numbers.
  const earlier = context.reading.numbers.find((number) => number.position === later.replaces)?.value ?? later.value;
  const change = describeChange(before.totals ?? [], after.totals ?? []);
  return {
    ...after,
    text: `${before.text} ${after.text}${change ? ` From ${formatLoad(driver, earlier)} to ${formatLoad(driver, later.value)}: ${change}.` : ''}`,
    facts: [...new Set([...before.facts, ...after.facts])],
  };
}

/** The change between two computations' totals of each resource and side both give ("4 vCPU more (2 vCPU, then 6 vCPU)"). */
function describeChange(before: NonNullable<Draft['totals']>, after: NonNullable<Draft['totals']>): string {
  return joinWords(
    after.flatMap((total) => {
      // Stryker disable next-line ConditionalExpression: a load-sized total gives the request side only, so the sides always agree.
      const earlier = before.find((other) => other.resource === total.resource && other.side === total.side);
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: both sizings size the same parts, so every later total has an earlier one.
      if (!earlier) return [];
      const low = total.value.low - earlier.value.low;
      const high = total.value.high - earlier.value.high;
      // Sizing rules grow with the load, so a range's two ends move the same way and their sum says whether and which way.
      const moved = low + high;
      if (moved === 0) return [];
      // Stryker disable next-line EqualityOperator: a sum of zero returned above.
      const more = moved > 0;
      const amount = formatInStatedUnit(total.resource, more ? { low, high } : { low: -low, high: -high }, total.stated ?? []);
      return [`${amount} ${more ? 'more' : 'less'} (${earlier.text}, then ${total.text})`];
    }),
  );
}

/** answerCompute's work for one subject, with the words the question leaves out. */
function computeFor(context: AnswerContext, subject: ComputeSubject, leftOutWords: readonly string[]): Draft | null {
  const reading = context.reading;
  const { loads, negative, rest } = readLoads(reading, subject.entry.architecture.loadDrivers);
  const query = listQueryTokens(context.index, reading);
  const variantTokens = subject.entry.variantTokens.get(subject.resolved.variant.id) ?? new Set<string>();
  // The words of a load ("concurrent workspaces") describe the load, not a component to report.
  const loadWords = new Set(
    subject.entry.architecture.loadDrivers.filter((driver) => loads.some((load) => load.driver === driver.id)).flatMap(listDriverWords),
  );
  // What the question leaves out ("leave the operator out") is named like a target, then kept out of every figure; the
  // rest of its name ("drop the log shipper and its metrics") names no target either.
  const excluded =
    leftOutWords.length === 0
      ? []
      : findTargets(subject.resolved, leftOutWords, subject.entry.nameTokens, variantTokens).flatMap((target) => target.components);
  const leftOut = new Set([
    ...leftOutWords,
    // Stryker disable next-line OptionalChaining,StringLiteral: the ids come from findTargets over these same components.
    ...excluded.flatMap((id) => tokenizeText(subject.resolved.components.find((component) => component.id === id)?.name ?? '')),
  ]);
  const asked = query.filter((token) => !loadWords.has(token) && !leftOut.has(token));
  const namedTargets = findTargets(
    subject.resolved,
    asked.filter((token) => !operationWords.has(token)),
    subject.entry.nameTokens,
    variantTokens,
  );
  // With no load and no component named, words of one component's figure notes ("the task size", "two tasks") say what
  // is totalled; a count noun counts there, as a note says what its count is of.
  const targets =
    namedTargets.length > 0 || loads.length > 0
      ? namedTargets
      : findTargetsByNote(
          subject.resolved,
          asked.filter((token) => !operationWords.has(token) || countNouns.has(token)),
          subject.entry.nameTokens,
          variantTokens,
        );
  if (negative) {
    const [target] = targets;
    const rules = listComputeFacts(context, subject, target ? target.components : subject.resolved.components.map((c) => c.id), [
      'sizing-rule',
    ]);
    return draft(
      `A load cannot be negative, so archkb does not size ${subject.label} for it. ${rules.map((fact) => `${fact.subject}: ${fact.text}.`).join(' ')}`.trim(),
      rules,
    );
  }
  if (reading.attributes.has('zones')) {
    const zoneCount = countPerZone(subject, reading.tokens, reading.numbers, zoneToken, reading.text);
    if (zoneCount) return draft(zoneCount.text, listZoneFacts(context, subject, zoneCount.groups));
  }
  // Figures offered to be checked ("a 2 vCPU / 8 GB box: enough?") are summed even when the question names no resource.
  const resources: SizingResource[] = [...new Set([...reading.resources, ...listOfferedResources(reading.tokens, reading.numbers)])];
  // "The test setup at N requests per second" describes the tested layout by its load, as "the run that hit N" does the
  // figures whose note states N; their stated figures answer, not a sizing.
  const scenario =
    loads.length === 0 || resources.length === 0
      ? null
      : reading.scopes.includes('tested') && loads.every((load) => isTestedLoad(subject, load.driver, load.value))
        ? 'tested'
        : findScenarioScope(subject, loads);
  if (scenario) {
    const stated = sumFigures(subject, targets, { resources, side: reading.side, scopes: [scenario], counts: new Map() });
    if (stated.sums.length > 0) return draft(writeSums(subject, stated), listComputeFacts(context, subject, stated.used, ['requirement']));
  }
  // Asked about the tested setup by its load with no figure named ("which instance type ran the 1000 logins test"): a lookup.
  if (
    loads.length > 0 &&
    resources.length === 0 &&
    reading.scopes.includes('tested') &&
    loads.every((load) => isTestedLoad(subject, load.driver, load.value))
  )
    return null;
  if (loads.length > 0) {
    const sized = sizeAtLoad(subject, loads, targets, {
      resources,
      side: reading.side,
      whole: reading.whole || (reading.compute && targets.length > 0 && targets.every((t) => t.kind === 'group')),
      excluded,
      thresholds: !reading.yesNo,
      spread: readSpread(reading, rest),
    });
    // The loads given per another unit of time say what they were converted to, so the figures can be checked.
    const conversions = loads.flatMap((load) => (load.given ? [`${formatRateConversion(load.given, load.value)}.`] : []));
    // "How many 4 vCPU pods": the copies of the size given that the requested total fills.
    const packed = sized ? packTotals(reading.tokens, rest, sized.totals, countNouns) : null;
    if (sized)
      return {
        ...draft(
          [...conversions, sized.text, ...(packed ? [packed] : [])].join(' '),
          listComputeFacts(context, subject, sized.components, ['sizing-rule', 'limit-rule', 'requirement', 'threshold']),
        ),
        totals: sized.totals.map((total) => ({ ...total, side: 'request' as const })),
      };
  }
  // "12 vCPU of requests: what CPU limit, and how much above the request?" gives a request and asks its limit, however
  // the rest reads; a figure not called a request may be a budget to fit a load in.
  const limit = applyLimitRule(
    subject,
    targets,
    rest,
    reading.tokens.some((token) => marginWords.has(token)),
  );
  const givenRequest = rest.some(
    (number) =>
      number.measure !== undefined &&
      reading.tokens.slice(number.position + 1, number.position + 1 + REQUEST_WINDOW).some((token) => requestWords.has(token)),
  );
  if (limit && givenRequest && reading.tokens.some((token) => limitWords.has(token)))
    return draft(limit.text, listComputeFacts(context, subject, limit.components, ['limit-rule', 'requirement']));
  // "How many workspaces fit in 100 GiB": the load a budget the question gives holds, by the vendor's per-unit rules.
  if (loads.length === 0 && reading.expectsNumber && reading.numbers.some((number) => number.measure !== undefined)) {
    const capacity = findCapacity(subject, targets, reading.numbers, findNamedDriver(subject, reading.tokens));
    if (capacity)
      return draft(capacity.text, listComputeFacts(context, subject, capacity.components, ['sizing-rule', 'requirement', 'limit-rule']));
  }
  if (limit && reading.tokens.some((token) => limitWords.has(token)))
    return draft(limit.text, listComputeFacts(context, subject, limit.components, ['limit-rule', 'requirement']));
  const formula = applyFormula(reading, context.ranked(), rest);
  if (formula) return draft(formula.text, formula.facts);
  const { counts: copies, later } = readCounts(context, targets, reading.numbers);
  const product = multiplySetting(subject, targets, copies, query, reading.numbers);
  const quotient = copies.size === 0 ? divideBySetting(subject, targets, reading.numbers) : null;
  if (quotient) return draft(quotient.text, listComputeFacts(context, subject, [quotient.component], ['setting']));
  if (product) {
    // A later count of the same part ("… then 5 workers") gets its own product after the first.
    const laterCount = later.get(product.component);
    const then =
      laterCount === undefined
        ? null
        : multiplySetting(subject, targets, new Map([[product.component, laterCount]]), query, reading.numbers);
    return draft(
      then ? `${product.text} ${then.text}` : product.text,
      listComputeFacts(context, subject, [product.component], ['setting']),
    );
  }
  if (resources.length === 0) return null;
  // "The combined minimum and maximum replicas": each bound is a sum of its own.
  if (query.some((token) => boundWords.min.has(token)) && query.some((token) => boundWords.max.has(token))) {
    const low = sumSettings(
      subject,
      targets,
      query.filter((token) => !boundWords.max.has(token)),
    );
    const high = sumSettings(
      subject,
      targets,
      query.filter((token) => !boundWords.min.has(token)),
    );
    if (low && high && low.text !== high.text)
      return draft(
        `${low.text} ${high.text}`,
        listComputeFacts(context, subject, [...new Set([...low.components, ...high.components])], ['setting']),
      );
  }
  // "What would 1,800 queued jobs take, by the test?": a figure measured with a count of those things, scaled.
  const scaled = scaleMeasuredFigure(subject, reading);
  if (scaled)
    return draft(
      scaled.text,
      listComputeFacts(context, subject, [scaled.component], ['requirement']).filter((fact) => fact.text.startsWith(scaled.part)),
    );
  const settings = sumSettings(subject, targets, query);
  if (settings) return draft(settings.text, listComputeFacts(context, subject, settings.components, ['setting']));
  const read = readCounts(context, targets, rest);
  // "Does X run a 3-node store by default?" offers the count of a stated scope to be checked, so the stated figures answer.
  const { counts, unattached } = reading.yesNo && reading.scopes.length > 0 ? { counts: new Map<string, number>(), unattached: 0 } : read;
  if (!reading.compute && counts.size === 0) return null;
  // Parts listed by counts archkb cannot name, in a named scope ("the example with one frontend and two workers"): sum that whole scope.
  const summed = unattached > 0 && reading.scopes.length > 0 ? [] : targets;
  const named = sumFigures(subject, summed, { resources, side: reading.side, scopes: reading.scopes, counts });
  // A scope word that no figure carries ("the suggested task size" of a reference layout) does not void the sum; the
  // answer names the scope it used.
  const sums =
    named.sums.length === 0 && reading.scopes.length > 0
      ? sumFigures(subject, summed, { resources, side: reading.side, scopes: [], counts })
      : named;
  if (sums.sums.length === 0) return null;
  // Asked for CPU or memory, a node count alone answers nothing asked: what the sources leave unstated is said instead.
  if (reading.resources.some((resource) => resource !== 'nodes') && sums.sums.every((sum) => sum.resource === 'nodes')) return null;
  // "With the log shipper left out": figures whose note describes the layout without those parts answer first, the
  // figures with them after, so the reader sees both.
  const without = findScopeWithout(subject, leftOutWords);
  const lean =
    without && !reading.scopes.every((scope) => scope === without.scope)
      ? sumFigures(subject, summed, { resources, side: reading.side, scopes: [without.scope], counts })
      : null;
  if (without && lean && lean.sums.length > 0)
    return {
      ...draft(
        `Leaving them out (${trimStop(without.note)}): ${writeSums(subject, lean)} With them: ${writeSums(subject, sums)}`,
        listComputeFacts(context, subject, [...lean.used, ...sums.used], ['requirement']),
      ),
      totals: lean.sums.map((sum) => ({ resource: sum.resource, side: sum.side, value: sum.total, text: writeTotal(sum) })),
    };
  // "Minimum and production": each scope the question names that the figures state is summed on its own.
  const perScope = reading.scopes
    .map((scope) => sumFigures(subject, summed, { resources, side: reading.side, scopes: [scope], counts }))
    .filter((each, at) => each.sums.length > 0 && each.scopes.length === 1 && each.scopes[0] === reading.scopes[at]);
  if (perScope.length > 1)
    return {
      ...draft(
        perScope.map((each) => writeSums(subject, each)).join(' '),
        listComputeFacts(context, subject, [...new Set(perScope.flatMap((each) => each.used))], ['requirement']),
      ),
      totals: perScope.flatMap((each) =>
        each.sums.map((sum) => ({ resource: sum.resource, side: sum.side, value: sum.total, text: writeTotal(sum) })),
      ),
    };
  // The vendor's own total of what the question names leads; archkb's sum of its parts follows, so a gap shows.
  const stated = findStatedTotal(
    context.index.factsByArchitecture.get(subject.entry.architecture.id) ?? [],
    subject.resolved.variant.id,
    // A scope word ("the default totals") names what a note totals as much as a part's name does.
    asked.filter((token) => (!operationWords.has(token) || scopeWords.has(token)) && !subject.entry.nameTokens.has(token)),
  );
  const facts = listComputeFacts(context, subject, sums.used, ['requirement']);
  // "Is 2 GB of RAM enough?": the verdict on the figures offered leads the sums it is judged by.
  const verdict = judgeOfferedFit(reading.tokens, reading.numbers, sums.sums);
  const lead = verdict ? `${verdict} ` : '';
  return {
    ...(stated
      ? draft(
          `${lead}${trimStop(stated.text.replace(/^Note:\s*/, ''))}. ${sums.used.length > 1 ? "Summed from archkb's figures" : "archkb's figures"}: ${writeSums(subject, sums)}`,
          [stated, ...facts],
        )
      : draft(`${lead}${writeSums(subject, sums)}`, facts)),
    totals: sums.sums.map((sum) => ({ resource: sum.resource, side: sum.side, value: sum.total, text: writeTotal(sum) })),
  };
}

/**
 * The scope of the first figures whose note states every load the question gives, each number followed by its driver's
 * words ("a test run that reached 500 logins and 9,000 refreshes"), or null.
 */
function findScenarioScope(subject: ComputeSubject, loads: readonly { driver: string; value: number }[]): RequirementScope | null {
  const drivers = new Map(subject.entry.architecture.loadDrivers.map((driver) => [driver.id, new Set(listDriverWords(driver))]));
  const states = (note: string, load: { driver: string; value: number }) =>
    [...note.matchAll(/(\d[\d,]*(?:\.\d+)?)((?:\s+[\p{L}-]+){1,3})/gu)].some(
      ([, number = '', after = '']) =>
        Number(number.replace(/,/g, '')) === load.value && tokenizeText(after).some((token) => drivers.get(load.driver)?.has(token)),
    );
  for (const part of [...subject.resolved.components, ...subject.resolved.hosts])
    for (const entry of part.requirements ?? []) if (loads.every((load) => states(entry.note ?? '', load))) return entry.scope;
  return null;
}

/** Whether a load is the one a tested range of the variant names, so the question describes that test. */
function isTestedLoad(subject: ComputeSubject, driver: string, value: number): boolean {
  // Stryker disable next-line ArrayDeclaration: a range that is not an object is no tested range, as with none.
  return (subject.resolved.variant.rated ?? []).some(
    (range) => range.basis === 'tested' && range.driver === driver && (range.max === value || range.min === value),
  );
}

/** Sums of stated figures as the answer's sentence. */
function writeSums(subject: ComputeSubject, sums: FigureSums): string {
  const scope = describeScopes(sums.scopes);
  const unstated = sums.unstated.length > 0 ? ` Not stated for ${sums.unstated.join(', ')}.` : '';
  const sides = new Set(sums.sums.map((sum) => sum.side));
  return `${subject.label}${scope ? ` (${scope} figures)` : ''}: ${sums.sums.map((sum) => writeSum(sum, sides.size > 1)).join('; ')}.${unstated}`;
}
