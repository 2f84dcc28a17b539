import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { LANGS, pagesOf, watchErrors } from './site';

const HTML_LANG = { zh: 'zh-Hans', en: 'en' } as const;

for (const lang of LANGS) {
  for (const path of pagesOf(lang)) {
    test(`${path} renders in ${lang}, links its twin, has a heading outline, no console error and no axe violation at 1280 and 320 px`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      const other = lang === 'zh' ? 'en' : 'zh';
      await expect(page.locator(`link[rel="alternate"][hreflang="${HTML_LANG[other]}"]`)).toHaveAttribute('href', new RegExp(`${path.replace(`/${lang}/`, `/${other}/`)}$`));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      // The outline: one h1 first, and no level skipped on the way down (h2 → h4).
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips).toEqual([]);
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${width} px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }
}

test('the language picker at / offers both languages and passes axe', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /阅读中文版/ })).toHaveAttribute('href', '/zh/');
  await expect(page.getByRole('link', { name: /Read in English/ })).toHaveAttribute('href', '/en/');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
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
