import { findCategory } from '../model/index.ts';
import type { ComparisonPair } from './build-comparison.ts';

/** What a pair page says about the categories of its two products, and where their peers are compared. */
export interface PairCategories {
  same: boolean;
  text: string;
  links: { label: string; href: string }[];
}

/** Says whether two products are peers, so a reader knows how much the differences mean. */
export function describePairCategories(pair: ComparisonPair): PairCategories {
  const left = findCategory(pair.left.category);
  const right = findCategory(pair.right.category);
  if (pair.left.category === pair.right.category) {
    return {
      same: true,
      text: `Both are ${left.plural}, so the rows compare the same job done two ways.`,
      links: [{ label: `All ${left.plural} compared`, href: `/compare/#${pair.left.category}` }],
    };
  }
  return {
    same: false,
    text: `${pair.left.product} is one of the ${left.plural} and ${pair.right.product} one of the ${right.plural}: they do different jobs, so most rows differ for that reason alone.`,
    links: [
      { label: `${left.label} compared`, href: `/compare/#${pair.left.category}` },
      { label: `${right.label} compared`, href: `/compare/#${pair.right.category}` },
    ],
  };
}
