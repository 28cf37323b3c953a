/** A fenced block: three backticks, an optional language tag, the code, three backticks. */
const fencedBlock = /```[\w+-]*[^\S\n]*\n?([\s\S]*?)```/g;
/** "key: value", "key = value" or "KEY=value": a setting and what it is set to (the value may be empty). */
const settingLine = /^([\w.\-/"']+)\s*[:=]\s*(.*)$/;
/** A value left to fill in: question marks, an ellipsis, "<…>", TBD or TODO. */
const placeholder = /^(?:\?+|\.{3}|\u2026|<[^>]*>|tbd|todo)$/i;
/** A code span written on a line of its own. */
const spanOnItsLine = /(^|\n)[^\S\n]*`([^`\n]+)`[^\S\n]*(?=\n|$)/g;
/** A code span a dash or an arrow follows ("`kubectl version` -> …", "`X=1` — is that …"). */
const spanBeforeDash = /`([^`\n]+)`[^\S\n]*(?:\u2014|\u2013|->|=>|-)\s+/g;

/**
 * The lines of a block of code as settings with their full dotted paths ("services:\n  apps:\n    replicas: 2" is
 * "services.apps.replicas = 2"), as a chart's documentation names them; other lines as they are, lone brackets dropped.
 */
export function flattenCode(block: string): string[] {
  const lines: string[] = [];
  const parents: { indent: number; key: string }[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim().replace(/^-\s+/, '');
    if (line === '' || /^[{}[\]();,]+$/.test(line)) continue;
    const indent = raw.search(/\S/);
    while (parents.length > 0 && (parents.at(-1)?.indent ?? 0) >= indent) parents.pop();
    const setting = settingLine.exec(line);
    if (!setting) {
      lines.push(line.replace(/\s*[{(]\s*$/, ''));
      continue;
    }
    const key = (setting[1] ?? '').replace(/["']/g, '');
    const value = (setting[2] ?? '').trim();
    const path = [...parents.map((parent) => parent.key), key].join('.');
    if (value === '' || value === '{') parents.push({ indent, key });
    // "storage: ???" or "<your value>" is what the asker does not know yet, which the question asks in its own words.
    else if (!placeholder.test(value)) lines.push(`${path} = ${value}`);
  }
  return lines;
}

/**
 * A question with code pasted into it (a values file, a command and its output, an environment variable): each block
 * becomes one statement of its settings, and a code span on a line of its own or before a dash a statement of its own,
 * so that the question asked around the code is read as the asking sentence and the names in the code (a pod's, a
 * variable's, a zone's) set its scene. Text without backticks is returned as it is.
 */
export function readSnippets(text: string): string {
  if (!text.includes('`')) return text;
  return text
    .replace(fencedBlock, (_, body: string) => {
      const lines = flattenCode(body);
      return lines.length > 0 ? `\n${lines.join('; ')}.\n` : '\n';
    })
    .replace(spanOnItsLine, '$1$2.')
    .replace(spanBeforeDash, '$1. ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\.\.(?=\s|$)/g, '.')
    .trim();
}
