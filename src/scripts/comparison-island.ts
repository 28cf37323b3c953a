// Comparison island for static builds: with no server to render /compare/custom/?v=..., it has the comparison of the
// picked variants built and drawn in the browser (engine, drawing code and data loaded on use) and ticks them in the
// picker. In server mode the page is rendered on the server and this module does nothing.

/** Shows the comparison of the variants named by ?v= in the address in `output`, and ticks them in the picker. */
async function compareFromAddress(output: HTMLElement): Promise<void> {
  const values = new URLSearchParams(location.search).getAll('v');
  if (values.length === 0) return;
  const message = (text: string, className: string) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    paragraph.className = className;
    output.replaceChildren(paragraph);
  };
  message('Comparing…', 'muted');
  try {
    const { renderSelection } = await import('./static-compare.ts');
    output.replaceChildren(...(await renderSelection(values)));
    for (const box of document.querySelectorAll<HTMLInputElement>('form.picker input[name="v"]')) box.checked = values.includes(box.value);
  } catch {
    message('The comparison data could not be loaded; the pages of each product still apply.', 'not-stated');
  }
}

const output = document.querySelector<HTMLElement>('[data-comparison-output]');
if (import.meta.env.ARCHKB_STATIC && output) void compareFromAddress(output);
