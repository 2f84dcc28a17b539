import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { searchUrl } from '@/lib/site/urls';
import { MAX_QUERY_LENGTH } from '@/lib/search/query-text';
import { scriptJson } from '@/components/islands/shared/props';
import type { SearchProps } from './client';

/** The island's props, as non-executable JSON (CSP-safe). */
export function SearchProps({ lang }: { lang: Lang }) {
  const props: SearchProps = { strings: dictionary(lang).search, searchUrl: searchUrl(lang) };
  return <script type="application/json" data-island-props dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />;
}

/**
 * The header search form. Without JavaScript it submits to the results page; the `search` island
 * (components/islands/search.ts) turns it into a combobox listing results as the reader types.
 * When the island or the search data cannot load, it still submits, and says so beside the box
 * while the reader is in it (the message is shown by the island loader, or the island).
 * On a phone the header has room only for the button, which opens the results page and its box.
 */
export function SearchBox({ lang, id = 'site-search' }: { lang: Lang; id?: string }) {
  const t = dictionary(lang).search;
  return (
    <form
      role="search"
      aria-label={t.label}
      action={searchUrl(lang)}
      method="get"
      data-island="search"
      data-island-on="intent"
      className="relative flex min-w-0 items-center"
    >
      {/* Named by aria-label, not by a visually hidden <label>: a screen reader would read that label's text and then the box named by it. */}
      <input
        id={id}
        aria-label={t.label}
        type="search"
        name="q"
        placeholder={t.placeholder}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        className="hidden h-9 w-24 min-w-0 rounded-l-md sm:block border border-stone-300 bg-white px-2.5 text-sm placeholder:text-stone-500 focus:w-40 sm:w-44 sm:focus:w-64 motion-safe:transition-[width] dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400"
      />
      <button type="submit" className="flex h-9 items-center rounded-md border border-stone-300 px-2.5 sm:rounded-l-none sm:border-l-0 dark:border-stone-700">
        <svg aria-hidden="true" viewBox="0 0 16 16" width="15" height="15" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="7" cy="7" r="4.5" />
          <path d="m10.5 10.5 3.5 3.5" />
        </svg>
        <span className="sr-only">{t.submit}</span>
      </button>
      <p
        data-island-message
        hidden
        role="status"
        className="search-message absolute top-full right-0 z-50 mt-1 w-[min(22rem,calc(100vw-2rem))] rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {t.unavailable}
      </p>
      <SearchProps lang={lang} />
    </form>
  );
}
