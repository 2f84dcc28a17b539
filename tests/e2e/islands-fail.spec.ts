import { readFileSync } from 'node:fs';
import type { Locator, Page, Route } from '@playwright/test';
import { citeDictionary } from '../../lib/cite/dictionary';
import { dictionary } from '../../lib/site/dictionaries';
import { expect, test } from './fixtures';

/**
 * Islands that fail well: each island's bundle (components/islands/*, served from /_islands/), and each
 * data file an island fetches, is blocked in turn with page.route. The island must be marked
 * data-island-state="failed", the reader must get what a browser without JavaScript gets, with a short
 * word in the page's language where a control would otherwise do nothing, and the island must be
 * tried once more, quietly, on the reader's next intent: it works if the file has come back, and
 * otherwise it gives up and leaves the page as it is without JavaScript.
 */

/** Island name → its bundle's path, as the build wrote it. */
const bundles = JSON.parse(readFileSync('out/_islands/manifest.json', 'utf8')) as Record<string, string>;
/** The chunks a bundle imports (./shared-….js), which it cannot load without either. */
const chunksOf = (name: string) =>
  [...readFileSync(`out${bundles[name]}`, 'utf8').matchAll(/from"\.\/(shared-[^"]+\.js)"/g)].map((match) => `/_islands/${match[1]}`);
/** The oracle for the figures table: every figure the site publishes. */
const figureIds = (JSON.parse(readFileSync('out/data/metrics.json', 'utf8')) as { metrics: { id: string }[] }).metrics.map((metric) => metric.id).sort();

const SEARCH_DATA = '/data/search.json';
const CITE_DATA = '/data/cite/ch1-6-p2.json';

interface Blocked {
  /** Every request the page made for the paths, blocked or not. */
  tries: string[];
  unblock(): Promise<void>;
}

/** Aborts every request for these paths until unblocked, counting the tries; `delay` ms after it was made, as a dropped connection would. */
async function block(page: Page, paths: string | string[], delay = 0): Promise<Blocked> {
  paths = [paths].flat();
  for (const path of paths) expect(path, 'a path to block').toMatch(/^\/(_islands|data)\//);
  const tries: string[] = [];
  const matches = (url: URL) => paths.includes(url.pathname);
  const abort = (route: Route) => (delay ? new Promise((done) => setTimeout(done, delay)).then(() => route.abort()) : route.abort());
  page.on('request', (request) => {
    if (matches(new URL(request.url()))) tries.push(request.url());
  });
  await page.route(matches, abort);
  return { tries, unblock: () => page.unroute(matches, abort) };
}

/**
 * A retry, had the loader made one, would have started at once, as the page handled the event: this
 * waits until a request the page makes afterwards has been seen, and a moment more, before the tries
 * that were not made are counted.
 */
async function settle(page: Page) {
  const fence = page.waitForRequest((request) => new URL(request.url()).search === '?fence');
  await page.evaluate(() =>
    fetch('/robots.txt?fence').then(
      () => undefined,
      () => undefined,
    ),
  );
  await fence;
  await page.waitForTimeout(100);
}

/** Ids of the figures table's rows a reader can see. */
const visibleRowIds = async (table: Locator) =>
  (
    await table
      .locator('tbody tr')
      .filter({ visible: true })
      .evaluateAll((rows) => rows.map((row) => row.id))
  ).sort();

/** Selects the words of the loss-rate figure in point ch1-6-p2 (as a reader would by dragging). */
const selectLossRate = (page: Page) =>
  page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('fig-loss-rate')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });

test.describe('the header search box', () => {
  test('zh, its bundle blocked: marked failed, says Enter works, retried once on the next key, then it submits to the results page with the query', async ({
    page,
  }) => {
    const t = dictionary('zh').search;
    const bundle = await block(page, bundles.search);
    await page.goto('/zh/ch1-1/');
    const form = page.locator('header form[data-island="search"]');
    const message = form.locator('[data-island-message]');
    await form.locator('input[name="q"]').focus();
    await expect(form).toHaveAttribute('data-island-state', 'failed');
    await expect(message).toBeVisible();
    await expect(message).toHaveText(t.unavailable);
    await page.keyboard.type('3662');
    await expect.poll(() => bundle.tries.length).toBe(2);
    await page.keyboard.type(' 3662');
    await settle(page);
    expect(bundle.tries, 'one retry, then it gives up').toHaveLength(2);
    await expect(form).toHaveAttribute('data-island-state', 'failed');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/zh/search/?q=3662+3662');
    await expect(page.locator('#search-page-q')).toHaveValue('3662 3662');
    await expect(page.locator('[data-island="search-results"] ol > li').first()).toBeVisible();
  });

  test('en, its bundle blocked then back: the next key mounts it quietly, and it lists results', async ({ page }) => {
    const t = dictionary('en').search;
    const bundle = await block(page, bundles.search);
    await page.goto('/en/ch1-1/');
    const form = page.locator('header form[data-island="search"]');
    const message = form.locator('[data-island-message]');
    await form.locator('input[name="q"]').focus();
    await expect(form).toHaveAttribute('data-island-state', 'failed');
    await expect(message).toHaveText(t.unavailable);
    await expect(message).toBeVisible();
    await bundle.unblock();
    await page.keyboard.type('mediate');
    await expect(page.getByRole('listbox', { name: t.results }).getByRole('option').first()).toContainText(/mediat/i);
    await expect(form).toHaveAttribute('data-island-state', 'mounted');
    await expect(message).toBeHidden();
    expect(bundle.tries).toHaveLength(2);
  });

  test('en, the search data failing slowly, then back: keys typed meanwhile wait for it; marked failed with its message; the next key fetches it again and lists results', async ({
    page,
  }) => {
    const t = dictionary('en').search;
    const data = await block(page, SEARCH_DATA, 1_500);
    await page.goto('/en/ch1-1/');
    const form = page.locator('header form[data-island="search"]');
    const box = form.locator('input[name="q"]');
    const message = form.locator('[data-island-message]');
    await box.focus();
    await expect(box).toHaveAttribute('role', 'combobox');
    // Every key is typed before the one fetch fails: that failure counts once, so one retry is left.
    await page.keyboard.type('mediate');
    await expect(form).toHaveAttribute('data-island-state', 'failed');
    await expect(message).toHaveText(t.unavailable);
    await expect(message).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(data.tries).toHaveLength(1);
    await data.unblock();
    await page.keyboard.type('s');
    await expect(page.getByRole('listbox', { name: t.results }).getByRole('option').first()).toContainText(/mediat/i);
    await expect(form).toHaveAttribute('data-island-state', 'mounted');
    await expect(message).toBeHidden();
    expect(data.tries).toHaveLength(2);
  });

  test('zh, the search data blocked for good: one retry, then Enter submits; the results page keeps the query and offers the full text', async ({ page }) => {
    const t = dictionary('zh').search;
    const data = await block(page, SEARCH_DATA);
    await page.goto('/zh/ch1-1/');
    const form = page.locator('header form[data-island="search"]');
    const box = form.locator('input[name="q"]');
    await box.focus();
    await expect(box).toHaveAttribute('role', 'combobox');
    await page.keyboard.insertText('复议');
    await expect(form).toHaveAttribute('data-island-state', 'failed');
    await expect(form.locator('[data-island-message]')).toHaveText(t.unavailable);
    await page.keyboard.insertText('调解');
    await expect.poll(() => data.tries.length).toBe(2);
    await page.keyboard.insertText('工作');
    await settle(page);
    expect(data.tries, 'one retry, then it gives up').toHaveLength(2);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/zh/search/?q=${encodeURIComponent('复议调解工作')}`);

    // The results page, its data still blocked: the query stays in the box, and the page offers the full text.
    const results = page.locator('[data-island="search-results"]');
    await expect(results).toHaveAttribute('data-island-state', 'failed');
    await expect(page.locator('#search-page-q')).toHaveValue('复议调解工作');
    await expect(results.locator('[role="status"]')).toBeHidden();
    const offer = results.locator('[data-island-message]');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link', { name: t.unavailablePage })).toHaveAttribute('href', '/zh/full/');
    await expect(results.locator('ol > li')).toHaveCount(0);
    // Its box still submits, as it does without JavaScript.
    await page.locator('#search-page-q').fill('城市大脑');
    await page.locator('#search-page-q').press('Enter');
    await expect(page).toHaveURL(`/zh/search/?q=${encodeURIComponent('城市大脑')}`);
    await expect(page.locator('#search-page-q')).toHaveValue('城市大脑');
    await expect(results).toHaveAttribute('data-island-state', 'failed');
  });
});

test.describe('the results page', () => {
  test('en, its bundle blocked then back: the query stays in the box, the full text is offered; the next intent lists the results', async ({ page }) => {
    const t = dictionary('en').search;
    const bundle = await block(page, bundles['search-results']);
    await page.goto('/en/search/?q=mediate');
    const results = page.locator('[data-island="search-results"]');
    await expect(results).toHaveAttribute('data-island-state', 'failed');
    await expect(page.locator('#search-page-q')).toHaveValue('mediate');
    await expect(results.locator('[role="status"]')).toBeHidden();
    await expect(results.locator('[data-island-message]').getByRole('link', { name: t.unavailablePage })).toHaveAttribute('href', '/en/full/');
    await bundle.unblock();
    await page.locator('#search-page-q').focus();
    await expect(results.locator('ol > li').first()).toContainText(/mediat/i);
    await expect(results).toHaveAttribute('data-island-state', 'mounted');
    await expect(results.locator('[role="status"]')).toHaveText(/^\d+ results?$/);
    await expect(results.locator('[data-island-message]')).toBeHidden();
    expect(bundle.tries).toHaveLength(2);
  });
});

test.describe('the figures table', () => {
  test('zh, its bundle blocked then back: every row listed, the controls hidden, a word on why; the next intent makes it work', async ({ page }) => {
    const bundle = await block(page, bundles['figures-table']);
    await page.goto('/zh/figures/');
    const table = page.locator('[data-island="figures-table"]');
    await expect(table).toHaveAttribute('data-island-state', 'failed');
    await expect(table.locator('[data-island-message]')).toHaveText(dictionary('zh').figures.unavailable);
    await expect(table.locator('[data-island-message]')).toBeVisible();
    expect(await visibleRowIds(table)).toEqual(figureIds);
    await expect(table.locator('[data-figures-query]')).toBeHidden();
    await expect(table.locator('[data-figures-topic]')).toBeHidden();
    await expect(table.locator('th [data-island-live]').filter({ visible: true })).toHaveCount(0);
    await expect(table.locator('th button')).toHaveCount(0);

    await bundle.unblock();
    await table.locator('tbody tr').first().hover();
    await expect(table).toHaveAttribute('data-island-state', 'mounted');
    await expect(table.locator('[data-island-message]')).toBeHidden();
    await expect(table.locator('[data-figures-query]')).toBeEnabled();
    await expect(table.locator('th button')).toHaveCount(3);
    await table.locator('[data-figures-query]').fill('9.8%');
    expect(await visibleRowIds(table)).toContain('loss-rate');
    expect((await visibleRowIds(table)).length).toBeLessThan(figureIds.length);
    expect(bundle.tries).toHaveLength(2);
  });

  test('en, a chunk its bundle imports blocked for good: one retry on intent, then it stays a plain table of every row', async ({ page }) => {
    const chunks = chunksOf('figures-table');
    expect(chunks.length, 'the figures table imports a shared chunk').toBeGreaterThan(0);
    const blocked = await block(page, chunks);
    await page.goto('/en/figures/');
    const table = page.locator('[data-island="figures-table"]');
    await expect(table).toHaveAttribute('data-island-state', 'failed');
    const first = blocked.tries.length;
    await table.locator('tbody tr').first().hover();
    await expect.poll(() => blocked.tries.length).toBe(2 * first);
    await table.locator('tbody tr').nth(5).hover();
    await table.locator('#figures-count').click();
    await settle(page);
    expect(blocked.tries, 'one retry, then it gives up').toHaveLength(2 * first);
    await expect(table).toHaveAttribute('data-island-state', 'failed');
    await expect(table.locator('[data-island-message]')).toHaveText(dictionary('en').figures.unavailable);
    expect(await visibleRowIds(table)).toEqual(figureIds);
    await expect(table.locator('[data-figures-query]')).toBeHidden();
    await expect(table.locator('th button')).toHaveCount(0);
  });
});

test.describe('Cite', () => {
  test('zh, its bundle blocked: the link leads to the cite page, which has every format', async ({ page }) => {
    await block(page, bundles.cite);
    await page.goto('/zh/ch1-6/');
    await page.locator('a[data-island="cite"][href="/zh/cite/ch1-6-p2/"]').click();
    await expect(page).toHaveURL('/zh/cite/ch1-6-p2/');
    await expect(page.locator('[data-style="gbt7714"]')).toContainText('杭州市人民政府关于2020年法治政府建设情况的报告');
  });

  test('en, its citation data blocked: the link leads to the cite page instead of opening an empty dialog', async ({ page }) => {
    const data = await block(page, CITE_DATA);
    await page.goto('/en/ch1-6/');
    await page.locator('a[data-island="cite"][href="/en/cite/ch1-6-p2/"]').click();
    await expect(page).toHaveURL('/en/cite/ch1-6-p2/');
    expect(data.tries.length, 'the dialog asked for the data first').toBeGreaterThan(0);
    await expect(page.locator('dialog')).toHaveCount(0);
    await expect(page.locator('[data-style="apa"]')).toContainText('Hangzhou Municipal People’s Government');
  });
});

test.describe('the cite page', () => {
  test('zh, its bundle blocked then back: every format as text with a slot for the date; the next intent adds Copy, dated today', async ({ page }) => {
    const t = citeDictionary('zh');
    const bundle = await block(page, bundles['cite-page']);
    await page.goto('/zh/cite/ch1-6-p2/');
    const root = page.locator('[data-island="cite-page"]');
    await expect(root).toHaveAttribute('data-island-state', 'failed');
    await expect(root.locator('[data-cite-static]')).toContainText(t.accessedUnknown);
    await expect(root.locator('[data-style="gbt7714"]')).toBeVisible();
    await expect(root.getByRole('button', { name: t.copy })).toHaveCount(0);
    await bundle.unblock();
    await root.locator('[data-style="gbt7714"]').hover();
    await expect(root).toHaveAttribute('data-island-state', 'mounted');
    await expect(root.locator('[data-cite-static]')).toHaveCount(0);
    expect(await root.getByRole('button', { name: t.copy }).count()).toBeGreaterThan(0);
    expect(bundle.tries).toHaveLength(2);
  });

  test('en, a chunk its bundle imports blocked then back: the same, and the retry loads the chunk', async ({ page }) => {
    const t = citeDictionary('en');
    const chunks = chunksOf('cite-page');
    expect(chunks.length, 'the cite page imports a shared chunk').toBeGreaterThan(0);
    const blocked = await block(page, chunks);
    await page.goto('/en/cite/ch1-6-p2/');
    const root = page.locator('[data-island="cite-page"]');
    await expect(root).toHaveAttribute('data-island-state', 'failed');
    await expect(root.locator('[data-style="apa"]')).toContainText('[add the date you read it]');
    await blocked.unblock();
    await root.locator('[data-style="apa"]').hover();
    await expect(root).toHaveAttribute('data-island-state', 'mounted');
    await expect(root.getByRole('button', { name: t.copy }).first()).toBeVisible();
  });
});

test.describe('copy with citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('en, its bundle blocked then back: no button that would do nothing; the next intent mounts it and selecting shows the button', async ({ page }) => {
    const t = citeDictionary('en');
    const bundle = await block(page, bundles.quote);
    await page.goto('/en/ch1-6/');
    const main = page.locator('main[data-island="quote"]');
    await page.locator('#ch1-6-p2').click();
    await expect(main).toHaveAttribute('data-island-state', 'failed');
    await selectLossRate(page);
    await settle(page);
    await expect(page.getByRole('button', { name: t.copyWithCitation })).toHaveCount(0);
    await bundle.unblock();
    await page.locator('#ch1-6-p2').click();
    await expect(main).toHaveAttribute('data-island-state', 'mounted');
    await selectLossRate(page);
    await expect(page.getByRole('button', { name: t.copyWithCitation })).toBeVisible();
    expect(bundle.tries).toHaveLength(2);
  });

  test('zh, its citation data blocked then back: the click says nothing was copied and why; the next click asks again and copies', async ({ page }) => {
    const t = citeDictionary('zh');
    const data = await block(page, CITE_DATA);
    await page.goto('/zh/ch1-6/');
    const main = page.locator('main[data-island="quote"]');
    await page.locator('#ch1-6-p2').click();
    await expect(main).toHaveAttribute('data-island-state', 'mounted');
    await selectLossRate(page);
    const button = page.getByRole('button', { name: t.copyWithCitation });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: t.citationFailed })).toBeVisible();
    const tried = data.tries.length;
    expect(tried).toBeGreaterThan(0);
    await data.unblock();
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: t.quoteCopied })).toBeVisible();
    expect(data.tries.length).toBe(tried + 1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“败诉率9\.8%”.*\/zh\/ch1-6\/#ch1-6-p2$/s);
  });
});
