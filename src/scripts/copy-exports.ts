// Progressive enhancement for export links: each is a plain link that works without JavaScript; with it, a click
// copies the export (data-copy="fetch": the linked file; data-copy-from: the text of an element) to the clipboard.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy], a[data-copy-from]')) {
  link.addEventListener('click', (event) => {
    if (!navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const from = link.dataset['copyFrom'];
    const text = from
      ? Promise.resolve(document.getElementById(from)?.textContent ?? '')
      : fetch(link.href).then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))));
    // Safari only allows a clipboard write started inside the click, so hand it the pending text as a ClipboardItem.
    const written =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })])
        : text.then((t) => navigator.clipboard.writeText(t));
    const status = link.closest('[data-copy-scope]')?.querySelector('[role="status"]');
    written.then(
      () => {
        if (status) status.textContent = `Copied: ${link.textContent?.trim() ?? ''}`;
      },
      () => {
        window.location.href = link.href;
      },
    );
  });
}
