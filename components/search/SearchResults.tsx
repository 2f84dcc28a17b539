import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { fullReportUrl, searchUrl } from '@/lib/site/urls';
import { MAX_QUERY_LENGTH } from '@/lib/search/query-text';
import { MARK_STYLE } from './client';
import { SearchProps } from './SearchBox';

/**
 * The results page's body: a search form and the list, filled by the `search-results` island from
 * ?q=. Without JavaScript the page says so and points to the full text, where the browser can find;
 * when the island or the search data cannot load, the loader marks it failed, which hides the status
 * and shows the same offer. The box keeps the query either way (the page script fills it).
 */
export function SearchResults({ lang }: { lang: Lang }) {
  const t = dictionary(lang).search;
  return (
    <section data-island="search-results" data-island-on="visible" aria-labelledby="search-results-heading">
      <form role="search" aria-label={t.pageTitle} action={searchUrl(lang)} method="get" className="mb-4 flex max-w-xl">
        <input
          id="search-page-q"
          aria-label={t.label}
          type="search"
          name="q"
          data-query-param="q"
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.placeholder}
          enterKeyHint="search"
          autoComplete="off"
          className="h-11 min-w-0 flex-1 rounded-l-md border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-900"
        />
        <button type="submit" className="h-11 rounded-r-md border border-l-0 border-stone-300 px-4 font-medium dark:border-stone-700">
          {t.submit}
        </button>
      </form>
      <h2 id="search-results-heading" data-search-heading className="mb-2 text-xl font-semibold">
        {t.results}
      </h2>
      <p role="status" data-island-live className="mb-4 text-stone-700 dark:text-stone-300">
        {t.prompt}
      </p>
      <p data-island-message hidden className="mb-4">
        <a href={fullReportUrl(lang)} className="underline">
          {t.unavailablePage}
        </a>
      </p>
      <noscript>
        <p className="mb-4">
          <a href={fullReportUrl(lang)} className="underline">
            {t.noScript}
          </a>
        </p>
      </noscript>
      <ol className={`${MARK_STYLE} -mx-3 space-y-1`} />
      <SearchProps lang={lang} />
    </section>
  );
}
