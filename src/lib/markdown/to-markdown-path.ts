/** Markdown twin of a page path: "/architectures/authgear/" -> "/architectures/authgear.md", "/" -> "/index.md". */
export function toMarkdownPath(pagePath: string): string {
  const trimmed = pagePath.replace(/\/+$/, '');
  return `${trimmed === '' ? '/index' : trimmed}.md`;
}
