import type { Bilingual } from '../content/types';
import { formatMeasure } from './format';
import { clean, roundingHalfWidth } from './numbers';
import type { RateCheckSpec } from './display';
import type { ConsistencyCheck, DerivedMetric, StatedMetric } from './types';

const COUNT_UNITS = new Set(['cases', 'people', 'documents', 'items', 'units', 'certificates']);

/** How a year-on-year change turns a stated value back into the previous year's. */
export type ChangeRule = 'relative' | 'points' | 'absolute' | 'rank';

/** What derivation needs of a figure: the report's own, or another source's (lib/corroboration). */
export type Measured = Pick<StatedMetric, 'id' | 'topic' | 'label' | 'value' | 'unit' | 'period'>;

export function changeRule(base: Measured, change: Measured): ChangeRule | null {
  if (COUNT_UNITS.has(base.unit) && change.unit === 'percent') return 'relative';
  if (base.unit === 'percent' && change.unit === 'percentage-points') return 'points';
  if (COUNT_UNITS.has(base.unit) && change.unit === base.unit) return 'absolute';
  if (base.unit === 'rank' && change.unit === 'places') return 'rank';
  return null;
}

/**
 * The previous year's value implied by a stated value and its stated change, with the interval
 * that the rounding of the stated numbers leaves open ("下降7%" means a fall of 6.5%–7.5%).
 */
export function derivePrevious(base: Measured, change: Measured): DerivedMetric {
  const rule = changeRule(base, change);
  if (!rule) throw new Error(`cannot derive from ${base.id} (${base.unit}) and ${change.id} (${change.unit})`);
  const current = base.value;
  const delta = change.value;
  const previousPeriod = String(Number(base.period) - 1);
  let value: number;
  let low: number;
  let high: number;
  let formula: string;

  if (rule === 'relative') {
    const rate = delta / 100;
    const half = roundingHalfWidth(delta) / 100;
    value = Math.round(current / (1 + rate));
    low = Math.ceil(clean(current / (1 + rate + half)));
    high = Math.floor(clean(current / (1 + rate - half)));
    formula = `${current} ÷ (1 ${delta < 0 ? '−' : '+'} ${Math.abs(delta)}%)`;
  } else if (rule === 'points') {
    const halfCurrent = roundingHalfWidth(current);
    const halfDelta = roundingHalfWidth(delta);
    value = clean(current - delta);
    low = clean(current - halfCurrent - (delta + halfDelta));
    high = clean(current + halfCurrent - (delta - halfDelta));
    formula = `${current}% ${delta < 0 ? '+' : '−'} ${Math.abs(delta)} pp`;
  } else if (rule === 'absolute') {
    value = low = high = current - delta;
    formula = `${current} ${delta < 0 ? '+' : '−'} ${Math.abs(delta)}`;
  } else {
    // Moving up the ranking lowers the rank number: 2nd after moving up 2 places was 4th.
    value = low = high = current + delta;
    formula = `${current} ${delta < 0 ? '−' : '+'} ${Math.abs(delta)}`;
  }

  const exact = low === high;
  const show = (n: number, lang: 'zh' | 'en') => formatMeasure(n, base.unit, lang);
  const explanation: Bilingual = {
    zh:
      `报告未直接给出${previousPeriod}年的数值，本值由${base.period}年数值（${show(current, 'zh')}）和同比变化（${formatMeasure(delta, change.unit, 'zh', true)}）推算：${formula}。` +
      (exact ? '' : `由于报告中的数字经过四舍五入，实际值在${show(low, 'zh')}至${show(high, 'zh')}之间。`),
    en:
      `The report does not state the ${previousPeriod} value; it is derived from the ${base.period} value (${show(current, 'en')}) and the stated change (${formatMeasure(delta, change.unit, 'en', true)}): ${formula}.` +
      (exact ? '' : ` Because the report’s numbers are rounded, the true value lies between ${show(low, 'en')} and ${show(high, 'en')}.`),
  };

  return {
    id: `${base.id}-${previousPeriod}`,
    topic: base.topic,
    label: { zh: `${base.label.zh}（${previousPeriod}年，推算）`, en: `${base.label.en}, ${previousPeriod} (derived)` },
    value,
    unit: base.unit,
    period: previousPeriod,
    qualifier: exact ? 'exact' : 'approximately',
    kind: 'derived',
    interval: { low, high },
    formula,
    inputs: [base.id, change.id],
    explanation,
  };
}

/** Every previous-year value the stated changes imply, in the order of the changes. */
export function deriveAll(stated: StatedMetric[]): DerivedMetric[] {
  const byId = new Map(stated.map((m) => [m.id, m]));
  return stated.filter((m) => m.change_of !== undefined).map((change) => derivePrevious(byId.get(change.change_of!)!, change));
}

/** A rate the report states next to its parts: does part ÷ whole round to it? */
export function checkRate(spec: RateCheckSpec, byId: Map<string, Pick<StatedMetric, 'value'>>): ConsistencyCheck {
  const part = byId.get(spec.part)!;
  const whole = byId.get(spec.whole)!;
  const rate = byId.get(spec.rate)!;
  const computed = (part.value / whole.value) * 100;
  const half = roundingHalfWidth(rate.value);
  return {
    id: spec.id,
    // The stated rate, as the report gives it, where the description says {stated}.
    description: {
      zh: spec.description.zh.replace('{stated}', formatMeasure(rate.value, 'percent', 'zh')),
      en: spec.description.en.replace('{stated}', formatMeasure(rate.value, 'percent', 'en')),
    },
    inputs: [spec.part, spec.whole, spec.rate],
    formula: `${part.value} ÷ ${whole.value} × 100`,
    computed: clean(computed, 4),
    stated: rate.value,
    ok: Math.abs(computed - rate.value) <= half,
  };
}
