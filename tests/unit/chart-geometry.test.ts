import { readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawAllCharts } from '@/components/figures/drawing';
import { getReport } from '@/lib/content/load';
import { chartData, getCharts, type ChartData } from '@/lib/figures/charts';
import { getFigures } from '@/lib/figures/load';
import { LANGS } from '@/lib/site/i18n';
import { type ExpectedBar, geometryProblems } from './chart-geometry';

/** The values a chart shows, left to right: each category's series in order. */
const expectedBars = (chart: ChartData): ExpectedBar[] => chart.rows.flatMap((row) => chart.series.map((s) => row.cells[s.key]));

const fixture = (name: string) => readFileSync(`tests/fixtures/charts/${name}.svg`, 'utf8');

describe('the geometry check', () => {
  const litigation = chartData(
    getCharts().find((c) => c.id === 'litigation-rates')!,
    getFigures(),
    getReport(),
    'en',
  );
  const bars = expectedBars(litigation);

  it('passes a true drawing (litigation-rates, English, narrow)', () => {
    expect(geometryProblems(fixture('litigation-rates.en.narrow'), bars)).toEqual([]);
  });

  it('fails when two values are swapped', () => {
    expect(geometryProblems(fixture('swapped-values'), bars)).toEqual([
      'bar 1 (≈16.44%) is 18.77 px long; 16.44 on this axis is 31.48 px',
      'bar 2 (9.8%) is 31.48 px long; 9.8 on this axis is 18.77 px',
      // The taller bar now covers its own label.
      'bar 2 (9.8%) has no value label above it',
    ]);
  });

  it('fails when the bars do not start at zero', () => {
    const problems = geometryProblems(fixture('nonzero-baseline'), bars);
    expect(problems.filter((p) => p.includes('zero baseline'))).toEqual(
      bars.map((bar, i) => `bar ${i + 1} (${bar.text}) starts at y=197.50, not on the zero baseline (y=217.5)`),
    );
    // Lifted 20 px, each bar now covers its label.
    expect(problems.filter((p) => p.includes('no value label'))).toHaveLength(4);
  });

  it('fails when a mark is missing', () => {
    expect(geometryProblems(fixture('missing-mark'), bars)).toEqual([
      '3 marks for 4 values',
      'bar 3 (≈86.36%) is 174.74 px long; 86.36 on this axis is 165.38 px',
      'bar 3 (≈86.36%) is labelled "91.25%", the table says "≈86.36%"',
      'bar 3 (≈86.36%) is derived but not drawn hatched',
      'bar 3 (≈86.36%) is named "Court-appearance rate of agency heads (2020): 91.25%", which does not say ≈86.36%',
    ]);
  });

  it('fails when a label or a style misstates a value', () => {
    const wrongLabel = fixture('litigation-rates.en.narrow').replace('>9.8%<', '>9.9%<');
    expect(geometryProblems(wrongLabel, bars)).toEqual(['bar 2 (9.8%) is labelled "9.9%", the table says "9.8%"']);
    const solidDerived = fixture('litigation-rates.en.narrow').replace(
      'class="bar bar-derived" x="56.64" y="186.02" width="52" height="31.48" fill="url(#litigation-rates-en-narrow-hatch)"',
      'class="bar bar-stated" x="56.64" y="186.02" width="52" height="31.48"',
    );
    expect(geometryProblems(solidDerived, bars)).toEqual(['bar 1 (≈16.44%) is derived but not drawn hatched']);
  });
});

describe('every chart as drawn', () => {
  let drawn: Awaited<ReturnType<typeof drawAllCharts>>;
  beforeAll(async () => {
    drawn = await drawAllCharts('https://example.org');
  }, 60_000);
  const report = getReport();
  const figures = getFigures();
  const bars = getCharts().filter((spec) => spec.kind === 'bars');

  it('draws every bar chart in both languages', () => {
    expect(Object.keys(drawn.drawn.pages).sort()).toEqual(bars.map((c) => c.id).sort());
    expect(drawn.files).toHaveLength(bars.length * LANGS.length);
  });

  for (const spec of bars) {
    for (const lang of LANGS) {
      it(`${spec.id} (${lang}): every drawing shows each value at its true length, labelled as the table prints it`, () => {
        const chart = chartData(spec, figures, report, lang);
        const pages = drawn.drawn.pages[spec.id]![lang]!;
        const svgs = {
          narrow: toHtml(pages.narrow, { space: 'svg' }),
          wide: toHtml(pages.wide, { space: 'svg' }),
          download: drawn.files.find((f) => f.chart.id === spec.id && f.lang === lang)!.svg,
          card: drawn.drawn.cards[spec.id]![lang]!,
        };
        for (const [layout, svg] of Object.entries(svgs)) expect(geometryProblems(svg, expectedBars(chart)), layout).toEqual([]);
      });
    }
  }

  it('writes no inline style, no script and no Recharts class into any drawing', () => {
    const all = [
      ...Object.values(drawn.drawn.pages).flatMap((byLang) =>
        Object.values(byLang).flatMap((d) => [toHtml(d!.narrow, { space: 'svg' }), toHtml(d!.wide, { space: 'svg' })]),
      ),
      ...drawn.files.map((f) => f.svg),
    ];
    for (const svg of all) {
      expect(svg).not.toMatch(/\sstyle=|<script|<style|\son[a-z]+=|recharts/i);
    }
  });
});
