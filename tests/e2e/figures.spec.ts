import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGS, watchErrors } from './site';

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

/** Recharts itself (not the few lines that decide when to load it). */
const isChartCode = (body: string) => body.includes('recharts-cartesian-grid');

test.describe('charts', () => {
  for (const lang of LANGS) {
    test(`the three chart groups draw in ${lang}, each with its summary, data table and sources`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/ch1-6/`);
      for (const id of ['reconsideration-cases', 'direct-correction-rate', 'first-instance-litigation-cases', 'litigation-rates', 'people-mediation']) {
        const figure = page.locator(`#chart-${id}`);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('svg.recharts-surface')).toBeVisible();
        await expect(figure.locator('figcaption')).not.toBeEmpty();
        await expect(figure.locator('table')).toHaveCount(1);
        await expect(figure.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', `/data/charts/${id}.csv`);
      }
      for (const id of ['reconsideration-mediation', 'lawyer-mediation']) await expect(page.locator(`#chart-${id} li`)).toHaveCount(2);
      await page.locator('details:has(table) summary').first().click();
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.goto(`/${lang}/ch2/`);
      await page.locator('#chart-township-shares').scrollIntoViewIfNeeded();
      await expect(page.locator('#chart-township-shares svg.recharts-surface')).toBeVisible();
      await expect(page.locator('#chart-township-shares')).toContainText('43.79%');
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('tables, summaries and derived notes are in the static HTML', async ({ request }) => {
    // React separates adjacent text with <!-- --> comments; a reader's browser shows them as one text.
    const html = (await (await request.get('/en/ch1-6/')).text()).replaceAll('<!-- -->', '');
    expect(html.match(/<figure/g)).toHaveLength(7);
    expect(html).toContain('2019: ≈3,938 (derived); 2020: 3,662.');
    expect(html).toContain('the true value lies between 3,917 and 3,958');
    expect(html).toContain('93085 ÷ 93630 × 100 = 99.4179');
    const zh = await (await request.get('/zh/ch1-6/')).text();
    expect(zh).toContain('2019年≈3,938（推算）；2020年3,662。');
  });

  test('downloads an SVG with the title, the source and the date', async ({ page }) => {
    await page.goto('/en/ch1-6/');
    const figure = page.locator('#chart-litigation-rates');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'SVG image' }).click()]);
    expect(download.suggestedFilename()).toBe('litigation-rates.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Loss rate and court-appearance rate of agency heads, 2019–2020');
    expect(svg).toContain('Hangzhou Municipal People’s Government');
    expect(svg).toContain('I(6), point 2');
    expect(svg).toMatch(/Downloaded: \d/);
    const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'PNG image' }).click()]);
    expect(png.suggestedFilename()).toBe('litigation-rates.png');
  });

  test('a chart can be reached and read by keyboard', async ({ page }) => {
    await page.goto('/en/ch1-6/');
    const figure = page.locator('#chart-reconsideration-cases');
    await figure.scrollIntoViewIfNeeded();
    const surface = figure.locator('svg.recharts-surface');
    await expect(surface).toHaveAttribute('tabindex', '0');
    await surface.focus();
    await expect(figure.locator('.recharts-tooltip-wrapper')).toContainText('≈3,938 (derived)');
    await page.keyboard.press('ArrowRight');
    await expect(figure.locator('.recharts-tooltip-wrapper')).toContainText('3,662');
    await page.keyboard.press('ArrowLeft');
    await expect(figure.locator('.recharts-tooltip-wrapper')).toContainText('2019');
  });
});

test.describe('chart code stays off text pages', () => {
  test('a text page downloads no script file at all, even scrolled to the end', async ({ page }) => {
    expect(await scriptsOf(page, '/en/ch1-5/', true)).toEqual([]);
  });

  test('a chart page downloads no script until a chart comes near', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    expect(await scriptsOf(page, '/en/ch1-6/')).toEqual([]);
  });

  test('the home, full text and figures pages download no chart code', async ({ page }) => {
    for (const path of ['/zh/', '/zh/full/', '/zh/figures/']) expect((await scriptsOf(page, path, true)).filter(isChartCode)).toEqual([]);
  });

  test('a chart page downloads it once a chart comes near', async ({ page }) => {
    expect((await scriptsOf(page, '/zh/ch1-6/', true)).filter(isChartCode).length).toBeGreaterThan(0);
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
    await page.locator('#loss-rate').getByRole('link', { name: /一（六）/ }).click();
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
