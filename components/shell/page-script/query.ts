import { queryFromSearch } from '../../../lib/search/query-text';

/**
 * A search box marked `data-query-param="q"` (the results page's) shows the query the page was opened
 * with (`?q=`, cut to the longest query), before its island arrives and whether or not it does: a
 * reader whose search code fails to load keeps what they asked for. A malformed escape is read, not thrown.
 */
export function installQueryEcho(doc: Document, where: Pick<Location, 'search'>, signal?: AbortSignal) {
  const fill = () => {
    for (const input of doc.querySelectorAll<HTMLInputElement>('input[data-query-param]')) {
      const query = queryFromSearch(where.search, input.dataset.queryParam);
      if (query && !input.value) input.value = query;
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fill, { signal });
  else fill();
}
