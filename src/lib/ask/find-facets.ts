/** Most words one listed item may have; a longer stretch is a clause, not an item of a list. */
const MAX_ITEM_WORDS = 5;

/**
 * What parts a list: commas (with or without "and"/"or" after them; not the separator of "10,000"), a bare "and",
 * semicolons and slashes between words.
 */
const itemSeparator = /\s*(?:,(?!\d)|;)\s*(?:(?:and|or)\s+)?|\s+and\s+|\s+\/\s+/i;

/** Most words of a terse question whose parts joined by "and" are asked items. */
const TERSE_WORDS = 10;

/** Words that open a question as a sentence; a terse one has none of them first. */
const questionOpener = /^(?:what|which|how|who|where|when|why|is|are|do|does|did|can|could|should|will|would|has|have)\b/i;

/** What introduces a list of asked items: a colon, or a dash standing between spaces. */
const listMarker = /:\s+|\s[-–—]\s/;

/**
 * The items a question lists after a colon or a dash ("on ECS: task size, container port, and grace period?"), or three
 * or more short comma-separated items anywhere, each as written; empty when it lists fewer than two. Each item is a
 * facet of the question that deserves a fact of its own.
 */
export function findFacets(text: string): string[] {
  const question = text.replace(/[?.!\s]+$/, '');
  const marker = listMarker.exec(question);
  const listed = marker ? question.slice(marker.index + marker[0].length) : null;
  const split = (part: string) =>
    part
      .split(itemSeparator)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  const short = (items: readonly string[]) => items.every((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS);
  if (listed !== null) {
    const items = split(listed);
    if (items.length >= 2 && short(items)) return items;
  }
  // No marker: the middle items of a comma list must be short; the first and last carry the sentence around them.
  const items = question.split(/\s*,(?!\d)\s*(?:(?:and|or)\s+)?/i).map((item) => item.trim());
  if (items.length >= 3 && short(items.slice(1, -1))) return items;
  // A terse question with no question word ("product task size and container port?") lists what it asks by "and".
  const terse = question.split(/\s+/).length <= TERSE_WORDS && !questionOpener.test(question);
  const joined = split(question);
  if (terse && joined.length >= 2 && short(joined)) return joined;
  return [];
}
