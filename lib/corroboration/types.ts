import type { Bilingual } from '../content/types';
import type { ConsistencyCheck, DerivedMetric, FigureBase } from '../figures/types';

/** Another official document that states some of the report's figures. */
export interface OtherSource {
  id: string;
  issuer: Bilingual;
  short: Bilingual;
  document: Bilingual;
  delivered: { date: string } & Bilingual;
  url: string;
  verified: { date: string; how: string; words: string[] };
}

/** A figure another source states, with its own words as verified there. */
export interface OtherFigure extends FigureBase {
  source: string;
  change_of?: string;
  quote: string;
  kind: 'other-source';
}

/** A statement of direction without a number ("2020 saw the first fall"). */
export interface OtherStatement {
  id: string;
  source: string;
  label: Bilingual;
  period: string;
  direction: 'up' | 'down';
  text: Bilingual;
  quote: string;
  kind: 'statement';
}

/** One of our figures beside another source's, as computed by the build. */
export interface Comparison {
  id: string;
  label: Bilingual;
  ours: string;
  theirs: string;
  /** Whether the ranges the rounding leaves open meet (or, for a statement, the direction is the same). */
  agrees: boolean;
  /** Ours minus theirs, in the figures' unit; null for a statement. */
  difference: number | null;
  /** Other figures of the same source to show with it. */
  context: string[];
  note: Bilingual | null;
}

export interface Corroboration {
  sources: OtherSource[];
  figures: OtherFigure[];
  statements: OtherStatement[];
  /** Values implied by another source's stated changes (its 2020 loss rate from 2021's and the change). */
  derived: DerivedMetric[];
  /** That source's own arithmetic, recomputed. */
  checks: ConsistencyCheck[];
  comparisons: Comparison[];
}
