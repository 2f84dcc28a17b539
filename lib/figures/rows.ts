import type { Lang, Report } from '../content/types';
import { dictionary } from '../site/dictionaries';
import { pointLabel } from '../site/labels';
import { figurePageUrl } from '../site/urls';
import { quoteUrl } from './export';
import { derivedHeadline, formatMetricValue } from './format';
import { getDisplay, topicLabel } from './display';
import type { Figures, StatedMetric } from './types';

/** The figures page's rows in a language: everything formatted, and the text search matches. */
export function figureRows(figures: Figures, report: Report, lang: Lang) {
  const t = dictionary(lang).figures;
  const points = report.sections.flatMap((s) => s.points);
  const stated = new Map(figures.metrics.filter((m): m is StatedMetric => m.kind === 'stated').map((m) => [m.id, m]));
  return figures.metrics.map((metric, order) => {
    // A derived value's source is the sentence that states the change it comes from.
    const origin = metric.kind === 'stated' ? metric : stated.get(metric.inputs[1])!;
    const point = points.find((p) => p.id === origin.source.point)!;
    const value = formatMetricValue(metric, lang);
    const quote = lang === 'zh' ? origin.source.quote : origin.source.quote_en;
    const note = metric.kind === 'derived' ? `${derivedHeadline(metric, lang, t.interval)} ${metric.explanation[lang]}` : undefined;
    return {
      id: metric.id,
      order,
      label: metric.label[lang],
      value,
      sortValue: metric.value,
      period: metric.period,
      topic: metric.topic,
      topicLabel: topicLabel(metric.topic, lang),
      derived: metric.kind === 'derived',
      kindLabel: metric.kind === 'derived' ? t.derived : t.stated,
      note,
      source: { label: pointLabel(point, lang, report), href: quoteUrl(lang, report, origin), quote },
      /** A stated figure's own page, with its share card. */
      page: metric.kind === 'stated' ? figurePageUrl(lang, metric.id) : undefined,
      haystack: [
        metric.label.zh,
        metric.label.en,
        value,
        String(Math.abs(metric.value)),
        origin.source.quote,
        origin.source.quote_en,
        topicLabel(metric.topic, lang),
      ]
        .join(' ')
        .toLowerCase()
        .replace(/(\d),(?=\d{3}\b)/g, '$1'),
    };
  });
}

export function topicOptions(figures: Figures, lang: Lang) {
  const used = new Set(figures.metrics.map((m) => m.topic));
  return getDisplay()
    .topics.filter((topic) => used.has(topic.id))
    .map((topic) => ({ key: topic.id, label: topic.label[lang] }));
}

/** A number to show in the search box's hint: the first count of cases the report states (search finds it with or without separators). */
export function exampleNumber(figures: Figures): number {
  return (figures.metrics.find((m) => m.kind === 'stated' && m.unit === 'cases' && m.value >= 1000) ?? figures.metrics[0]).value;
}
