import type { Lang } from '../content/types';

/** What a search document is: a section heading, a point, a stated figure or a glossary term. */
export type DocKind = 'section' | 'point' | 'figure' | 'term';

/**
 * One searchable thing in one language, as served in /data/search.json. Text is shipped once, as
 * displayed; the browser folds and indexes it when the reader starts searching.
 */
export interface SearchDoc {
  kind: DocKind;
  lang: Lang;
  id: string;
  /** Where it sits as printed: 一（六）“二是” / I(6), point 2 (for a figure, its source point; for a term, where it is first met). */
  label: string;
  url: string;
  /** A figure's or term's name; empty for sections and points. */
  title: string;
  /** The point's text, the heading, the figure's quoted words, the term's explanation. */
  text: string;
}

export interface SearchData {
  version: 1;
  docs: SearchDoc[];
}

/** Text with the matched words as [start, end) ranges, for <mark>. */
export interface Highlighted {
  text: string;
  marks: [number, number][];
}

export interface SearchResult {
  kind: DocKind;
  lang: Lang;
  id: string;
  label: string;
  url: string;
  title: Highlighted | null;
  snippet: Highlighted;
}
