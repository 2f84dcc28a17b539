import type { Lang } from '../content/types';
import { fold, foldText, hasHan, tokens } from './normalize';
import { clampQuery } from './query-text';
import type { DocKind, Highlighted, SearchData, SearchDoc, SearchResult } from './types';

/**
 * The query side of search: pure and browser-safe. Rules (the README's "Search" section):
 * - the query is cut to MAX_QUERY_LENGTH (lib/search/query-text.ts) and folded like the text
 *   (lib/search/normalize.ts: invisible format characters go), then split at white space into
 *   terms, and a result contains every term;
 * - a term with a Chinese character is matched as a literal substring (after folding), so any
 *   stretch of the Chinese text finds exactly the points that contain it — one character included;
 * - other terms are split into words and numbers: a word finds its word forms (mediate →
 *   mediation), a number finds itself with or without thousands separators (3662 = 3,662);
 * - the last word, while it is being typed (no space after it) and only if no text has it as a
 *   word form, is completed: "administ" finds "administrative", "mediato" every form of "mediators";
 * - results come in groups — the reader's language first (headings and points, figures, terms),
 *   then the other language — and within a group by how often and where the terms occur, then in
 *   document order.
 */

interface IndexedDoc {
  doc: SearchDoc;
  /** title + "\n" + text, folded; positions in it are mapped back to the original only for results shown. */
  folded: string;
  /** Where the text starts in the joined original (title.length + 1). */
  textStart: number;
}

/** Occurrences of one term in one document, as [start, end) in the folded text; `partial` for a completed word. */
interface Hit {
  start: number;
  end: number;
  partial: boolean;
}

type Term = { kind: 'substring'; text: string } | { kind: 'word'; keys: Set<string>; completions: Set<string> };

export interface SearchOptions {
  /** At most this many results (all by default). */
  limit?: number;
  /** The snippet's width, counting a Chinese character as two (default 150). */
  snippetWidth?: number;
}

export interface Search {
  search(query: string, lang: Lang, options?: SearchOptions): SearchResult[];
  /** How many results the query has, without building snippets. */
  count(query: string, lang: Lang): number;
}

const KIND_GROUP: Record<DocKind, number> = { section: 0, point: 0, figure: 1, term: 2 };

export function createSearch(data: SearchData): Search {
  const docs: IndexedDoc[] = data.docs.map((doc) => ({ doc, folded: foldText(`${doc.title}\n${doc.text}`), textStart: doc.title.length + 1 }));
  // key → document → positions; surface word → key, for completing a word being typed.
  const postings = new Map<string, Map<number, Hit[]>>();
  const surfaces = new Map<string, string>();
  docs.forEach((entry, i) => {
    for (const token of tokens(entry.folded)) {
      surfaces.set(token.word, token.key);
      let byDoc = postings.get(token.key);
      if (!byDoc) postings.set(token.key, (byDoc = new Map()));
      let hits = byDoc.get(i);
      if (!hits) byDoc.set(i, (hits = []));
      hits.push({ start: token.start, end: token.end, partial: false });
    }
  });
  const surfaceList = [...surfaces.keys()];

  function parse(query: string): Term[] {
    const folded = foldText(clampQuery(query).normalize('NFKC'));
    const typing = !/\s$/.test(query);
    const raw = folded.split(/\s+/).filter(Boolean);
    const terms: Term[] = [];
    raw.forEach((part, r) => {
      if (hasHan(part)) return terms.push({ kind: 'substring', text: part });
      const words = tokens(part);
      words.forEach((token, w) => {
        const last = typing && r === raw.length - 1 && w === words.length - 1;
        const completions = new Set<string>();
        if (last && !postings.has(token.key) && !/\d/.test(token.word)) {
          for (const surface of surfaceList) if (surface.startsWith(token.word)) completions.add(surfaces.get(surface)!);
        }
        terms.push({ kind: 'word', keys: new Set([token.key]), completions });
      });
    });
    return terms;
  }

  function hitsOf(term: Term, i: number): Hit[] {
    if (term.kind === 'substring') {
      const hits: Hit[] = [];
      const text = docs[i].folded;
      for (let at = text.indexOf(term.text); at !== -1; at = text.indexOf(term.text, at + 1))
        hits.push({ start: at, end: at + term.text.length, partial: false });
      return hits;
    }
    const hits: Hit[] = [];
    for (const key of term.keys) hits.push(...(postings.get(key)?.get(i) ?? []));
    for (const key of term.completions) for (const hit of postings.get(key)?.get(i) ?? []) hits.push({ ...hit, partial: true });
    return hits;
  }

  /** The documents that could contain a term: all for a substring, the posting lists for a word. */
  function candidates(term: Term): Iterable<number> {
    if (term.kind === 'substring') return docs.keys();
    const found = new Set<number>();
    for (const key of [...term.keys, ...term.completions]) for (const i of postings.get(key)?.keys() ?? []) found.add(i);
    return found;
  }

  function match(query: string, lang: Lang) {
    const terms = parse(query);
    if (!terms.length) return [];
    const matched: { i: number; hits: Hit[]; group: number; score: number }[] = [];
    for (const i of candidates(terms[0])) {
      const all: Hit[] = [];
      let score = 0;
      let ok = true;
      for (const term of terms) {
        const hits = hitsOf(term, i);
        if (!hits.length) {
          ok = false;
          break;
        }
        all.push(...hits);
        const exact = hits.filter((h) => !h.partial);
        const inTitle = hits.some((h) => h.start < docs[i].textStart);
        score += (exact.length ? 1 : 0.5) * Math.log2(1 + (exact.length || hits.length)) + (inTitle ? 2 : 0);
      }
      if (!ok) continue;
      const { doc } = docs[i];
      matched.push({ i, hits: all, group: (doc.lang === lang ? 0 : 3) + KIND_GROUP[doc.kind], score });
    }
    return matched.sort((a, b) => a.group - b.group || b.score - a.score || a.i - b.i);
  }

  return {
    count: (query, lang) => match(query, lang).length,
    search(query, lang, { limit = Infinity, snippetWidth = 150 } = {}) {
      return match(query, lang)
        .slice(0, limit)
        .map(({ i, hits }) => result(docs[i], hits, snippetWidth));
    },
  };
}

function result(entry: IndexedDoc, hits: Hit[], width: number): SearchResult {
  const { doc, textStart } = entry;
  // Folded ranges → ranges in the original title + "\n" + text, merged where they touch.
  const { map } = fold(`${doc.title}\n${doc.text}`);
  const ranges = hits
    .map((h) => [map[h.start], map[h.end]] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .reduce<[number, number][]>((merged, r) => {
      const last = merged.at(-1);
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([...r]);
      return merged;
    }, []);
  const inTitle = ranges.filter(([, end]) => end <= doc.title.length);
  const inText = ranges.filter(([start]) => start >= textStart).map(([s, e]) => [s - textStart, e - textStart] as [number, number]);
  return {
    kind: doc.kind,
    lang: doc.lang,
    id: doc.id,
    label: doc.label,
    url: doc.url,
    title: doc.title ? { text: doc.title, marks: inTitle } : null,
    snippet: snippet(doc.text, inText, width),
  };
}

const cost = (c: string) => (c.charCodeAt(0) > 0x2e80 ? 2 : 1);

/**
 * A stretch of the text around its first match, about `width` wide (a Chinese character counts
 * two), cut at spaces in English, with … where it is cut and the marks that fall inside it.
 */
export function snippet(text: string, marks: [number, number][], width: number): Highlighted {
  let total = 0;
  for (const c of text) total += cost(c);
  if (total <= width) return { text, marks };
  const focus = marks[0]?.[0] ?? 0;
  // A quarter of the width before the first match, the rest after; what the end leaves unused goes before.
  let start = focus;
  for (let budget = width / 4; start > 0 && budget > 0;) budget -= cost(text[--start]);
  let end = start;
  let budget = width;
  for (; end < text.length && budget > 0; end++) budget -= cost(text[end]);
  for (; start > 0 && budget > 0;) budget -= cost(text[--start]);
  // Cut English at a space, never inside a word.
  if (start > 0 && /\S/.test(text[start - 1])) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focus) start = space + 1;
  }
  if (end < text.length && /\S/.test(text[end])) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (marks.find(([s]) => s < end)?.[1] ?? 0)) end = space;
  }
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = head.length - start;
  return {
    text: head + text.slice(start, end) + tail,
    marks: marks.filter(([s, e]) => s < end && e > start).map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift]),
  };
}
