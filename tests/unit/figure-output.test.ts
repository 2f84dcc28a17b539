import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { chartData, getCharts } from '@/lib/figures/charts';
import { metricsCsv, metricsJson, toCsv } from '@/lib/figures/export';
import { getFigures } from '@/lib/figures/load';
import { markQuotes } from '@/lib/figures/mark-quotes';

const text = (value: string): ElementContent => ({ type: 'text', value });

describe('markQuotes', () => {
  it('wraps the first occurrence of each quote in an anchored span', () => {
    expect(markQuotes([text('败诉率9.8%，同比下降6.64个百分点。')], [{ text: '败诉率9.8%', id: 'fig-loss-rate' }])).toEqual([
      { type: 'element', tagName: 'span', properties: { id: 'fig-loss-rate', className: ['figure-quote'] }, children: [text('败诉率9.8%')] },
      text('，同比下降6.64个百分点。'),
    ]);
  });

  it('finds quotes inside emphasis and leaves text without them alone', () => {
    const nodes: ElementContent[] = [text('a '), { type: 'element', tagName: 'em', properties: {}, children: [text('60 offices')] }];
    const marked = markQuotes(nodes, [
      { text: '60', id: 'fig-x' },
      { text: 'absent', id: 'fig-y' },
    ]);
    expect(marked[1]).toMatchObject({ tagName: 'em', children: [{ tagName: 'span', properties: { id: 'fig-x' } }, text(' offices')] });
    expect(markQuotes(nodes, [])).toEqual(nodes);
  });
});

describe('exports', () => {
  const report = getReport();
  const figures = getFigures();

  it('CSV starts with a byte-order mark and quotes what needs quoting', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1, null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n1,\r\n');
  });

  it('metrics.csv has one row per metric with both labels, the point and the quote', () => {
    const lines = metricsCsv(figures, report).trim().split('\r\n');
    expect(lines).toHaveLength(figures.metrics.length + 1);
    expect(lines.find((l) => l.startsWith('loss-rate,'))).toBe(
      'loss-rate,litigation,行政诉讼败诉率,Loss rate in administrative litigation,9.8,percent,2020,exact,stated,,,,,ch1-6-p2,一（六）“二是”,"I(6), point 2",败诉率9.8%,the loss rate was 9.8%,/zh/figures/#loss-rate,/en/figures/#loss-rate,,,,',
    );
  });

  it('metrics.json gives every metric its permalinks, and stated ones the link to their words', () => {
    const json = metricsJson(figures, report);
    const loss = json.metrics.find((m) => m.id === 'loss-rate')!;
    expect(loss.url).toEqual({ zh: '/zh/figures/#loss-rate', en: '/en/figures/#loss-rate' });
    expect(loss).toMatchObject({ kind: 'stated', source: { point: 'ch1-6-p2', url: { zh: '/zh/ch1-6/#fig-loss-rate', en: '/en/ch1-6/#fig-loss-rate' } } });
    expect(json.metrics.find((m) => m.id === 'loss-rate-2019')).toMatchObject({ kind: 'derived', interval: { low: 16.385, high: 16.495 } });
  });

  it('every chart resolves, stands after the last point that states its figures, and summarises every bar', () => {
    const placed = getCharts().map((spec) => chartData(spec, figures, report, 'en'));
    expect(Object.fromEntries(placed.map((c) => [c.id, c.after]))).toEqual({
      'reconsideration-cases': 'ch1-6-p2',
      'direct-correction-rate': 'ch1-6-p2',
      'reconsideration-mediation': 'ch1-6-p1',
      'first-instance-litigation-cases': 'ch1-6-p2',
      'litigation-rates': 'ch1-6-p2',
      'people-mediation': 'ch1-6-p3',
      'lawyer-mediation': 'ch1-6-p3',
      'township-shares': 'ch2-p3',
    });
    expect(placed.find((c) => c.id === 'litigation-rates')!.summary).toBe(
      'Loss rate (2019): ≈16.44% (derived); Loss rate (2020): 9.8%; Court-appearance rate of agency heads (2019): ≈86.36% (derived); Court-appearance rate of agency heads (2020): 91.25%.',
    );
    expect(chartData(getCharts()[0], figures, report, 'zh').summary).toBe('2019年≈3,938（推算）；2020年3,662。');
  });
});
