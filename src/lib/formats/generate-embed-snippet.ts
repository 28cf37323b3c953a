/** Escapes text for a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Generates the copyable <iframe> code for an embed page; `?autoheight=1` asks the embed to report its height. */
export function generateEmbedSnippet(embedUrl: URL, title: string): string {
  const src = new URL(embedUrl);
  src.searchParams.set('autoheight', '1');
  return `<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(title)}" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;
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
