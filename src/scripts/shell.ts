// The documentation shell's behaviour, loaded on every page as one small module. Every part is an enhancement: without
// JavaScript the header links, the search form (a GET to /search/) and the system theme all still work.
import { startScrollCues } from './scroll-cues.ts';

const THEME_KEY = 'archkb-theme';
type ThemeChoice = 'system' | 'light' | 'dark';

/** Reads the remembered theme; anything unexpected (or blocked storage) means "follow the system". */
function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Applies and remembers a theme choice. */
function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // The choice holds for this page only when storage is blocked.
  }
}

/** Shows the theme picker (it does nothing without JavaScript) and wires it. */
function startThemePicker(): void {
  const picker = document.querySelector<HTMLElement>('[data-theme-picker]');
  const select = picker?.querySelector('select');
  if (!picker || !select) return;
  select.value = readTheme();
  picker.hidden = false;
  select.addEventListener('change', () => applyTheme(select.value as ThemeChoice));
}

/** Focuses the header search on "/" or Ctrl/Cmd+K, unless the reader is typing somewhere. */
function startSearchShortcut(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!input) return;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/** The menu button that opens the sidebar on narrow screens; Escape or a link closes it again. */
function startMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  if (!button || !sidebar) return;
  button.hidden = false;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('nav-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  sidebar.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) setOpen(false);
  });
}

startThemePicker();
startSearchShortcut();
startMenu();
startScrollCues();
