import type { Bilingual, Lang, Report } from '../content/types';
import { dictionary } from '../site/dictionaries';
import { formatDate } from '../site/i18n';
import { pointLabel } from '../site/labels';
import { formatMeasure } from './format';
import type { Figures, Metric, StatedMetric } from './types';

/**
 * The charts: which metrics each one draws. Where a chart appears (after the last point that
 * states one of its figures), its data and its source points are all computed from the metrics.
 */
export interface ChartSpec {
  id: string;
  title: Bilingual;
  /** bars: a Recharts bar chart; tiles: large numbers side by side (figures in different units). */
  kind: 'bars' | 'tiles';
  /** The value axis: counts start at zero; percentages run 0–100. */
  scale: 'count' | 'percent';
  series: { key: string; label: Bilingual }[];
  rows: { label: Bilingual; values: Record<string, string> }[];
}

const YEARS = [
  { key: '2019', label: { zh: '2019年', en: '2019' } },
  { key: '2020', label: { zh: '2020年', en: '2020' } },
];
const byYear = (id: string) => ({ '2019': `${id}-2019`, '2020': id });
const single = [{ key: 'value', label: { zh: '数值', en: 'Value' } }];

/** A stated 2020 value beside the 2019 value derived from its stated change. */
const yearOnYear = (id: string, title: Bilingual, scale: ChartSpec['scale']): ChartSpec => ({
  id,
  title,
  kind: 'bars',
  scale,
  series: single,
  rows: YEARS.map((year) => ({ label: year.label, values: { value: byYear(id)[year.key as '2019' | '2020'] } })),
});

export const CHARTS: ChartSpec[] = [
  yearOnYear('reconsideration-cases', { zh: '行政复议案件数，2019—2020年', en: 'Administrative reconsideration cases, 2019–2020' }, 'count'),
  yearOnYear('direct-correction-rate', { zh: '行政复议直接纠错率，2019—2020年', en: 'Direct correction rate in administrative reconsideration, 2019–2020' }, 'percent'),
  {
    id: 'reconsideration-mediation',
    title: { zh: '行政复议调解（市本级），2020年', en: 'Mediation in administrative reconsideration (municipal level proper), 2020' },
    kind: 'tiles', scale: 'count', series: single,
    rows: [
      { label: { zh: '调解结案', en: 'Cases closed through mediation' }, values: { value: 'reconsideration-mediation-cases-closed' } },
      { label: { zh: '调解成功率', en: 'Mediation success rate' }, values: { value: 'reconsideration-mediation-success-rate' } },
    ],
  },
  yearOnYear('first-instance-litigation-cases', { zh: '一审行政诉讼案件数，2019—2020年', en: 'First-instance administrative litigation cases, 2019–2020' }, 'count'),
  {
    id: 'litigation-rates',
    title: { zh: '行政诉讼败诉率和负责人出庭率，2019—2020年', en: 'Loss rate and court-appearance rate of agency heads, 2019–2020' },
    kind: 'bars', scale: 'percent', series: YEARS,
    rows: [
      { label: { zh: '败诉率', en: 'Loss rate' }, values: byYear('loss-rate') },
      { label: { zh: '负责人出庭率', en: 'Court-appearance rate of agency heads' }, values: byYear('agency-head-court-appearance-rate') },
    ],
  },
  {
    id: 'people-mediation',
    title: { zh: '人民调解案件，2020年', en: 'People’s mediation cases, 2020' },
    kind: 'bars', scale: 'count', series: single,
    rows: [
      { label: { zh: '收到', en: 'Received' }, values: { value: 'people-mediation-cases-received' } },
      { label: { zh: '成功调解', en: 'Successfully mediated' }, values: { value: 'people-mediation-cases-successful' } },
    ],
  },
  {
    id: 'lawyer-mediation',
    title: { zh: '律师调解，2020年', en: 'Lawyer mediation, 2020' },
    kind: 'tiles', scale: 'count', series: single,
    rows: [
      { label: { zh: '律所调解工作室', en: 'Mediation offices in law firms' }, values: { value: 'law-firm-mediation-offices' } },
      { label: { zh: '律师调解员', en: 'Lawyer mediators' }, values: { value: 'lawyer-mediators' } },
    ],
  },
  {
    id: 'township-shares',
    title: { zh: '乡镇（街道）在县域复议被纠错案件和行政败诉案件中的占比', en: 'Share of townships and towns (sub-districts) in corrected reconsideration cases and lost lawsuits' },
    kind: 'bars', scale: 'percent', series: single,
    rows: [
      { label: { zh: '复议被纠错案件', en: 'Corrected reconsideration cases' }, values: { value: 'township-share-of-corrected-reconsideration-cases' } },
      { label: { zh: '行政败诉案件', en: 'Lost administrative cases' }, values: { value: 'township-share-of-lost-cases' } },
    ],
  },
];

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
    if (!found) throw new Error(`lib/figures/charts.ts: chart "${spec.id}" uses the metric "${id}", which does not exist; add it to content/metrics.json or correct the chart`);
    return found;
  };
  const used = spec.rows.flatMap((row) => Object.values(row.values).map(metric));
  const derived = used.filter((m): m is Extract<Metric, { kind: 'derived' }> => m.kind === 'derived');
  const stated = [...new Set([...used.filter((m): m is StatedMetric => m.kind === 'stated'), ...derived.flatMap((d) => d.inputs.map((id) => metric(id) as StatedMetric))])];
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
  const labels = [...new Set(chart.sources.map((m) => m.source.point))].map((id) => pointLabel(points.find((p) => p.id === id)!, lang, report));
  const { issuer, title, delivered } = report.meta;
  const date = formatDate(delivered.date, lang);
  return lang === 'zh' ? `来源：${issuer.zh}《${title.zh}》（${date}），${labels.join('、')}` : `Source: ${issuer.en}, ${title.en} (${date}), ${labels.join(', ')}`;
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
  return CHARTS.find((spec) => spec.kind === 'bars' && spec.rows.some((row) => Object.values(row.values).some(drawn))) ?? null;
}
