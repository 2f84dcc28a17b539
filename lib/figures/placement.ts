import type { Lang, Report } from '../content/types';
import { chartData, getCharts, type ChartData } from './charts';
import type { QuoteMark } from './mark-quotes';
import type { Figures } from './types';

/** The charts of the report in a language, keyed by the point they follow. */
export function chartsByPoint(figures: Figures, report: Report, lang: Lang): Map<string, ChartData[]> {
  const byPoint = new Map<string, ChartData[]>();
  for (const spec of getCharts()) {
    const chart = chartData(spec, figures, report, lang);
    byPoint.set(chart.after, [...(byPoint.get(chart.after) ?? []), chart]);
  }
  return byPoint;
}

/** The quoted words of every stated metric, keyed by point, in a language. */
export function quotesByPoint(figures: Figures, lang: Lang): Map<string, QuoteMark[]> {
  const byPoint = new Map<string, QuoteMark[]>();
  for (const metric of figures.metrics) {
    if (metric.kind !== 'stated') continue;
    const mark = { text: lang === 'zh' ? metric.source.quote : metric.source.quote_en, id: `fig-${metric.id}` };
    byPoint.set(metric.source.point, [...(byPoint.get(metric.source.point) ?? []), mark]);
  }
  return byPoint;
}
