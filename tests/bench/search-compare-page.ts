// Our side of tests/bench/search-compare.mjs, bundled for the browser: what the header island does
// for one query (fetch the data, index it, search), returning every result's URL.
import { loadSearch } from '../../components/search/client';
import type { Lang } from '../../lib/content/types';

export async function run(query: string, lang: Lang): Promise<string[]> {
  const search = await loadSearch();
  return search
    .search(query, lang)
    .filter((r) => r.lang === lang)
    .map((r) => r.url);
}
