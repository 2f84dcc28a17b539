import type { Lang } from '../content/types';
import { HTML_LANG } from '../site/i18n';
import { decimalsOf } from './numbers';
import type { Metric, Qualifier } from './types';

const QUALIFIER: Record<Lang, Record<Qualifier, (n: string) => string>> = {
  zh: { exact: (n) => n, 'more-than': (n) => `超过${n}`, 'less-than': (n) => `不足${n}`, approximately: (n) => `约${n}` },
  en: { exact: (n) => n, 'more-than': (n) => `more than ${n}`, 'less-than': (n) => `less than ${n}`, approximately: (n) => `about ${n}` },
};

/** A number in the reader's language, with as many decimals as it was stated with; a true minus sign. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const decimals = Math.min(decimalsOf(value), 3);
  return new Intl.NumberFormat(HTML_LANG[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...options })
    .format(value)
    .replace('-', '−');
}

const EN_ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** The bare value with its unit: 3,662 · 9.8% · −6.28 percentage points · 2nd · up 2 places. */
export function formatMeasure(value: number, unit: Metric['unit'], lang: Lang, signed = false): string {
  const sign: Intl.NumberFormatOptions = signed ? { signDisplay: 'exceptZero' } : {};
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, lang, sign)}%`;
    case 'percentage-points':
      return lang === 'zh'
        ? `${formatNumber(value, lang, { signDisplay: 'exceptZero' })}个百分点`
        : `${formatNumber(value, lang, { signDisplay: 'exceptZero' })} percentage points`;
    case 'rank':
      return lang === 'zh' ? `第${value}名` : `${value}${EN_ORDINAL_SUFFIX[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)]}`;
    case 'places':
      return lang === 'zh'
        ? `${value >= 0 ? '前进' : '后退'}${Math.abs(value)}名`
        : `${value >= 0 ? 'up' : 'down'} ${Math.abs(value)} ${Math.abs(value) === 1 ? 'place' : 'places'}`;
    default:
      return formatNumber(value, lang, sign);
  }
}

/** A metric's value as a reader sees it, qualifier included: "more than 20", "≈3,938". */
export function formatMetricValue(metric: Metric, lang: Lang): string {
  const measure = formatMeasure(metric.value, metric.unit, lang, 'change_of' in metric && metric.change_of !== undefined);
  if (metric.kind === 'derived') return metric.interval.low === metric.interval.high ? measure : `≈${measure}`;
  return QUALIFIER[lang][metric.qualifier](measure);
}

/** The interval of a derived value: "3,917–3,958". */
export function formatInterval(metric: Metric, lang: Lang): string | null {
  if (metric.kind !== 'derived' || metric.interval.low === metric.interval.high) return null;
  return `${formatMeasure(metric.interval.low, metric.unit, lang)}–${formatMeasure(metric.interval.high, metric.unit, lang)}`;
}

/** A derived value in a sentence: "Loss rate, 2019 (derived): ≈16.44% (range 16.385%–16.495%)". */
export function derivedHeadline(metric: Extract<Metric, { kind: 'derived' }>, lang: Lang, rangeWord: string): string {
  const interval = formatInterval(metric, lang);
  if (lang === 'zh') return `${metric.label.zh}：${formatMetricValue(metric, lang)}${interval ? `（${rangeWord}${interval}）` : ''}。`;
  return `${metric.label.en}: ${formatMetricValue(metric, lang)}${interval ? ` (${rangeWord} ${interval})` : ''}.`;
}
