/** One run of text: plain, or code the author wrote between backticks. */
export interface TextRun {
  text: string;
  code: boolean;
}

/**
 * Splits text at backtick pairs, so `coder server` can be set as code instead of showing raw backticks. An unpaired
 * backtick stays as written.
 */
export function splitInlineCode(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let rest = text;
  for (let match = /`([^`\n]+)`/.exec(rest); match; match = /`([^`\n]+)`/.exec(rest)) {
    if (match.index > 0) runs.push({ text: rest.slice(0, match.index), code: false });
    runs.push({ text: match[0].slice(1, -1), code: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push({ text: rest, code: false });
  return runs;
}
