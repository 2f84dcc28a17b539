import type { Bilingual, Lang } from '../content/types';

/** A content version: the date-stamped release and a short hash of every content byte. */
export interface ContentVersion {
  /** The release, "2026.11.27" (content/changelog.json). */
  release: string;
  /** The release's date, ISO: "2026-11-27". */
  date: string;
  /** The first hex digits of a SHA-256 over every file under content/. */
  hash: string;
}

/** What every citation of the report names; plain data, so it can travel to the browser as JSON. */
export interface CitedWork {
  issuer: Bilingual;
  title: Bilingual;
  /** The English title in sentence case, for the bracketed translation APA and Chicago ask for. */
  titleSentenceCase: string;
  /** The meeting's name alone. */
  meeting: Bilingual;
  /** The meeting line as printed, without its parentheses: 2021年4月26日在……会议上 / Delivered at … on April 26, 2021. */
  delivered: Bilingual;
  /** The date the report was delivered, ISO. */
  date: string;
  place: Bilingual;
  /** The citation key of the report (content/meta.json cite_key). */
  key: string;
  version: ContentVersion;
}

/** What is cited: the whole report, one point, or one figure. */
export interface CiteTarget {
  kind: 'report' | 'point' | 'figure';
  /** 'report', a point id or a metric id. */
  id: string;
  /** Where it stands as printed, 一（六）“二是” / I(6), point 2 (several for a figure derived from two points); null for the report. */
  location: Bilingual | null;
  /** Absolute permalinks. */
  url: Bilingual;
  /** The point's sentence(s), or the words that state a figure. */
  quote: Bilingual | null;
  figure: CitedFigure | null;
}

export interface CitedFigure {
  label: Bilingual;
  /** The value as the site shows it: "9.8%", "≈3,938". */
  value: Bilingual;
  period: string;
  /** Computed by this site from stated figures, not stated by the report. */
  derived: boolean;
}

/** Everything the cite dialog or page needs for one target. */
export interface CiteData {
  work: CitedWork;
  target: CiteTarget;
}

export type StyleId = 'gbt7714' | 'apa' | 'apa-in-text' | 'chicago-note' | 'chicago-bibliography' | 'plain';
export type ExportId = 'bibtex' | 'ris' | 'csl-json';

/** A piece of a citation: plain text, or a span that the style sets in italics or that is in Chinese within an English citation. */
export type Part = string | { text: string; italic?: boolean; lang?: 'zh-Hans' };

/** One formatted citation: its parts (to render), plain text (to paste anywhere) and HTML with the style's italics. */
export interface Citation {
  style: StyleId;
  parts: Part[];
  text: string;
  html: string;
}

export interface CitationExport {
  format: ExportId;
  text: string;
  /** A file name for a download: hangzhou-2020-law-based-government.bib */
  filename: string;
  mime: string;
}

/** The reader's access date, ISO, or null when it is not known (no JavaScript): the citation shows a slot to fill in. */
export type AccessDate = string | null;

export type { Bilingual, Lang };
