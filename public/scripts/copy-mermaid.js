// Progressive enhancement: reveals "Copy Mermaid" buttons and copies the diagram source; the page works without it.
// Served as a file (not a bundled Astro script) because Astro inlines small scripts and the CSP forbids inline script.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const source = document.getElementById(button.getAttribute('data-copy-target') ?? '');
  if (!source || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed; select the text instead';
    }
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  });
}
