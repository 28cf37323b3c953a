import {
  chooseVariant,
  findComponentMatches,
  findIndexed,
  findResolved,
  labelVariant,
  writeFact,
  type AnswerContext,
} from '../answer-context.ts';
import { judgeCondition } from '../judge-polarity.ts';
import { askVocabulary } from '../../model/index.ts';
import { tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const [subnetToken = 'subnet'] = tokenizeText('subnet');
const exclusiveWords = new Set(askVocabulary.exclusiveCues.flatMap((word) => tokenizeText(word)));

/**
 * "May X sit in a public subnet beside Y?" against X's stated placement: the subnet kind the question names
 * opposite to X's answers no, the same one yes. X is the component the question names first, so the one it is put
 * next to does not decide. Null when the question names no subnet or its first-named component has no placement.
 */
export function answerPlacement(context: AnswerContext): Draft | null {
  const { tokens } = context.reading;
  if (!tokens.includes(subnetToken)) return null;
  const firstAt = (tokensOf: ReadonlySet<string>) => tokens.findIndex((token) => tokensOf.has(token));
  const mentioned = findComponentMatches(context)
    .map((match) => ({
      match,
      at: firstAt(findIndexed(context, match.architectureId)?.components.get(match.componentId)?.tokens ?? new Set()),
    }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  const [first] = mentioned;
  if (!first) return null;
  const { architectureId, componentId } = first.match;
  const entry = findIndexed(context, architectureId);
  if (!entry) return null;
  const variantId = chooseVariant(context, architectureId);
  const component = findResolved(entry, variantId).components.find((c) => c.id === componentId);
  if (!component?.placement) return null;
  const verdict = judgeCondition(tokens, component.placement.subnet);
  if (verdict === 'unknown') return null;
  const facts = (context.index.factsByArchitecture.get(architectureId) ?? []).filter(
    (fact) => fact.component === componentId && fact.attribute === 'placement' && fact.variants.includes(variantId),
  );
  // Put where it does not belong, the group the question names (a subnet kind with its members) says what goes there.
  const named = (context.index.factsByArchitecture.get(architectureId) ?? []).filter((fact) => {
    if (verdict !== 'fails' || fact.attribute !== 'group' || !fact.variants.includes(variantId)) return false;
    const words = tokenizeText(fact.text.split(':')[0] ?? '');
    return words.includes(subnetToken) && words.some((word) => word !== subnetToken && tokens.includes(word));
  });
  facts.push(...named);
  const label = labelVariant(context, architectureId, variantId);
  // "Apart from X, may any component sit in a public subnet?" asks about the others: the group of that subnet kind
  // listing X alone answers no.
  const excluding = tokens.slice(Math.max(0, first.at - 3), first.at).some((token) => exclusiveWords.has(token));
  if (excluding) {
    const groups = (context.index.factsByArchitecture.get(architectureId) ?? []).filter((fact) => {
      if (fact.attribute !== 'group' || !fact.variants.includes(variantId)) return false;
      const words = tokenizeText(fact.text.split(':')[0] ?? '');
      return words.includes(subnetToken) && words.some((word) => word !== subnetToken && tokens.includes(word));
    });
    const [group] = groups;
    if (!group) return null;
    const members = (group.text.split(':')[1] ?? '').split(/,\s*|\s+and\s+/).filter((member) => member.trim() !== '');
    const alone = members.length === 1 && members[0]?.trim() === component.name;
    return {
      kind: 'yes-no',
      text: `${alone ? 'No' : 'Yes'}. ${label}: ${[group, ...facts].map(writeFact).join(' ')}`,
      facts: [group, ...facts],
      coverage: 0.85,
      strength: 0.85,
    };
  }
  return {
    kind: 'yes-no',
    text: `${verdict === 'fails' ? 'No' : 'Yes'}. ${label}: ${facts.map(writeFact).join(' ') || `${component.name} runs in a ${component.placement.subnet} subnet.`}`,
    facts,
    coverage: 0.85,
    strength: 0.85,
  };
}
