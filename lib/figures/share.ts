import type { Lang, Report } from '../content/types';
import { dictionary } from '../site/dictionaries';
import { pointLabel } from '../site/labels';
import { figuresUrl } from '../site/urls';
import { figureUrl, quoteUrl } from './export';
import { derivedHeadline, formatMetricValue } from './format';
import { topicLabel } from './display';
import type { DerivedMetric, Figures, StatedMetric } from './types';

/** The sentence around a quote, split so the quote can be marked; an ellipsis stands for the rest of the point. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

// Chinese sentences and clauses end at 。；！？; English ones at . ; ! ? followed by a space.
const SENTENCE_END: Record<Lang, RegExp> = { zh: /[。；！？]/g, en: /[.;!?](?=\s)/g };
const ELLIPSIS: Record<Lang, string> = { zh: '……', en: '… ' };

/**
 * The sentence (or clause) of `text` that holds `quote`, which must occur in it: "……" / "… " where
 * the point goes on before it, and in place of a closing semicolon where it goes on after.
 */
export function quoteInContext(text: string, quote: string, lang: Lang): QuoteInContext {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`the quote "${quote}" is not in the text "${text.slice(0, 40)}…"`);
  const ends = [...text.matchAll(SENTENCE_END[lang])].map((m) => m.index!);
  const start = Math.max(0, ...ends.filter((i) => i < at).map((i) => i + 1));
  const stop = ends.find((i) => i >= at + quote.length);
  const end = stop === undefined ? text.length : stop + 1;
  let after = text.slice(at + quote.length, end);
  if (end < text.length && /[;；]$/.test(after)) after = `${after.slice(0, -1)}${ELLIPSIS[lang].trim()}`;
  return { before: `${start > 0 ? ELLIPSIS[lang] : ''}${text.slice(start, at).trimStart()}`, quote, after };
}

/** What a stated figure's own page shows, in one language. */
export function figureShare(figures: Figures, report: Report, metric: StatedMetric, lang: Lang) {
  const t = dictionary(lang).figures;
  const point = report.sections.flatMap((s) => s.points).find((p) => p.id === metric.source.point)!;
  const quote = lang === 'zh' ? metric.source.quote : metric.source.quote_en;
  return {
    id: metric.id,
    label: metric.label[lang],
    value: formatMetricValue(metric, lang),
    period: metric.period,
    topic: topicLabel(metric.topic, lang),
    where: pointLabel(point, lang, report),
    context: quoteInContext(point.text[lang], quote, lang),
    original: lang === 'zh' ? null : quoteInContext(point.text.zh, metric.source.quote, 'zh'),
    implied: figures.metrics
      .filter((m): m is DerivedMetric => m.kind === 'derived' && m.inputs.includes(metric.id))
      .map((m) => `${derivedHeadline(m, lang, t.interval)} ${m.explanation[lang]}`),
    links: { quote: quoteUrl(lang, report, metric), table: figureUrl(lang, metric.id), figures: figuresUrl(lang) },
  };
}

/** The figures with a page (and a share card) of their own: the stated ones, whose words are in the report. */
export const statedMetrics = (figures: Figures) => figures.metrics.filter((m): m is StatedMetric => m.kind === 'stated');
