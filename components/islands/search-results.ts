import { countText, fill, loadSearch, pageLang, readProps, resultContent } from '../search/client';

/**
 * The results page (/zh/search/?q=…): reads the query from the address, lists every result, and
 * searches again as the reader edits the query, keeping the address in step so it can be shared.
 */
export async function mount(root: HTMLElement): Promise<void> {
  if (root.dataset.searchMounted !== undefined) return;
  root.dataset.searchMounted = '';
  const { strings } = readProps(root);
  const lang = pageLang();
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const heading = root.querySelector<HTMLElement>('[data-search-heading]')!;

  input.value = new URLSearchParams(location.search).get('q') ?? input.value;
  status.textContent = strings.loading;
  let search;
  try {
    search = await loadSearch();
  } catch {
    status.textContent = strings.failed;
    return;
  }

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
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
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
  render();
}
