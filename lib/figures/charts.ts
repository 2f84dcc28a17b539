import type { Lang, Report } from '../content/types';
import { dictionary } from '../site/dictionaries';
import { formatDate } from '../site/i18n';
import { pointLabel } from '../site/labels';
import { formatMeasure } from './format';
import { type ChartSpec, getDisplay } from './display';
import type { Figures, Metric, StatedMetric } from './types';

export type { ChartSpec } from './display';

/**
 * The charts, as content/figures.json lists them (lib/figures/display.ts): which metrics each one
 * draws. Where a chart appears (after the last point that states one of its figures), its data and
 * its source points are all computed from the metrics.
 */
export const getCharts = (): ChartSpec[] => getDisplay().charts;

/** One value of a chart: a bar, a tile or a table cell. */
export interface ChartCell {
  value: number;
  /** The value as the table, the bar's label and the summary print it: "≈3,938", "9.8%". */
  text: string;
  derived: boolean;
  metricId: string;
  /** The value in words, as a screen reader reads the bar: "Loss rate (2019): ≈16.44% (derived)". */
  phrase: string;
}

/** One chart, resolved against the metrics, ready to draw and tabulate in a language. */
export interface ChartData {
  id: string;
  title: string;
  kind: ChartSpec['kind'];
  scale: ChartSpec['scale'];
  series: { key: string; label: string }[];
  rows: { label: string; cells: Record<string, ChartCell> }[];
  /** The stated metrics behind the chart (derived ones resolved to their inputs), in document order. */
  sources: StatedMetric[];
  derived: Extract<Metric, { kind: 'derived' }>[];
  /** The point after which the chart stands: the last one that states its figures. */
  after: string;
  /** One sentence for screen readers and for anyone who prefers words. */
  summary: string;
}

export function chartData(spec: ChartSpec, figures: Figures, report: Report, lang: Lang): ChartData {
  const byId = new Map(figures.metrics.map((m) => [m.id, m]));
  const metric = (id: string) => {
    const found = byId.get(id);
    // content/figures.json's references are checked when the figures load (lib/figures/load.ts), with their lines.
    if (!found)
      throw new Error(
        `content/figures.json: chart "${spec.id}" uses the metric "${id}", which does not exist; add it to content/metrics.json or correct the chart`,
      );
    return found;
  };
  const used = spec.rows.flatMap((row) => Object.values(row.values).map(metric));
  const derived = used.filter((m): m is Extract<Metric, { kind: 'derived' }> => m.kind === 'derived');
  const stated = [
    ...new Set([...used.filter((m): m is StatedMetric => m.kind === 'stated'), ...derived.flatMap((d) => d.inputs.map((id) => metric(id) as StatedMetric))]),
  ];
  const order = report.sections.flatMap((s) => s.points.map((p) => p.id));
  stated.sort((a, b) => order.indexOf(a.source.point) - order.indexOf(b.source.point));

  const series = spec.series.map((s) => ({ key: s.key, label: s.label[lang] }));
  const tag = dictionary(lang).figures.derivedTag;
  const rows = spec.rows.map((row) => ({
    label: row.label[lang],
    cells: Object.fromEntries(
      series.map((s): [string, ChartCell] => {
        const m = metric(row.values[s.key]);
        const text = `${m.kind === 'derived' && m.interval.low !== m.interval.high ? '≈' : ''}${formatMeasure(m.value, m.unit, lang)}`;
        const derived = m.kind === 'derived';
        const name = series.length > 1 ? (lang === 'zh' ? `${row.label[lang]}（${s.label}）` : `${row.label[lang]} (${s.label})`) : row.label[lang];
        const phrase = lang === 'zh' ? `${name}${text}${derived ? tag : ''}` : `${name}: ${text}${derived ? tag : ''}`;
        return [s.key, { value: m.value, text, derived, metricId: m.id, phrase }];
      }),
    ),
  }));
  const phrases = rows.flatMap((row) => series.map((s) => row.cells[s.key].phrase));
  return {
    id: spec.id,
    title: spec.title[lang],
    kind: spec.kind,
    scale: spec.scale,
    series,
    rows,
    sources: stated,
    derived,
    after: stated.at(-1)!.source.point,
    summary: lang === 'zh' ? `${phrases.join('；')}。` : `${phrases.join('; ')}.`,
  };
}

/** Where a chart's figures come from, in one line: issuer, report (date), and the points that state them. */
export function chartSource(chart: ChartData, report: Report, lang: Lang): string {
  const points = report.sections.flatMap((s) => s.points);
  const labels = [...new Set(chart.sources.map((m) => m.source.point))].map((id) =>
    pointLabel(
      points.find((p) => p.id === id)!,
      lang,
      report,
    ),
  );
  const { issuer, title, delivered } = report.meta;
  const date = formatDate(delivered.date, lang);
  return lang === 'zh'
    ? `来源：${issuer.zh}《${title.zh}》（${date}），${labels.join('、')}`
    : `Source: ${issuer.en}, ${title.en} (${date}), ${labels.join(', ')}`;
}

/** The ids of a figure's caption and summary, which name and describe its drawings on the page. */
export const figureTextIds = (chartId: string) => ({ caption: `chart-${chartId}-caption`, summary: `chart-${chartId}-summary` });

/**
 * The bar chart that draws a figure: the one whose bars show it, or show a value derived from it
 * (a change draws as the previous year's bar). Null for a figure no bar chart draws.
 */
export function chartOfMetric(metricId: string, figures: Figures): ChartSpec | null {
  const drawn = (id: string) => {
    const metric = figures.metrics.find((m) => m.id === id);
    return id === metricId || (metric?.kind === 'derived' && metric.inputs.includes(metricId));
  };
  return getCharts().find((spec) => spec.kind === 'bars' && spec.rows.some((row) => Object.values(row.values).some(drawn))) ?? null;
}
