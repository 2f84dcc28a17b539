import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { report, watchErrors } from './site';

/**
 * Search in Chromium, on the built site: the results page and the header box, driven by keyboard,
 * checked against a plain scan of the published text.
 */
/** The oracle: headings and points of one language whose text contains the query, from /data/report.json. */
function containing(lang: 'zh' | 'en', test: (text: string) => boolean): string[] {
  const ids = report.sections.flatMap((s) => [
    ...(s.heading && test(s.heading[lang]) ? [s.id] : []),
    ...s.points.filter((p) => test(p[lang])).map((p) => p.id),
  ]);
  return ids.sort();
}

/** Ids of the report's headings and points listed, from their links (/zh/ch1-6/#ch1-6-p2 → ch1-6-p2; a page → its section). */
async function listedIds(page: Page, lang: 'zh' | 'en') {
  const hrefs = await page.locator('[data-island="search-results"] ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const ids = hrefs.filter((h) => new RegExp(`^/${lang}/(ch|opening)`).test(h)).map((h) => h.split('#')[1] ?? h.split('/')[2]);
  return ids.sort();
}

test.describe('the results page', () => {
  for (const [lang, query, oracle] of [
    ['zh', '复议', (t: string) => t.includes('复议')],
    ['zh', '复议调解', (t: string) => t.includes('复议调解')],
    ['zh', '两高一低', (t: string) => t.includes('两高一低')],
    ['en', 'mediate', (t: string) => /\bmediat(?:e|es|ed|ing|ion|ions|or|ors)\b/i.test(t)],
    ['en', 'reconsider', (t: string) => /\breconsider(?:s|ed|ing|ation|ations)?\b/i.test(t)],
    ['en', '3662', (t: string) => /\b3,?662\b/.test(t)],
  ] as const) {
    test(`/${lang}/search/?q=${query} lists exactly the headings and points with it, highlighted`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const items = page.locator('[data-island="search-results"] ol > li');
      await expect(items.first()).toBeVisible();
      expect(await listedIds(page, lang)).toEqual(containing(lang, oracle));
      await expect(page.locator('[data-island="search-results"] [role="status"]')).toHaveText(
        lang === 'zh' ? `${await items.count()} 条结果` : `${await items.count()} results`,
      );
      await expect(page.getByRole('searchbox', { name: lang === 'zh' ? '搜索报告' : 'Search the report' }).last()).toHaveValue(query);
      const marks = await items.first().locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }

  test('3662 on the English page also finds the Chinese 3662, after the English', async ({ page }) => {
    await page.goto('/en/search/?q=3662');
    await expect(page.locator('[data-island="search-results"] ol > li').first()).toBeVisible();
    const hrefs = await page.locator('[data-island="search-results"] ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe('/en/ch1-6/#ch1-6-p2');
    expect(hrefs).toContain('/zh/ch1-6/#ch1-6-p2');
    expect(hrefs.indexOf('/zh/ch1-6/#ch1-6-p2')).toBeGreaterThan(hrefs.indexOf('/en/figures/#reconsideration-cases'));
    await expect(page.locator('a[href="/en/ch1-6/#ch1-6-p2"] mark')).toHaveText(['3,662']);
  });

  test('量子计算 finds nothing, and says so; editing the query searches again and updates the address', async ({ page }) => {
    await page.goto('/zh/search/?q=量子计算');
    const status = page.locator('[data-island="search-results"] [role="status"]');
    await expect(status).toHaveText('没有找到“量子计算”。');
    await expect(page.locator('[data-island="search-results"] ol > li')).toHaveCount(0);
    const box = page.locator('#search-page-q');
    await box.fill('城市大脑');
    await expect(status).toHaveText(/^\d+ 条结果$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('城市大脑');
  });

  test('passes axe with results listed', async ({ page }) => {
    await page.goto('/zh/search/?q=调解');
    await expect(page.locator('[data-island="search-results"] ol > li').first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('the header search box', () => {
  test('loads nothing until the reader types; then a combobox lists results, arrow keys move, Enter follows', async ({ page }) => {
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/en/ch1-1/');
    const box = page.locator('header input[name="q"]');
    await expect(box).toHaveAccessibleName('Search the report');
    await box.focus();
    await expect(box).toHaveAttribute('role', 'combobox');
    expect(fetched).not.toContain('/data/search.json');
    await page.keyboard.type('mediate');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox).toBeVisible();
    expect(fetched.filter((p) => p === '/data/search.json')).toHaveLength(1);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    // Ranked by how often the word forms occur: the point on mediation work comes first.
    await expect(options.first()).toContainText('I(6), point 3 Third, we strengthened mediation work.');
    await expect(options.first().locator('mark').first()).toHaveText(/^mediat/i);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('header [role="status"]:not([data-island-message])')).toHaveText(/^\d+ results$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/ch1-6/#ch1-6-p3');
    expect(errors).toEqual([]);
  });

  test('Escape closes the popup and keeps the query; more than eight results link to the results page', async ({ page }) => {
    await page.goto('/zh/ch1-1/');
    const box = page.locator('header input[name="q"]');
    await expect(box).toHaveAccessibleName('搜索报告');
    await box.focus();
    await page.keyboard.insertText('复议');
    const listbox = page.getByRole('listbox', { name: '搜索结果' });
    await expect(listbox.getByRole('option')).toHaveCount(9);
    const marks = await listbox.getByRole('option').first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['复议']));
    await expect(page.locator('header [role="status"]:not([data-island-message])')).toHaveText(/^\d+ 条结果$/);
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('复议');
    await page.keyboard.press('ArrowUp');
    await expect(listbox.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
    await expect(listbox.getByRole('option').last()).toHaveText(/^查看全部 \d+ 条结果$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=%E5%A4%8D%E8%AE%AE$/);
    await expect(page.locator('[data-island="search-results"] ol > li').first()).toBeVisible();
  });

  test('without a chosen option, Enter submits to the results page; the popup passes axe', async ({ page }) => {
    await page.goto('/en/figures/');
    const box = page.locator('header input[name="q"]');
    await box.focus();
    await page.keyboard.type('3,662');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('3,662');
    const axe = await new AxeBuilder({ page }).include('header').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=3%2C662$/);
    await expect(page.locator('[data-island="search-results"] ol > li').first()).toBeVisible();
  });
});
