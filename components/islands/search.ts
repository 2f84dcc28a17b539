import type { Search } from '../../lib/search/query';
import type { SearchResult } from '../../lib/search/types';
import { withQuery } from '../../lib/search/query-text';
import { MARK_STYLE, countText, fill, loadSearch, pageLang, readProps, resultContent } from '../search/client';
import { setIslandState } from './shared/state';

/** How many results the header popup lists; the rest are on the results page. */
const POPUP_LIMIT = 8;

/** The search data is fetched once, and once more on the next keystroke if that failed; then the box only submits. */
const DATA_ATTEMPTS = 2;

/**
 * The header search box (components/search/SearchBox.tsx) as an ARIA 1.2 combobox with a listbox
 * popup: results as the reader types, arrow keys to move, Enter to follow, Escape to close, and a
 * polite count for screen readers. Without it, the form still submits to the results page; so it
 * does when the search data cannot load, which marks the form failed (its message says Enter works).
 */
export function mount(form: HTMLElement): void {
  if (form.dataset.searchMounted !== undefined) return;
  form.dataset.searchMounted = '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) throw new Error('search island: no <input name="q"> in the form');
  const { strings, searchUrl } = readProps(form);
  const lang = pageLang();
  const base = input.id || 'search';

  const popup = document.createElement('div');
  popup.className = `${MARK_STYLE} fixed inset-x-2 top-14 z-50 max-h-[min(70vh,36rem)] sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-1 sm:w-[min(34rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-stone-300 bg-white p-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900`;
  popup.hidden = true;
  const listbox = document.createElement('ul');
  listbox.id = `${base}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', strings.results);
  const message = document.createElement('p');
  message.className = 'px-3 py-2 text-stone-600 dark:text-stone-400';
  popup.append(listbox, message);
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let search: Search | undefined;
  let options: { element: HTMLLIElement; url: string }[] = [];
  let active = -1;
  let announce: ReturnType<typeof setTimeout> | undefined;

  let dataFailures = 0;
  /** The search data on its way: keys typed meanwhile wait for it, so one failed fetch counts once. */
  let fetching: Promise<Search> | undefined;

  // Never throws, whatever the box holds (a lone surrogate becomes U+FFFD).
  const allResultsUrl = (q: string) => {
    const url = withQuery(new URL(searchUrl, location.href), q);
    return `${url.pathname}${url.search}`;
  };

  function setActive(index: number) {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return input!.removeAttribute('aria-activedescendant');
    option.element.setAttribute('aria-selected', 'true');
    input!.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  }

  function open(withOptions: boolean) {
    popup.hidden = false;
    listbox.hidden = !withOptions;
    input!.setAttribute('aria-expanded', String(withOptions));
  }

  function close() {
    setActive(-1);
    popup.hidden = true;
    input!.setAttribute('aria-expanded', 'false');
  }

  function say(text: string) {
    clearTimeout(announce);
    // Announced once typing pauses, not at every keystroke.
    announce = setTimeout(() => (status.textContent = text), 500);
  }

  function option(id: string, url: string, content: (HTMLElement | string)[]) {
    const element = document.createElement('li');
    element.id = id;
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    element.className =
      'cursor-pointer rounded px-3 py-2 hover:bg-stone-100 aria-selected:bg-amber-100 aria-selected:outline-2 aria-selected:outline-[var(--color-accent)] dark:hover:bg-stone-800 dark:aria-selected:bg-amber-950';
    element.append(...content);
    element.addEventListener('pointerdown', (event) => event.preventDefault());
    element.addEventListener('click', () => location.assign(url));
    return { element, url };
  }

  function render(q: string) {
    if (!search) return;
    const results: SearchResult[] = search.search(q, lang, { limit: POPUP_LIMIT, snippetWidth: 110 });
    const total = results.length < POPUP_LIMIT ? results.length : search.count(q, lang);
    options = results.map((result, i) => option(`${base}-option-${i}`, result.url, resultContent(result, strings, lang)));
    if (total > results.length) {
      const all = document.createElement('span');
      all.className = 'font-medium text-[var(--color-accent)] underline';
      all.textContent = fill(strings.allResults, { n: total });
      options.push(option(`${base}-option-all`, allResultsUrl(q), [all]));
    }
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    listbox.replaceChildren(...options.map((o) => o.element));
    message.textContent = total ? '' : fill(strings.noResults, { q: q.trim() });
    message.hidden = total > 0;
    open(total > 0);
    say(total ? countText(strings, total, lang) : message.textContent);
  }

  async function update() {
    const q = input!.value;
    if (!q.trim()) {
      close();
      say('');
      return;
    }
    if (!search) {
      if (dataFailures >= DATA_ATTEMPTS) return;
      // The fetch under way renders what the box holds when it arrives (below).
      if (fetching) return;
      // The retry is quiet: the box stays marked failed, its message shown, until the data arrives.
      if (!dataFailures) {
        message.textContent = strings.loading;
        message.hidden = false;
        open(false);
      }
      try {
        search = await (fetching = loadSearch());
      } catch (error) {
        dataFailures += 1;
        console.error(error);
        close();
        setIslandState(form, 'failed');
        return;
      } finally {
        fetching = undefined;
      }
      if (dataFailures) setIslandState(form, 'mounted');
      if (input!.value !== q) return void update();
    }
    render(q);
  }

  input.addEventListener('input', (event) => {
    // While an input method composes (pinyin), the box holds letters, not the words meant.
    if (!(event as InputEvent).isComposing) void update();
  });
  input.addEventListener('compositionend', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const expanded = input.getAttribute('aria-expanded') === 'true';
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          if (options.length && input.value.trim()) open(true);
          if (event.altKey || !options.length) return;
        }
        if (event.altKey) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        return;
      }
      case 'Enter':
        if (expanded && options[active]) {
          event.preventDefault();
          location.assign(options[active].url);
        }
        return;
      case 'Escape':
        if (!popup.hidden) {
          // Chromium clears a search box on Escape; the first Escape only closes the popup.
          event.preventDefault();
          close();
        }
        return;
      case 'Tab':
        close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && search) render(input.value);
  });
  // Typed before the island arrived (it mounts on the first keystroke or focus).
  if (input.value.trim()) void update();
}
