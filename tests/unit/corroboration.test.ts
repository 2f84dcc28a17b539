import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { getCorroboration, loadCorroboration } from '@/lib/corroboration/load';
import { chartMetrics, corroborationBlocks } from '@/lib/corroboration/present';
import { metricsCsv, metricsJson } from '@/lib/figures/export';
import { getFigures } from '@/lib/figures/load';
import { refused } from './refused';

const figures = getFigures();
const corroboration = getCorroboration();
const value = (id: string) => figures.metrics.find((m) => m.id === id)!.value;
const court = (id: string) => corroboration.figures.find((f) => f.id === id)!.value;
const load = (file: string) => () => loadCorroboration(getReport(), figures, `tests/fixtures/${file}`);

describe('the court’s figures beside ours', () => {
  // Oracles computed here by hand from the two reports' numbers, apart from the loader.
  it('the court’s 5.6% for 2021 and its fall of 4.2 points give our 9.8% for 2020', () => {
    expect(court('court-loss-rate') - court('court-loss-rate-change')).toBeCloseTo(value('loss-rate'), 10);
    expect(corroboration.derived).toMatchObject([{ id: 'court-loss-rate-2020', value: 9.8, interval: { low: 9.7, high: 9.9 }, formula: '5.6% + 4.2 pp' }]);
    expect(corroboration.comparisons.find((c) => c.id === 'loss-rate-2020')).toMatchObject({ agrees: true, difference: 0 });
  });

  it('our 2019 count derived from 1,926 and −24.85% is 2,563, two more than the court’s 2,561, and rounding cannot close the gap', () => {
    expect(Math.round(1926 / (1 - 0.2485))).toBe(2563);
    expect([Math.ceil(1926 / (1 - 0.24845)), Math.floor(1926 / (1 - 0.24855))]).toEqual([2563, 2563]);
    expect(value('first-instance-litigation-cases-2019')).toBe(2563);
    expect(court('court-first-instance-cases-2019')).toBe(2561);
    expect(corroboration.comparisons.find((c) => c.id === 'first-instance-cases-2019')).toMatchObject({ agrees: false, difference: 2 });
  });

  it('both reports show a fall in 2020, and the court’s 128 of 2,297 round to its 5.6%', () => {
    expect(value('first-instance-litigation-cases-change')).toBeLessThan(0);
    expect(corroboration.comparisons.find((c) => c.id === 'first-instance-cases-2020-direction')).toMatchObject({ agrees: true, difference: null });
    expect(Math.round((128 / 2297) * 1000) / 10).toBe(5.6);
    expect(corroboration.checks).toMatchObject([{ id: 'court-loss-rate-2021-check', computed: 5.5725, stated: 5.6, ok: true }]);
  });

  it('records the court’s words as verified, each stating its figure', () => {
    for (const figure of corroboration.figures) expect(figure.quote, figure.id).toContain(String(Math.abs(figure.value)));
    expect(corroboration.sources[0]).toMatchObject({
      url: 'https://z.hangzhou.com.cn/2022/rddschy/content/content_8291633.html',
      delivered: { date: '2022-06-28' },
    });
  });
});

describe('a wrong external figure stops the build with the file, the line and the fix', () => {
  it('refuses a value its verified words do not state (2,651 typed for 2,561)', () => {
    expect(refused(load('corroboration-wrong-figure.json'))).toEqual([
      'tests/fixtures/corroboration-wrong-figure.json:23:7: figure "court-first-instance-cases-2019": the value 2651 is not in its verified words “至2019年已达2561件”\n' +
        '  fix: correct the value to the number in the quoted words, which were checked against the source page; if the quote is wrong, check the page again and copy its words exactly',
    ]);
  });

  it('refuses figures whose own arithmetic fails, and a comparison that no longer agrees', () => {
    expect(refused(load('corroboration-wrong-arithmetic.json'))).toEqual([
      'tests/fixtures/corroboration-wrong-arithmetic.json:103:7: check "court-loss-rate-2021-check": 128 ÷ 2297 × 100 = 5.5725, which does not round to the stated 5.9%\n' +
        '  fix: one of the figures was copied wrongly: compare "court-cases-lost-2021", "court-first-instance-cases-concluded-2021", "court-loss-rate" with their verified words and the source page',
      'tests/fixtures/corroboration-wrong-arithmetic.json:130:7: comparison "loss-rate-2020": our 9.8% and their 10.1% differ by 0.3, but the file expects them to agree\n' +
        '  fix: check the figures against their verified words and the source page; if both are right, record what the build finds: "expect": { "differs_by": 0.3 }',
    ]);
  });

  it('refuses a change whose sign its words contradict', () => {
    expect(refused(load('corroboration-wrong-sign.json'))).toEqual([
      'tests/fixtures/corroboration-wrong-sign.json:78:7: figure "court-loss-rate-change": the value 4.2 goes up, but its verified words “同比下降 4.2 个百分点” do not say so\n' +
        '  fix: give the value the sign the words state (a fall is negative)',
    ]);
  });

  it('refuses a comparison that does not come out as the file records', () => {
    expect(refused(load('corroboration-unexpected-outcome.json'))).toEqual([
      'tests/fixtures/corroboration-unexpected-outcome.json:115:7: comparison "first-instance-cases-2019": our 2,563 and their 2,561 differ by 2, but the file expects them to agree\n' +
        '  fix: check the figures against their verified words and the source page; if both are right, record what the build finds: "expect": { "differs_by": 2 }',
    ]);
  });
});

describe('the “Other official sources” block', () => {
  it('shows on the litigation charts and figure pages, and nowhere else', () => {
    const shown = (ids: string[]) => corroborationBlocks(ids, corroboration, figures, 'en').flatMap((b) => b.rows.map((r) => r.id));
    expect(shown(chartMetrics('first-instance-litigation-cases'))).toEqual(['first-instance-cases-2019', 'first-instance-cases-2020-direction']);
    expect(shown(chartMetrics('litigation-rates'))).toEqual(['loss-rate-2020']);
    expect(shown(['first-instance-litigation-cases-change'])).toEqual(['first-instance-cases-2019', 'first-instance-cases-2020-direction']);
    expect(shown(['agency-head-court-appearance-rate'])).toEqual([]);
    expect(shown(chartMetrics('reconsideration-cases'))).toEqual([]);
  });

  it('says in both languages how far the counts differ and why the gap is not rounding', () => {
    const [en] = corroborationBlocks(['first-instance-litigation-cases'], corroboration, figures, 'en');
    expect(en).toMatchObject({ issuer: 'Hangzhou Intermediate People’s Court', url: 'https://z.hangzhou.com.cn/2022/rddschy/content/content_8291633.html' });
    expect(en.rows[0]).toMatchObject({ ours: '2,563 (derived)', theirs: '2,561', verdict: 'Differs by 2: this report’s figure is higher.' });
    expect(en.rows[0].notes).toEqual([
      'The gap is not rounding: from this report’s 1,926 and −24.85%, the value can only be 2,563, not 2,561. With 2,561 as the previous year’s figure, 1,926 would be a change of −24.80%, not −24.85%.',
    ]);
    const [zh] = corroborationBlocks(['first-instance-litigation-cases'], corroboration, figures, 'zh');
    expect(zh.rows[0]).toMatchObject({ ours: '2,563（推算）', theirs: '2,561', verdict: '相差2，本报告的数字较高。' });
    expect(zh.rows[1].verdict).toBe('一致：两份报告都显示下降。');
  });
});

describe('the data files carry the court’s figures, marked as from another source', () => {
  it('metrics.json lists them as "other-source", apart from the report’s own metrics, with who states them and the words verified', () => {
    const json = metricsJson(figures, getReport(), corroboration);
    expect(json.metrics).toHaveLength(figures.metrics.length);
    expect(json.other_sources?.figures.find((m) => m.id === 'court-first-instance-cases-2019')).toMatchObject({
      kind: 'other-source',
      value: 2561,
      source: {
        issuer: { en: 'Hangzhou Intermediate People’s Court' },
        quote: '至2019年已达2561件',
        url: 'https://z.hangzhou.com.cn/2022/rddschy/content/content_8291633.html',
      },
      url: { en: '/en/figures/first-instance-litigation-cases/#other-sources' },
    });
    expect(json.other_sources?.comparisons.map((c) => [c.id, c.agrees, c.difference])).toEqual([
      ['first-instance-cases-2019', false, 2],
      ['first-instance-cases-2020-direction', true, null],
      ['loss-rate-2020', true, 0],
    ]);
  });

  it('metrics.csv has a row for each, with the source in the last four columns', () => {
    const lines = metricsCsv(figures, getReport(), corroboration).trim().split('\r\n');
    expect(lines).toHaveLength(figures.metrics.length + corroboration.figures.length + 1);
    expect(lines.find((l) => l.startsWith('court-loss-rate,'))).toBe(
      'court-loss-rate,litigation,一审行政诉讼败诉率（法院报告）,Loss rate in first-instance administrative cases (court’s report),5.6,percent,2021,exact,other-source,,,,,,,,败诉率 5.6%,,/zh/figures/loss-rate/#other-sources,/en/figures/loss-rate/#other-sources,Hangzhou Intermediate People’s Court,Written report on administrative adjudication in 2021,2022-06-28,https://z.hangzhou.com.cn/2022/rddschy/content/content_8291633.html',
    );
  });
});
