import type { ElementContent } from 'hast';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual<T = string> = Record<Lang, T>;

/** The report's metadata (content/meta.json). */
export interface Meta {
  title: Bilingual;
  issuer: Bilingual;
  delivered: { date: string } & Bilingual;
  meeting: Bilingual;
  source_url: string;
  licence: Bilingual;
  place: Bilingual;
  cite_key: string;
}

/** One addressable paragraph or enumerated point ("一是……") of the report. */
export interface Point {
  id: string;
  /** Plain text as displayed (Chinese with full-width punctuation). */
  text: Bilingual;
  /** Sanitised inline HTML tree, for rendering. */
  inline: Bilingual<ElementContent[]>;
  /** The enumerator's number (一是 → 1), or null for an unnumbered paragraph. */
  ordinal: number | null;
  sectionId: string;
  /** Where it stands in each language's file, for messages that name the line. */
  line: Bilingual<number>;
}

/** A chapter (level 1) or sub-section (level 2); the opening and closing are level-1 sections without a heading. */
export interface Section {
  id: string;
  level: 1 | 2;
  heading: Bilingual | null;
  /** Position as printed: chapter number, and sub-section number within it (null for chapters and headless sections). */
  chapter: number | null;
  number: number | null;
  points: Point[];
  pageId: string;
  /** Where its heading (or, without one, its id line) stands in each language's file. */
  line: Bilingual<number>;
}

/** A page a reader browses to: one or more consecutive sections. */
export interface Page {
  id: string;
  /** The section that names the page. */
  main: Section;
  sections: Section[];
}

export interface Report {
  meta: Meta;
  sections: Section[];
  pages: Page[];
  /** The files the two languages were read from, for messages that name them. */
  files: Bilingual;
}
