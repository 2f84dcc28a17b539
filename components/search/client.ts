import type { Lang } from '../../lib/content/types';
import { createSearch, type Search } from '../../lib/search/query';
import type { Highlighted, SearchData, SearchResult } from '../../lib/search/types';
import type { SearchDictionary } from '../../lib/site/dictionaries';
import { SEARCH_JSON_URL } from '../../lib/site/urls';

/** Browser-side helpers shared by the search islands (the header popup and the results page). */

/** On the element that holds results: how <mark> looks in both themes. */
export const MARK_STYLE = '[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:text-inherit dark:[&_mark]:bg-amber-700';

/** What the server passes to a search island, in its <script type="application/json" data-island-props>. */
export interface SearchProps {
  strings: SearchDictionary;
  /** The results page of the reader's language, /zh/search/. */
  searchUrl: string;
}

export function readProps(root: HTMLElement): SearchProps {
  const script = root.querySelector('script[data-island-props]');
  if (!script?.textContent) throw new Error('search island: no <script type="application/json" data-island-props> inside its root');
  return JSON.parse(script.textContent) as SearchProps;
}

/** The page's language, from <html lang> (zh-Hans or en). */
export const pageLang = (): Lang => (document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');

let loading: Promise<Search> | undefined;

/** Fetches and indexes the search data once per page, on first use; a failed fetch may be retried. */
export function loadSearch(): Promise<Search> {
  loading ??= fetch(SEARCH_JSON_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_JSON_URL}: HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    })
    .then(createSearch)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** "12 results" / "12 条结果", by the language's plural rules. */
export function countText(strings: SearchDictionary, n: number, lang: Lang): string {
  const rule = new Intl.PluralRules(lang === 'zh' ? 'zh-Hans' : 'en').select(n);
  return fill(strings.count[rule] ?? strings.count.other, { n: new Intl.NumberFormat(lang === 'zh' ? 'zh-Hans' : 'en').format(n) });
}

/** Text with its matched words in <mark>. */
export function highlighted({ text, marks }: Highlighted, tag: 'span' | 'p' = 'span'): HTMLElement {
  const element = document.createElement(tag);
  let at = 0;
  for (const [start, end] of marks) {
    element.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    element.append(mark);
    at = end;
  }
  element.append(text.slice(at));
  return element;
}

/**
 * A result's content: where it is (label · kind, and the language when it is not the page's),
 * its name for a figure or term, and the snippet, each in the language of its text.
 */
export function resultContent(result: SearchResult, strings: SearchDictionary, lang: Lang): (HTMLElement | string)[] {
  const tag = result.lang === 'zh' ? 'zh-Hans' : 'en';
  const where = document.createElement('span');
  where.className = 'block text-xs text-stone-600 dark:text-stone-400';
  const label = document.createElement('span');
  label.lang = tag;
  label.textContent = result.label;
  where.append(label);
  // A point is the usual result; the others say what they are.
  if (result.kind !== 'point') where.append(` · ${strings.kinds[result.kind]}`);
  if (result.lang !== lang) where.append(` · ${strings.languages[result.lang]}`);
  // Spaces between the parts, so that a screen reader's name for the result does not run words together.
  const parts: (HTMLElement | string)[] = [where];
  if (result.title) {
    const title = highlighted(result.title);
    title.className = 'block font-medium';
    title.lang = tag;
    parts.push(' ', title);
  }
  const snippet = highlighted(result.snippet);
  snippet.className = 'block leading-snug';
  snippet.lang = tag;
  parts.push(' ', snippet);
  return parts;
}
