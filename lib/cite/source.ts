import type { Bilingual, Lang, Point, Report } from '../content/types';
import { formatMetricValue } from '../figures/format';
import { figureUrl, quoteUrl } from '../figures/export';
import type { Figures, Metric } from '../figures/types';
import { SITE_ORIGIN } from '../site/config';
import { pointLabel } from '../site/labels';
import { homeUrl, pointUrl } from '../site/urls';
import { sentenceCase } from './sentence-case';
import type { CiteData, CitedWork, CiteTarget, ContentVersion } from './types';

/**
 * Server side: what the citations of the report, its points and its figures are made of, from the
 * loaded content. The result is plain data: the cite page renders it and the cite island receives it.
 */
const both = <T>(make: (lang: Lang) => T): Bilingual<T> => ({ zh: make('zh'), en: make('en') });
const unparenthesise = (line: string) => line.replace(/^[（(]\s*/, '').replace(/\s*[）)]$/, '');

export function citedWork(report: Report, version: ContentVersion): CitedWork {
  const { meta } = report;
  return {
    issuer: meta.issuer,
    title: meta.title,
    titleSentenceCase: sentenceCase(meta.title.en, [meta.issuer.en]),
    meeting: meta.meeting,
    delivered: both((lang) => unparenthesise(meta.delivered[lang])),
    date: meta.delivered.date,
    place: meta.place,
    key: meta.cite_key,
    version,
  };
}

/** An absolute permalink from a site-relative URL; `origin` is SITE_ORIGIN unless a test pins it. */
const absolute = (origin: string, path: string) => `${origin}${path}`;

export function reportTarget(origin = SITE_ORIGIN): CiteTarget {
  return { kind: 'report', id: 'report', location: null, url: both((lang) => absolute(origin, homeUrl(lang))), quote: null, figure: null };
}

export function pointTarget(report: Report, point: Point, origin = SITE_ORIGIN): CiteTarget {
  return {
    kind: 'point',
    id: point.id,
    location: both((lang) => pointLabel(point, lang, report)),
    url: both((lang) => absolute(origin, pointUrl(lang, report, point))),
    quote: point.text,
    figure: null,
  };
}

/**
 * A stated figure is cited at the sentence that states it (the link lands on the quoted words); a
 * derived one at its row on the figures page, located by the points of the figures it is computed from.
 */
export function figureTarget(report: Report, figures: Figures, metric: Metric, origin = SITE_ORIGIN): CiteTarget {
  const points = sourcePoints(report, figures, metric);
  return {
    kind: 'figure',
    id: metric.id,
    location: both((lang) => [...new Set(points.map((p) => pointLabel(p, lang, report)))].join(lang === 'zh' ? '；' : '; ')),
    url: both((lang) => absolute(origin, metric.kind === 'stated' ? quoteUrl(lang, report, metric) : figureUrl(lang, metric.id))),
    quote: metric.kind === 'stated' ? { zh: metric.source.quote, en: metric.source.quote_en } : null,
    figure: { label: metric.label, value: both((lang) => formatMetricValue(metric, lang)), period: metric.period, derived: metric.kind === 'derived' },
  };
}

function sourcePoints(report: Report, figures: Figures, metric: Metric): Point[] {
  const all = report.sections.flatMap((s) => s.points);
  const stated = metric.kind === 'stated' ? [metric] : metric.inputs.map((id) => figures.metrics.find((m) => m.id === id)!);
  return stated.map((m) => all.find((p) => m.kind === 'stated' && p.id === m.source.point)!);
}

/** Every citable id: 'report', each point and each figure. Ids are unique across the three. */
export function citeIds(report: Report, figures: Figures): string[] {
  const ids = ['report', ...report.sections.flatMap((s) => s.points.map((p) => p.id)), ...figures.metrics.map((m) => m.id)];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      throw new Error(
        `lib/cite/source.ts: "${id}" is both a point and a figure id (or "report"); cite pages need one meaning per id. fix: rename the new metric in content/metrics.json`,
      );
    seen.add(id);
  }
  return ids;
}

/** What to cite for an id from citeIds. */
export function citeData(report: Report, figures: Figures, version: ContentVersion, id: string, origin = SITE_ORIGIN): CiteData {
  const work = citedWork(report, version);
  if (id === 'report') return { work, target: reportTarget(origin) };
  const point = report.sections.flatMap((s) => s.points).find((p) => p.id === id);
  if (point) return { work, target: pointTarget(report, point, origin) };
  const metric = figures.metrics.find((m) => m.id === id);
  if (metric) return { work, target: figureTarget(report, figures, metric, origin) };
  throw new Error(`nothing to cite with the id "${id}"`);
}
