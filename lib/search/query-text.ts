/**
 * A query as the reader gives it, in the address (`?q=`) or in a box: read without ever throwing,
 * and cut to a length that keeps the address well under what servers accept (nginx answers 414
 * past 8 KB; a Chinese character takes 9 bytes in a URL). No dependencies: the page script, the
 * search islands and the figures table all use it.
 */

/** The longest query, in UTF-16 code units (what an input's maxlength counts): a long sentence. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Unicode format characters (\p{Cf}): zero-width space and joiners, soft hyphen, byte-order mark,
 * direction marks. Invisible, and often carried in by text pasted from chat apps and PDFs.
 */
export const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Text without its format characters. */
export const withoutFormatCharacters = (text: string) => text.replace(FORMAT_CHARACTERS, '');

/** The query cut to MAX_QUERY_LENGTH, never inside a surrogate pair. */
export function clampQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * The query of a URL's search part (`?q=…`), clamped; '' if there is none. URLSearchParams reads
 * malformed escapes (`%E0%A4%A`) as U+FFFD instead of throwing, as browsers do with forms.
 */
export function queryFromSearch(search: string, name = 'q'): string {
  return clampQuery(new URLSearchParams(search).get(name) ?? '');
}

/** A URL with its `name` parameter set to the query, or removed when the query is blank. Lone surrogates become U+FFFD. */
export function withQuery(url: URL, query: string, name = 'q'): URL {
  const next = new URL(url);
  if (query.trim()) next.searchParams.set(name, clampQuery(query));
  else next.searchParams.delete(name);
  return next;
}
