import { queryFromSearch, withQuery } from '../../lib/search/query-text';
import { countText, fill, loadSearch, pageLang, readProps, resultContent } from '../search/client';

/**
 * The results page (/zh/search/?q=…): reads the query from the address, lists every result, and
 * searches again as the reader edits the query, keeping the address in step so it can be shared.
 * The address never holds more than the longest query (lib/search/query-text.ts): a longer one is
 * cut, in the box and the address. Without the search data this throws, before it changes anything:
 * the island loader then marks the page failed and it stays as it is without JavaScript (the box
 * submits, and the page offers the full text to find in), to be tried once more on the next intent.
 */
export async function mount(root: HTMLElement): Promise<void> {
  if (root.dataset.searchMounted !== undefined) return;
  const { strings } = readProps(root);
  const lang = pageLang();
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const heading = root.querySelector<HTMLElement>('[data-search-heading]')!;

  const asked = queryFromSearch(location.search);
  if (asked && !input.value) input.value = asked;
  const prompt = status.textContent;
  status.textContent = strings.loading;
  let search;
  try {
    search = await loadSearch();
  } catch (error) {
    status.textContent = prompt;
    throw error;
  }
  root.dataset.searchMounted = '';

  let announce: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    const q = input.value;
    const results = q.trim() ? search.search(q, lang, { snippetWidth: 240 }) : [];
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.className = 'block rounded-md px-3 py-2 hover:bg-stone-100 focus-visible:bg-stone-100 dark:hover:bg-stone-800 dark:focus-visible:bg-stone-800';
        link.append(...resultContent(result, strings, lang));
        item.append(link);
        return item;
      }),
    );
    heading.textContent = q.trim() ? fill(strings.resultsFor, { q: q.trim() }) : strings.results;
    const text = !q.trim() ? strings.prompt : results.length ? countText(strings, results.length, lang) : fill(strings.noResults, { q: q.trim() });
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = text), status.textContent === strings.loading ? 0 : 500);
    document.title = `${heading.textContent} · ${document.title.split(' · ').at(-1)}`;
  };
  const sync = () => {
    history.replaceState(history.state, '', withQuery(new URL(location.href), input.value));
    render();
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) sync();
  });
  input.addEventListener('compositionend', sync);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sync();
  });
  // The address follows the box: a query longer than the box holds is cut, and one typed while the
  // island was being retried after a failure is what the reader now asks.
  if ((new URLSearchParams(location.search).get('q') ?? '') !== input.value) sync();
  else render();
}
