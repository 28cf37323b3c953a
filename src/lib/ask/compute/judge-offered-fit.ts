import { askVocabulary, joinWords, type SizingResource } from '../../model/index.ts';
import { resourceWordOf, tokenizeText } from '../normalize-question.ts';
import type { NumberMention } from '../types.ts';
import type { ResourceSum } from './sum-figures.ts';

const fitTokens = new Set(askVocabulary.fitCues.flatMap((word) => tokenizeText(word)));

/** How many tokens after a size's unit may name what it measures ("4 GB of RAM"). */
const NAME_REACH = 3;

/** Resource names as the verdict writes them. */
const resourceNames: Partial<Record<SizingResource, string>> = { vcpu: 'CPU', memoryGiB: 'memory', storageGiB: 'storage' };

/** A unit as figures are written ("GB", "GiB", "vCPU"), from the lower-cased unit the question gave. */
function writeUnit(unit: string): string {
  if (unit === 'vcpu' || unit === 'vcpus') return 'vCPU';
  return /^[kmgt]i?b$/.test(unit) ? unit.toUpperCase().replace('IB', 'iB') : unit;
}

/** A figure the asker offers, and the resource it is of. */
interface Offered {
  resource: SizingResource;
  value: number;
  written: string;
}

/**
 * The figures a question offers to be checked ("a 2 vCPU / 8 GB box with a 50 GB volume"): a CPU figure, and sizes named
 * by the word after them (RAM, disk); an unnamed size right after a CPU figure is memory, as machine specs are written.
 */
function readOffered(tokens: readonly string[], numbers: readonly NumberMention[]): Offered[] {
  const offered: Offered[] = [];
  numbers.forEach((mention, at) => {
    if (mention.canonical === undefined || mention.negative) return;
    // Stryker disable next-line StringLiteral,MethodExpression: a figure with a canonical value always has its unit.
    const written = `${mention.value} ${writeUnit(mention.unit ?? '')}`.trim();
    if (mention.measure === 'cpu') {
      offered.push({ resource: 'vcpu', value: mention.canonical, written });
      return;
    }
    const named = tokens
      .slice(mention.position + 1, mention.position + 1 + NAME_REACH)
      .map((token) => resourceWordOf.get(token))
      .find((resource) => resource === 'memoryGiB' || resource === 'storageGiB');
    const previous = numbers[at - 1];
    const resource = named ?? (previous?.measure === 'cpu' ? 'memoryGiB' : undefined);
    if (resource) offered.push({ resource, value: mention.canonical, written });
  });
  return offered;
}

/** The resources of the figures a question offers to be checked, none when it asks no such check. */
export function listOfferedResources(tokens: readonly string[], numbers: readonly NumberMention[]): SizingResource[] {
  if (!tokens.some((token) => fitTokens.has(token))) return [];
  return [...new Set(readOffered(tokens, numbers).map((offer) => offer.resource))];
}

/**
 * "Is 2 GB of RAM enough?", "does a 2 vCPU / 8 GB box meet the minimum?": the verdict on the figures offered against the
 * sums the sources state, "No" naming each one below its sum, else "Yes". Null when the question asks no such check or
 * offers no figure of a resource summed.
 */
export function judgeOfferedFit(tokens: readonly string[], numbers: readonly NumberMention[], sums: readonly ResourceSum[]): string | null {
  if (!tokens.some((token) => fitTokens.has(token))) return null;
  const checked = readOffered(tokens, numbers).flatMap((offer) => {
    const sum = sums.find((each) => each.resource === offer.resource && each.side === 'request');
    return sum ? [{ offer, sum }] : [];
  });
  if (checked.length === 0) return null;
  const short = checked.filter(({ offer, sum }) => offer.value < sum.total.low);
  const name = (resource: SizingResource) => resourceNames[resource] ?? resource;
  if (short.length > 0)
    return `No: ${joinWords(short.map(({ offer }) => `${name(offer.resource)} ${offer.written}`))} ${short.length > 1 ? 'are' : 'is'} below what the sources state.`;
  return `Yes: ${joinWords(checked.map(({ offer }) => `${name(offer.resource)} ${offer.written}`))} ${checked.length > 1 ? 'meet' : 'meets'} what the sources state.`;
}
