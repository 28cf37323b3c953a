import { clouds } from '../../model/index.ts';
import { chooseVariant, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { findAskedAttribute } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';

/** Words that ask for one answer per cloud ("for each cloud"); the tokenizer keeps them as written. */
const eachWords = new Set(['each', 'every']);

/**
 * "Which managed cache does X suggest for each cloud?" or "… on two named clouds?": the managed service the
 * product names for the part asked about on each cloud asked, from whichever of its layouts names it (one layout may be
 * written for one cloud). Null unless managed services are what is asked and two or more clouds are.
 */
export function answerManagedPerCloud(context: AnswerContext): Draft | null {
  const { reading } = context;
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id || findAskedAttribute(reading.attributes) !== 'managed-service') return null;
  // A layout written for one cloud ("on ECS") names that cloud too.
  const layoutCloud = context.index.byId.get(id)?.architecture.variants.find((v) => v.id === reading.variants.get(id))?.cloud;
  const named = clouds.filter((cloud) => reading.clouds.includes(cloud.id) || cloud.id === layoutCloud);
  const wanted = named.length >= 2 ? named : named.length === 0 && reading.tokens.some((t) => eachWords.has(t)) ? clouds : [];
  if (wanted.length < 2) return null;
  // Every managed service the product names, whatever the question's words; the ranking only orders the parts.
  const services = (context.index.factsByArchitecture.get(id) ?? []).filter((fact) => fact.attribute === 'managed-service');
  const ranked = context.ranked().filter((scored) => scored.fact.attribute === 'managed-service' && scored.fact.architecture === id);
  const variant = chooseVariant(context, id);
  const pick = (part: string | null) =>
    wanted.flatMap((cloud) => {
      const own = services.filter((fact) => fact.component === part && fact.text.startsWith(`${cloud.label}: `));
      const found = own.find((fact) => fact.variants.includes(variant)) ?? own[0];
      return found ? [found] : [];
    });
  // The part asked about is the one with a service named on the most of the clouds asked; the higher-ranked on a tie.
  const parts = [...new Set([...ranked.map((scored) => scored.fact.component), ...services.map((fact) => fact.component)])];
  const picked = parts.map(pick).reduce<IndexedFact[]>((best, facts) => (facts.length > best.length ? facts : best), []);
  if (picked.length < 2) return null;
  const groups = new Map<string, IndexedFact[]>();
  for (const fact of picked) {
    const label = labelVariant(context, id, chooseVariant(context, id, fact));
    groups.set(label, [...(groups.get(label) ?? []), fact]);
  }
  const text = [...groups].map(([label, facts]) => `${label}: ${facts.map((fact) => writeFact(fact)).join(' ')}`).join(' ');
  return { kind: 'lookup', text, facts: picked, coverage: 0.9, strength: 0.8 };
}
