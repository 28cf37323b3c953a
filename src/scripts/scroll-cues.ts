// Scroll cues: shared by the shell (every page) and embeds, so a box that scrolls sideways always says so.
/** Marks sideways-scrolling boxes with which edges hide content, so the page can show the cue ("more this way"). */
export function startScrollCues(): void {
  // With the cue running, the "scroll sideways" hint shows only under boxes that really overflow (see global.css).
  document.documentElement.classList.add('js');
  const update = (box: HTMLElement) => {
    const hiddenStart = box.scrollLeft > 1;
    const hiddenEnd = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    const state = hiddenStart && hiddenEnd ? 'both' : hiddenStart ? 'start' : hiddenEnd ? 'end' : '';
    if (state) box.dataset.overflow = state;
    else delete box.dataset.overflow;
  };
  const resizes = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target as HTMLElement);
  });
  const watch = (box: HTMLElement) => {
    if (box.dataset.scrollWatched !== undefined) return;
    box.dataset.scrollWatched = '';
    // Code blocks scroll sideways too; they get the same cue.
    box.dataset.scrollCue = '';
    // A diagram's entry point and main flow sit in the middle: start there rather than at its left edge.
    if (box.dataset.scrollStart === 'center') box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
    update(box);
    box.addEventListener('scroll', () => update(box), { passive: true });
    resizes.observe(box);
  };
  for (const box of document.querySelectorAll<HTMLElement>('[data-scroll-cue], pre')) watch(box);
  // Tables the sizing form draws later get the same cue.
  new MutationObserver(() => {
    for (const box of document.querySelectorAll<HTMLElement>(':is([data-scroll-cue], pre):not([data-scroll-watched])')) watch(box);
  }).observe(document.body, { childList: true, subtree: true });
}
