import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, ORIGIN, test } from './fixtures';
import { watchPage } from './serving-checks';
import { LANGS, ONE_OF_EACH_KIND, pagesOf } from './site';

/**
 * Wakes every island a reader can see the way a reader would: scrolled near (`visible`) or touched
 * (`intent`); click islands (Cite) are opened by cite.spec.ts and the feature walk in serving.spec.ts.
 * Axe then audits the page as the islands left it, with the charts' data tables open.
 */
async function wakeIslands(page: Page) {
  for (const island of await page.locator('[data-island]:visible').all()) {
    const trigger = await island.getAttribute('data-island-on');
    if (trigger === 'click') continue;
    await island.scrollIntoViewIfNeeded();
    if (trigger === 'intent') await island.dispatchEvent('pointerdown');
  }
  // Every island woken has mounted or failed (pages.spec.ts fails on the console error a failure logs).
  await expect(page.locator('[data-island-state="loading"]')).toHaveCount(0);
  // A chart's data table is audited open, as a reader who opens it sees it.
  for (const summary of await page.locator('figure details:has(table) summary').all()) await summary.click();
  await page.evaluate(() => window.scrollTo(0, 0));
}

const HTML_LANG = { zh: 'zh-Hans', en: 'en' } as const;

const html = (path: string) => readFileSync(join('out', path, 'index.html'), 'utf8');
const pointIds = (text: string) => [...new Set([...text.matchAll(/ id="((?:opening|ch\d(?:-\d)?)-p\d+)"/g)].map((m) => m[1]))];

/**
 * Where axe runs, and at which widths. A section page or parallel view with no chart is the same shell
 * and components as one of each kind (audited at both widths) around text the full page (or the full
 * parallel view) holds in full, which is audited too: each such page is checked to have its every point
 * there, and axe is spared the repeat. Every other page (charts, figures, glossary, search, cite, about …)
 * is audited itself.
 */
function auditWidths(path: string, lang: 'zh' | 'en'): { widths: number[]; coveredBy?: string } {
  if (ONE_OF_EACH_KIND.includes(path)) return { widths: [1280, 320] };
  const section = new RegExp(`^/${lang}/(parallel/)?(opening|ch\\d(-\\d)?)/$`).exec(path);
  if (!section || html(path).includes('chart-drawing')) return { widths: [1280] };
  return { widths: [], coveredBy: `/${lang}/${section[1] ?? ''}full/` };
}

for (const lang of LANGS) {
  for (const path of pagesOf(lang)) {
    const { widths, coveredBy } = auditWidths(path, lang);
    const audit = coveredBy ? `its text audited on ${coveredBy}` : `no axe violation at ${widths.join(' and ')} px`;
    test(`${path} renders in ${lang}, links its twin, has a heading outline, its islands awake under the shipped CSP with no violation, console error or request off the site, and ${audit}`, async ({
      page,
    }) => {
      // The whole report on one page, audited twice, takes its time on a busy machine.
      test.setTimeout(60_000);
      const watch = await watchPage(page, ORIGIN);
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      const other = lang === 'zh' ? 'en' : 'zh';
      await expect(page.locator(`link[rel="alternate"][hreflang="${HTML_LANG[other]}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${path.replace(`/${lang}/`, `/${other}/`)}$`),
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      // The outline: one h1 first, and no level skipped on the way down (h2 → h4).
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips).toEqual([]);
      await wakeIslands(page);
      if (coveredBy) {
        const points = pointIds(html(path));
        expect(points.length, `${path}: no points found`).toBeGreaterThan(0);
        expect(
          points.filter((id) => !pointIds(html(coveredBy)).includes(id)),
          `points of ${path} missing from ${coveredBy}`,
        ).toEqual([]);
      }
      // Pages of one kind share their layout: the phone width is audited on one page of each kind (and in dark mode below).
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${width} px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect.soft(watch.violations, 'CSP violations').toEqual([]);
      expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
      expect.soft(watch.offsite, 'requests off the site').toEqual([]);
    });
  }
}

test('the language picker at / offers both languages and passes axe', async ({ page }) => {
  const watch = await watchPage(page, ORIGIN);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /阅读中文版/ })).toHaveAttribute('href', '/zh/');
  await expect(page.getByRole('link', { name: /Read in English/ })).toHaveAttribute('href', '/en/');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(watch).toEqual({ violations: [], consoleErrors: [], offsite: [] });
});

test('an unknown URL gets the bilingual 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/zh/no-such-section/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  await page.getByRole('link', { name: /Read in English/ }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test.describe('in dark mode on a phone', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 375, height: 740 } });
  for (const path of ['/zh/ch1-6/', '/en/ch1-6/', '/en/', '/zh/about/']) {
    test(`${path} has no axe violation, with the contents menu open`, async ({ page }) => {
      await page.goto(path);
      const menu = page.locator('header details');
      if (await menu.count()) await menu.locator('summary').click();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
