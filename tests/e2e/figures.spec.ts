import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LANGS } from './site';

/** Loads a page and returns the bodies of every script it downloaded. */
async function scriptsOf(page: Page, path: string, scrollToEnd = false): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.status() === 200) bodies.push(response.text());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (scrollToEnd) {
    for (let y = 0; y < 20; y++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState('networkidle');
  }
  return Promise.all(bodies);
}

const BAR_CHARTS = {
  '/ch1-6/': ['reconsideration-cases', 'direct-correction-rate', 'first-instance-litigation-cases', 'litigation-rates', 'people-mediation'],
  '/ch2/': ['township-shares'],
};
// axe audits the chart pages, their data tables open, in pages.spec.ts (both widths on /zh/ch1-6/).

test.describe('charts', () => {
  for (const lang of LANGS) {
    test(`every chart is drawn in the HTML in ${lang}: seen without JavaScript, with its summary, table, sources and downloads`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const [path, ids] of Object.entries(BAR_CHARTS)) {
        await page.goto(`/${lang}${path}`);
        for (const id of ids) {
          const figure = page.locator(`#chart-${id}`);
          const drawing = figure.locator('svg.chart-drawing:visible');
          await expect(drawing).toHaveCount(1);
          // Named by the caption; the summary is the paragraph just before it, so it does not describe it again; each value a mark.
          await expect(drawing).toHaveAccessibleName(await figure.locator('figcaption').innerText());
          await expect(drawing).toHaveAccessibleDescription('');
          expect(await drawing.locator('.mark').count()).toBe(await figure.locator('tbody td').count());
          await expect(figure.locator('table')).toHaveCount(1);
          await expect(figure.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', `/data/charts/${id}.csv`);
          await expect(figure.getByRole('link', { name: /SVG/ })).toHaveAttribute('href', `/data/charts/${id}.${lang}.svg`);
          await expect(figure.getByRole('link', { name: /PNG/ })).toHaveAttribute('href', `/data/charts/${id}.${lang}.png`);
        }
      }
      await page.goto(`/${lang}/ch1-6/`);
      for (const id of ['reconsideration-mediation', 'lawyer-mediation']) await expect(page.locator(`#chart-${id} li`)).toHaveCount(2);
      await context.close();
    });
  }

  test('tables, summaries and derived notes are in the static HTML', async ({ request }) => {
    // React separates adjacent text with <!-- --> comments; a reader's browser shows them as one text.
    const html = (await (await request.get('/en/ch1-6/')).text()).replaceAll('<!-- -->', '');
    expect(html.match(/<figure/g)).toHaveLength(7);
    expect(html.match(/<svg[^>]* class="chart-drawing chart-(narrow|wide)"/g)).toHaveLength(10);
    expect(html).toContain('2019: ≈3,938 (derived); 2020: 3,662.');
    expect(html).toContain('the true value lies between 3,917 and 3,958');
    expect(html).toContain('93085 ÷ 93630 × 100 = 99.4179');
    const zh = await (await request.get('/zh/ch1-6/')).text();
    expect(zh).toContain('2019年≈3,938（推算）；2020年3,662。');
  });

  for (const width of [320, 375, 1280]) {
    test(`at ${width} px: one drawing per chart, no sideways scrolling, labels of at least 11 px that do not collide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const lang of LANGS) {
        await page.goto(`/${lang}/ch1-6/`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const drawings = page.locator('svg.chart-drawing:visible');
        await expect(drawings).toHaveCount(5);
        for (const drawing of await drawings.all()) {
          const measured = await drawing.evaluate((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const boxes = (selector: string) => [...svg.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
            const overlaps = (rects: DOMRect[]) =>
              rects.some((a, i) =>
                rects.some((b, j) => j > i && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5),
              );
            return {
              smallest: Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
              valuesCollide: overlaps(boxes('.value')),
              ticksCollide: overlaps(boxes('.tick')),
              width: svg.getBoundingClientRect().width,
            };
          });
          expect(measured.smallest, `labels in ${lang} at ${width} px`).toBeGreaterThanOrEqual(11);
          expect(measured.valuesCollide).toBe(false);
          expect(measured.ticksCollide).toBe(false);
          expect(measured.width).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  test('the downloads are files of their own: title, legend, source, permalink and version; the PNG is an image', async ({ request }) => {
    const svg = await (await request.get('/data/charts/litigation-rates.en.svg')).text();
    expect(svg).toContain('Loss rate and court-appearance rate of agency heads, 2019–2020');
    expect(svg).toContain('Derived from the stated change');
    expect(svg).toContain('Hangzhou Municipal People’s Government');
    expect(svg).toContain('I(6), point 2');
    expect(svg).toMatch(/\/en\/ch1-6\/#chart-litigation-rates · Version \d{4}\.\d{2}\.\d{2}\+[0-9a-f]{8}/);
    const zh = await (await request.get('/data/charts/litigation-rates.zh.svg')).text();
    expect(zh).toContain('行政诉讼败诉率和负责人出庭率');
    // What the picture prints, its lines joined.
    expect(zh.replace(/<[^>]+>/g, '')).toContain('一（六）“二是”');
    const png = await request.get('/data/charts/litigation-rates.zh.png');
    expect(png.headers()['content-type']).toBe('image/png');
    expect([...(await png.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('a chart is read by keyboard, value by value, left to right', async ({ page }) => {
    await page.goto('/en/ch1-6/');
    const marks = page.locator('#chart-litigation-rates svg.chart-drawing:visible .mark');
    await marks.first().focus();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      const focused = page.locator(':focus');
      await expect(focused).toHaveClass(/mark/);
      names.push((await focused.evaluate((e) => e.querySelector('title')?.textContent)) ?? '');
      await expect(focused).toHaveAccessibleName(names[i]);
      await page.keyboard.press('Tab');
    }
    expect(names).toEqual([
      'Loss rate (2019): ≈16.44% (derived)',
      'Loss rate (2020): 9.8%',
      'Court-appearance rate of agency heads (2019): ≈86.36% (derived)',
      'Court-appearance rate of agency heads (2020): 91.25%',
    ]);
  });
});

test.describe('no script for charts', () => {
  test('a text page downloads no script file at all, even scrolled to the end', async ({ page }) => {
    expect(await scriptsOf(page, '/en/ch1-5/', true)).toEqual([]);
  });

  test('a chart page downloads no script file at all, even scrolled past every chart', async ({ page }) => {
    expect(await scriptsOf(page, '/zh/ch1-6/', true)).toEqual([]);
    expect(await scriptsOf(page, '/en/ch2/', true)).toEqual([]);
  });
});

test.describe('figures page', () => {
  test('lists every figure, searches, filters and sorts', async ({ page }) => {
    const { metrics } = await (await page.request.get('/data/metrics.json')).json();
    await page.goto('/en/figures/');
    const rows = page.locator('tbody tr:visible');
    await expect(rows).toHaveCount(metrics.length);
    await page.getByLabel('Search the figures').fill('3,662');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('id', 'reconsideration-cases');
    await page.getByLabel('Search the figures').fill('loss rate');
    await expect(rows).toHaveCount(3);
    await page.getByLabel('Search the figures').fill('');
    await page.getByLabel('Filter by topic').selectOption('mediation');
    await expect(rows).toHaveCount(metrics.filter((m: { topic: string }) => m.topic === 'mediation').length);
    await page.getByRole('button', { name: /^Value/ }).click();
    await expect(rows.first().locator('td').nth(1)).toHaveText('60');
    await page.getByRole('button', { name: /^Value/ }).click();
    await expect(rows.first().locator('td').nth(1)).toHaveText('93,630');
    await expect(page.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('a figure’s permalink lands on its row; its source link lands on the highlighted words', async ({ page }) => {
    await page.goto('/zh/figures/#loss-rate-2019');
    await expect(page.locator('#loss-rate-2019')).toBeInViewport();
    await expect(page.locator('#loss-rate-2019')).toContainText('推算');
    await page.goto('/zh/figures/#loss-rate');
    await page
      .locator('#loss-rate')
      .getByRole('link', { name: /一（六）/ })
      .click();
    await expect(page).toHaveURL(/\/zh\/ch1-6\/#fig-loss-rate$/);
    const quote = page.locator('#fig-loss-rate');
    await expect(quote).toHaveText('败诉率9.8%');
    await expect(quote).toBeInViewport();
    const background = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('works without JavaScript: the whole table is there, without controls that could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/figures/');
    await expect(page.locator('tbody tr#direct-correction-rate-2019')).toContainText('≈16.88%');
    await expect(page.locator('tbody tr#direct-correction-rate-2019')).toContainText('16.825%–16.935%');
    // The search and filter need the island; without it they are not offered.
    await expect(page.getByLabel('Search the figures')).toBeHidden();
    await context.close();
  });
});

test('the downloads are served: metrics.json, metrics.csv with a BOM, one CSV per chart', async ({ request }) => {
  const json = await (await request.get('/data/metrics.json')).json();
  expect(json.metrics.filter((m: { kind: string }) => m.kind === 'derived')).toHaveLength(7);
  const csv = await (await request.get('/data/metrics.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const chart = await (await request.get('/data/charts/reconsideration-cases.csv')).text();
  expect(chart).toContain('reconsideration-cases,2019年,2019,数值,Value,3938,cases,derived,"≈3,938","≈3,938",reconsideration-cases-2019');
});
