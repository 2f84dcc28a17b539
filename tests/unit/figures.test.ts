import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/errors';
import { getReport, loadReport } from '@/lib/content/load';
import { checkRate, derivePrevious } from '@/lib/figures/derive';
import { formatMeasure, formatMetricValue } from '@/lib/figures/format';
import { getDisplay } from '@/lib/figures/display';
import { getFigures, loadFigures } from '@/lib/figures/load';
import { statesNumber } from '@/lib/figures/numbers';
import type { DerivedMetric, StatedMetric } from '@/lib/figures/types';

const figures = getFigures();
const metric = (id: string) => {
  const found = figures.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};
const derived = (id: string) => metric(id) as DerivedMetric;

describe('derived 2019 values', () => {
  it('reconsideration cases: 3,662 after a fall of 7% (6.5%–7.5%) were 3,917–3,958, about 3,938', () => {
    expect(derived('reconsideration-cases-2019')).toMatchObject({
      kind: 'derived',
      value: 3938,
      interval: { low: 3917, high: 3958 },
      qualifier: 'approximately',
      inputs: ['reconsideration-cases', 'reconsideration-cases-change'],
      formula: '3662 ÷ (1 − 7%)',
    });
  });

  it('first-instance litigation cases: 1,926 after a fall of 24.85% (24.845%–24.855%) were exactly 2,563', () => {
    expect(derived('first-instance-litigation-cases-2019')).toMatchObject({ value: 2563, interval: { low: 2563, high: 2563 }, qualifier: 'exact' });
  });

  it('rates add back the percentage points, with both roundings in the interval', () => {
    expect(derived('direct-correction-rate-2019')).toMatchObject({ value: 16.88, interval: { low: 16.825, high: 16.935 } });
    expect(derived('loss-rate-2019')).toMatchObject({ value: 16.44, interval: { low: 16.385, high: 16.495 } });
    expect(derived('agency-head-court-appearance-rate-2019')).toMatchObject({
      value: 86.36,
      interval: { low: 86.35, high: 86.37 },
      formula: '91.25% − 4.89 pp',
    });
  });

  it('counts and rankings are exact', () => {
    expect(derived('government-lawyers-2019')).toMatchObject({ value: 361, interval: { low: 361, high: 361 }, formula: '511 − 150' });
    expect(derived('zhejiang-assessment-rank-2019')).toMatchObject({ value: 4, unit: 'rank', interval: { low: 4, high: 4 } });
  });

  it('are exactly the seven implied by the stated changes, each explained in both languages', () => {
    const all = figures.metrics.filter((m): m is DerivedMetric => m.kind === 'derived');
    expect(all.map((m) => m.id)).toEqual([
      'zhejiang-assessment-rank-2019',
      'government-lawyers-2019',
      'reconsideration-cases-2019',
      'direct-correction-rate-2019',
      'first-instance-litigation-cases-2019',
      'loss-rate-2019',
      'agency-head-court-appearance-rate-2019',
    ]);
    for (const m of all) {
      expect(m.explanation.zh).toContain('推算');
      expect(m.explanation.en).toContain('derived');
      expect(m.label.en).toMatch(/, 2019 \(derived\)$/);
    }
  });

  it('widen the interval by half a unit of the last stated digit', () => {
    const base: StatedMetric = {
      id: 'x',
      topic: 'litigation',
      label: { zh: 'x', en: 'x' },
      value: 100,
      unit: 'cases',
      period: '2020',
      qualifier: 'exact',
      kind: 'stated',
      source: { point: 'p', quote: '100', quote_en: '100' },
    };
    const change: StatedMetric = { ...base, id: 'x-change', value: 25, unit: 'percent', change_of: 'x' };
    // 100 after a rise of 24.5%–25.5% was 79.68–80.32 → the whole numbers 80–80.
    expect(derivePrevious(base, change)).toMatchObject({ value: 80, interval: { low: 80, high: 80 } });
    // 1,000 after a rise of 2.45%–2.55% was 975.13–976.08 → 976.
    expect(derivePrevious({ ...base, value: 1000 }, { ...change, value: 2.5 })).toMatchObject({ value: 976, interval: { low: 976, high: 976 } });
    // 1,000 after a fall of 6.5%–7.5% was 1,069.5–1,081.08 → 1,070–1,081, about 1,075.
    expect(derivePrevious({ ...base, value: 1000 }, { ...change, value: -7 })).toMatchObject({ value: 1075, interval: { low: 1070, high: 1081 } });
  });
});

describe('consistency checks', () => {
  it('confirm that 93,085 of 93,630 is the stated 99.42%', () => {
    expect(figures.checks).toEqual([
      expect.objectContaining({ id: 'people-mediation-success-rate-check', computed: 99.4179, stated: 99.42, ok: true, formula: '93085 ÷ 93630 × 100' }),
    ]);
  });

  it('would flag a rate that does not follow from its parts', () => {
    const byId = new Map<string, StatedMetric>([
      ['a', { ...(metric('people-mediation-cases-successful') as StatedMetric), id: 'a', value: 93000 }],
      ['b', metric('people-mediation-cases-received') as StatedMetric],
      ['r', metric('people-mediation-success-rate') as StatedMetric],
    ]);
    expect(checkRate({ id: 'c', part: 'a', whole: 'b', rate: 'r', description: { zh: '', en: '' } }, byId)).toMatchObject({ ok: false, computed: 99.3271 });
  });
});

describe('coverage', () => {
  it('has a metric for every figure written in digits in the Chinese, except years, ordinal names and policy names', () => {
    const quotes = new Map<string, string[]>();
    for (const m of figures.metrics) if (m.kind === 'stated') quotes.set(m.source.point, [...(quotes.get(m.source.point) ?? []), m.source.quote]);
    const missing: string[] = [];
    for (const point of getReport().sections.flatMap((s) => s.points)) {
      const text = point.text.zh;
      const covered = (quotes.get(point.id) ?? []).map((q) => [text.indexOf(q), text.indexOf(q) + q.length]);
      for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
        const at = match.index!;
        const after = text.slice(at + match[0].length);
        const isYear = /^年/.test(after) || /^(2019|2020|2021)$/.test(match[0]);
        const isOrdinalName = /第$/.test(text.slice(0, at)) && /^次/.test(after);
        const isPolicyName = /^\+/.test(after) || /\+$/.test(text.slice(0, at));
        if (isYear || isOrdinalName || isPolicyName) continue;
        if (!covered.some(([start, end]) => start <= at && at < end)) missing.push(`${point.id}: ${match[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the rankings written in Chinese numerals', () => {
    const rankings = figures.metrics.filter((m) => m.unit === 'rank' && m.kind === 'stated').map((m) => (m as StatedMetric).source.quote);
    expect(rankings).toEqual(['名列全省第二', '营商环境评价位列全国第五', '城市排名位列全国第一', '我市名列全省第一']);
  });

  it('counts metrics by topic', () => {
    const count = (topic: string) => figures.metrics.filter((m) => m.topic === topic && m.kind === 'stated').length;
    expect(figures.metrics.filter((m) => m.kind === 'stated')).toHaveLength(47);
    expect(count('reconsideration')).toBe(10);
    expect(count('litigation')).toBe(8);
  });
});

/** The site's topics, with no chart or check: the fixture metrics are not the report's. */
const NO_CHARTS = { ...getDisplay(), charts: [], checks: [] };

describe('the metrics validator', () => {
  const report = loadReport({
    meta: 'tests/fixtures/base.meta.json',
    zh: 'tests/fixtures/base.zh.md',
    en: 'tests/fixtures/base.en.md',
    source: 'tests/fixtures/base.source.txt',
  });
  const problems = (file: string) => {
    try {
      loadFigures(report, `tests/fixtures/${file}`, NO_CHARTS);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems.map(formatProblem);
    }
    throw new Error('expected the metrics to be refused');
  };

  it('accepts the valid fixture and derives from it', () => {
    const loaded = loadFigures(report, 'tests/fixtures/metrics-valid.json', NO_CHARTS);
    expect(loaded.metrics.map((m) => m.id)).toEqual([
      'reconsideration-cases',
      'reconsideration-cases-change',
      'reconsideration-cases-2019',
      'law-firm-mediation-offices',
    ]);
  });

  it('refuses a quote that is not in the point', () => {
    expect(problems('quote-not-in-text.json')).toEqual([
      'tests/fixtures/quote-not-in-text.json:17:9: metric "reconsideration-cases": source.quote "共收到复议案件3662件" is not in the Chinese of point "ch1-1-p1"\n' +
        "  fix: copy the words exactly from the point's Chinese text (content/zh/report.md)",
    ]);
  });

  it('refuses a quote that does not state the value', () => {
    expect(problems('number-not-in-quote.json')).toEqual([
      'tests/fixtures/number-not-in-quote.json:54:9: metric "law-firm-mediation-offices": source.quote "增至60家" does not state the value 61\n  fix: quote the words that state 61, or correct the value',
      'tests/fixtures/number-not-in-quote.json:55:9: metric "law-firm-mediation-offices": source.quote_en "rose to 60" does not state the value 61\n  fix: quote the words that state 61, or correct the value',
    ]);
  });

  it('refuses overlapping quotes', () => {
    expect(problems('overlapping-quotes.json')).toEqual([
      'tests/fixtures/overlapping-quotes.json:36:9: metric "reconsideration-cases-change": source.quote overlaps the quote of "reconsideration-cases"\n  fix: quotes in one point must not overlap: shorten one of them',
    ]);
  });

  it('refuses a change that cannot apply to its base', () => {
    expect(problems('impossible-change.json')).toEqual([
      'tests/fixtures/impossible-change.json:33:7: metric "reconsideration-cases-change": a change in percentage-points cannot be applied to "law-firm-mediation-offices" in units\n' +
        '  fix: a count changes by percent or by the same unit, a percent by percentage-points, a rank by places',
    ]);
  });

  it('refuses a duplicate id', () => {
    expect(problems('duplicate-metric-id.json')).toEqual([
      'tests/fixtures/duplicate-metric-id.json:41:7: metric "reconsideration-cases": the id is used twice\n  fix: give each metric an id of its own; published ids never change',
    ]);
  });
});

describe('formatting', () => {
  it('writes values the way each language reads them', () => {
    expect(formatMetricValue(metric('reconsideration-cases'), 'en')).toBe('3,662');
    expect(formatMetricValue(metric('reconsideration-cases-change'), 'en')).toBe('−7%');
    expect(formatMetricValue(metric('loss-rate-change'), 'zh')).toBe('−6.64个百分点');
    expect(formatMetricValue(metric('agency-head-court-appearance-rate-change'), 'en')).toBe('+4.89 percentage points');
    expect(formatMetricValue(metric('zhejiang-assessment-rank'), 'en')).toBe('2nd');
    expect(formatMetricValue(metric('zhejiang-assessment-rank'), 'zh')).toBe('第2名');
    expect(formatMetricValue(metric('reconsideration-systems-formulated'), 'zh')).toBe('超过20');
    expect(formatMetricValue(metric('departments-with-government-lawyers-share'), 'en')).toBe('less than 80%');
    expect(formatMetricValue(metric('reconsideration-cases-2019'), 'en')).toBe('≈3,938');
    expect(formatMeasure(3, 'rank', 'en')).toBe('3rd');
  });

  it('finds numbers as digits, separated digits, numerals and words', () => {
    expect(statesNumber('共收到行政复议案件3662件', 3662, 'zh')).toBe(true);
    expect(statesNumber('received 3,662 cases', 3662, 'en')).toBe(true);
    expect(statesNumber('36620件', 3662, 'zh')).toBe(false);
    expect(statesNumber('名列全省第二', 2, 'zh')).toBe(true);
    expect(statesNumber('ranked fifth nationwide', 5, 'en')).toBe(true);
    expect(statesNumber('64.9%', 64, 'en')).toBe(false);
  });
});
