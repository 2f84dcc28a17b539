import type { Lang, Report, Section } from '../content/types';
import { getFigures } from '../figures/load';
import type { ChartData } from '../figures/charts';
import type { QuoteMark } from '../figures/mark-quotes';
import { chartsByPoint, quotesByPoint } from '../figures/placement';
import type { Figures } from '../figures/types';
import { getGlossary, type Term } from '../glossary/load';

/** A glossary term to mark in a point: the words, and the popover that explains them. */
export interface TermMark {
  needle: string;
  termId: string;
  popoverId: string;
}

/** What a page adds to the report's text: figure anchors, glossary terms and (on section pages) charts. */
export interface Annotations {
  lang: Lang;
  figures: Figures;
  quotes: Map<string, QuoteMark[]>;
  terms: Map<string, TermMark[]>;
  glossary: Map<string, Term>;
  charts?: Map<string, ChartData[]>;
}

export function annotations(report: Report, lang: Lang, options: { charts?: boolean; quotes?: boolean } = {}): Annotations {
  const figures = getFigures();
  const glossary = getGlossary();
  const terms = new Map<string, TermMark[]>();
  for (const occurrence of glossary.occurrences.filter((o) => o.lang === lang)) {
    // One explanation per term and page: every marked use of the term opens the same popover.
    const mark = { needle: occurrence.needle, termId: occurrence.termId, popoverId: `term-${lang}-${occurrence.termId}` };
    terms.set(occurrence.pointId, [...(terms.get(occurrence.pointId) ?? []), mark]);
  }
  // Longer terms first, so that 行政复议 is marked before 复议 can take its words.
  for (const marks of terms.values()) marks.sort((a, b) => b.needle.length - a.needle.length);
  return {
    lang,
    figures,
    quotes: options.quotes === false ? new Map() : quotesByPoint(figures, lang),
    terms,
    glossary: new Map(glossary.terms.map((t) => [t.id, t])),
    charts: options.charts ? chartsByPoint(figures, report, lang) : undefined,
  };
}

/** The terms marked in some sections, once each: the popovers a page must carry. */
export function termMarksIn(annotations: Annotations, sections: Section[]): TermMark[] {
  const marks = new Map<string, TermMark>();
  for (const point of sections.flatMap((s) => s.points)) for (const mark of annotations.terms.get(point.id) ?? []) marks.set(mark.popoverId, mark);
  return [...marks.values()];
}
