/** Escapes text for a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Size and behaviour of a generated iframe. */
export interface EmbedSnippetOptions {
  /** Width in pixels; the full width of the host column when left out. */
  width?: number;
  /** Height in pixels; 600 when left out. */
  height?: number;
  /** Whether the src asks the embed to post its height (`?autoheight=1`); on unless false. */
  autoHeight?: boolean;
}

/** Generates the copyable <iframe> code for an embed page; `?autoheight=1` asks the embed to report its height. */
export function generateEmbedSnippet(embedUrl: URL, title: string, options: EmbedSnippetOptions = {}): string {
  const src = new URL(embedUrl);
  if (options.autoHeight !== false) src.searchParams.set('autoheight', '1');
  const width = options.width === undefined ? '100%' : String(Math.round(options.width));
  const height = String(Math.round(options.height ?? 600));
  return `<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" loading="lazy" style="border:0"></iframe>`;
}

/**
 * Generates the same iframe as JSX for MDX pages (Docusaurus, Starlight, Nextra): React refuses a string `style`, so
 * the border goes in an object, and attribute values are JavaScript string literals.
 */
export function generateEmbedJsxSnippet(embedUrl: URL, title: string): string {
  const src = new URL(embedUrl);
  src.searchParams.set('autoheight', '1');
  const literal = (text: string): string => JSON.stringify(text).replace(/</g, '\\u003c');
  return `<iframe src={${literal(src.href)}} title={${literal(title)}} width="100%" height="600" loading="lazy" style={{ border: 0 }} />`;
}

/** Generates the parent-page listener that resizes archkb iframes from their `archkb:height` messages, trusting only `origin`. */
export function generateHeightListenerSnippet(origin: string): string {
  return [
    '<script>',
    "window.addEventListener('message', (event) => {",
    `  if (event.origin !== ${JSON.stringify(origin).replace(/</g, '\\u003c')} || event.data?.type !== 'archkb:height') return;`,
    '  const height = Number(event.data.height);',
    '  if (!Number.isFinite(height) || height <= 0) return;',
    "  for (const frame of document.querySelectorAll('iframe')) {",
    '    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;',
    '  }',
    '});',
    '</script>',
  ].join('\n');
}
