import type { Lang, Report } from '../content/types';
import { pointLabel } from '../site/labels';
import { figuresUrl, pointUrl } from '../site/urls';
import { otherFigureUrl } from '../corroboration/present';
import type { Corroboration, OtherFigure } from '../corroboration/types';
import { chartData, type ChartSpec } from './charts';
import type { Figures, Metric } from './types';

const pointById = (report: Report, id: string) => report.sections.flatMap((s) => s.points).find((p) => p.id === id)!;

/** A figure's permalink: its row on the figures page. */
export const figureUrl = (lang: Lang, id: string) => `${figuresUrl(lang)}#${id}`;

/** The quoted words in the text, highlighted: the point's page with the quote's anchor. */
export function quoteUrl(lang: Lang, report: Report, metric: Extract<Metric, { kind: 'stated' }>): string {
  return pointUrl(lang, report, pointById(report, metric.source.point)).replace(/#.*$/, `#fig-${metric.id}`);
}

/** Another source's figure as data: marked "other-source", with who states it, where, and the words verified there. */
function otherFigureJson(figure: OtherFigure, corroboration: Corroboration, figures: Figures) {
  const source = corroboration.sources.find((s) => s.id === figure.source)!;
  // The source's id is replaced by the source itself.
  const { source: _, quote, ...rest } = figure;
  return {
    ...rest,
    source: { id: source.id, issuer: source.issuer, document: source.document, delivered: source.delivered, url: source.url, quote },
    url: {
      zh: otherFigureUrl('zh', figure.id, corroboration, figures) ?? figuresUrl('zh'),
      en: otherFigureUrl('en', figure.id, corroboration, figures) ?? figuresUrl('en'),
    },
  };
}

/**
 * /data/metrics.json: every metric with its permalinks, and the consistency checks; with the
 * corroboration, also "other_sources": the figures of other official sources ("kind":
 * "other-source") and the build's comparisons of them with ours.
 */
export function metricsJson(figures: Figures, report: Report, corroboration?: Corroboration) {
  const ours = figures.metrics.map((metric) => ({
    ...metric,
    url: { zh: figureUrl('zh', metric.id), en: figureUrl('en', metric.id) },
    ...(metric.kind === 'stated'
      ? {
          source: {
            ...metric.source,
            label: {
              zh: pointLabel(pointById(report, metric.source.point), 'zh', report),
              en: pointLabel(pointById(report, metric.source.point), 'en', report),
            },
            url: { zh: quoteUrl('zh', report, metric), en: quoteUrl('en', report, metric) },
          },
        }
      : {}),
  }));
  if (!corroboration) return { metrics: ours, checks: figures.checks };
  // Kept apart from "metrics", which are the report's own figures (the figures page lists exactly those).
  const { sources, statements, derived, checks, comparisons } = corroboration;
  return {
    metrics: ours,
    checks: figures.checks,
    other_sources: {
      sources,
      figures: corroboration.figures.map((figure) => otherFigureJson(figure, corroboration, figures)),
      statements,
      derived,
      checks,
      comparisons,
    },
  };
}

/** RFC 4180 CSV with a byte-order mark, so that Excel opens the Chinese correctly. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * /data/metrics.csv: one row per metric; with the corroboration, also one row per figure of another
 * official source ("other-source"), its quote the words verified there and its issuer, document,
 * date and address in the last four columns.
 */
export function metricsCsv(figures: Figures, report: Report, corroboration?: Corroboration): string {
  const header = [
    'id',
    'topic',
    'label_zh',
    'label_en',
    'value',
    'unit',
    'period',
    'qualifier',
    'kind',
    'interval_low',
    'interval_high',
    'change_of',
    'formula',
    'source_point',
    'source_label_zh',
    'source_label_en',
    'quote_zh',
    'quote_en',
    'url_zh',
    'url_en',
    'other_source_issuer',
    'other_source_document',
    'other_source_date',
    'other_source_url',
  ];
  const rows = figures.metrics.map((m) => {
    const point = m.kind === 'stated' ? pointById(report, m.source.point) : null;
    return [
      m.id,
      m.topic,
      m.label.zh,
      m.label.en,
      m.value,
      m.unit,
      m.period,
      m.qualifier,
      m.kind,
      m.kind === 'derived' ? m.interval.low : null,
      m.kind === 'derived' ? m.interval.high : null,
      m.kind === 'stated' ? (m.change_of ?? null) : null,
      m.kind === 'derived' ? m.formula : null,
      point?.id ?? null,
      point ? pointLabel(point, 'zh', report) : null,
      point ? pointLabel(point, 'en', report) : null,
      m.kind === 'stated' ? m.source.quote : null,
      m.kind === 'stated' ? m.source.quote_en : null,
      figureUrl('zh', m.id),
      figureUrl('en', m.id),
      null,
      null,
      null,
      null,
    ];
  });
  const others = (corroboration?.figures ?? []).map((figure) => {
    const json = otherFigureJson(figure, corroboration!, figures);
    return [
      figure.id,
      figure.topic,
      figure.label.zh,
      figure.label.en,
      figure.value,
      figure.unit,
      figure.period,
      figure.qualifier,
      'other-source',
      null,
      null,
      figure.change_of ?? null,
      null,
      null,
      null,
      null,
      figure.quote,
      null,
      json.url.zh,
      json.url.en,
      json.source.issuer.en,
      json.source.document.en,
      json.source.delivered.date,
      json.source.url,
    ];
  });
  return toCsv(header, [...rows, ...others]);
}

/** One chart's data as CSV, both languages, one row per bar, with source and derivation. */
export function chartCsv(spec: ChartSpec, figures: Figures, report: Report): string {
  const zh = chartData(spec, figures, report, 'zh');
  const en = chartData(spec, figures, report, 'en');
  const byId = new Map(figures.metrics.map((m) => [m.id, m]));
  const header = ['chart', 'row_zh', 'row_en', 'series_zh', 'series_en', 'value', 'unit', 'kind', 'display_zh', 'display_en', 'metric', 'note_en'];
  const rows = zh.rows.flatMap((row, r) =>
    zh.series.map((series, s) => {
      const cell = row.cells[series.key];
      const metric = byId.get(cell.metricId)!;
      return [
        spec.id,
        row.label,
        en.rows[r].label,
        series.label,
        en.series[s].label,
        cell.value,
        metric.unit,
        metric.kind,
        cell.text,
        en.rows[r].cells[series.key].text,
        metric.id,
        metric.kind === 'derived' ? metric.explanation.en : `Stated in ${pointLabel(pointById(report, metric.source.point), 'en', report)}`,
      ];
    }),
  );
  return toCsv(header, rows);
}
