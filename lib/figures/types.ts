import type { Bilingual } from '../content/types';

/** A topic of content/figures.json (lib/figures/display.ts), which gives its label in each language. */
export type Topic = string;

/** Counts name what is counted; the others are rates and positions. */
export const UNITS = ['cases', 'people', 'documents', 'items', 'units', 'certificates', 'percent', 'percentage-points', 'rank', 'places'] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['exact', 'more-than', 'less-than', 'approximately'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What every figure has, the report's own and another source's (lib/corroboration/types.ts). */
export interface FigureBase {
  id: string;
  topic: Topic;
  label: Bilingual;
  value: number;
  unit: Unit;
  period: string;
  qualifier: Qualifier;
}

/** A figure the report states, with the words that state it. */
export interface StatedMetric extends FigureBase {
  kind: 'stated';
  /** For a year-on-year change: the metric it changes. */
  change_of?: string;
  source: { point: string; quote: string; quote_en: string };
}

/** A figure computed from stated ones (an implied 2019 value), never typed in. */
export interface DerivedMetric extends FigureBase {
  kind: 'derived';
  /** The range the true value lies in, given the rounding of the stated inputs. */
  interval: { low: number; high: number };
  formula: string;
  inputs: string[];
  explanation: Bilingual;
}

export type Metric = StatedMetric | DerivedMetric;

/** A check of the report's arithmetic where it can be checked. */
export interface ConsistencyCheck {
  id: string;
  description: Bilingual;
  inputs: string[];
  formula: string;
  computed: number;
  stated: number;
  ok: boolean;
}

export interface Figures {
  metrics: Metric[];
  checks: ConsistencyCheck[];
}
