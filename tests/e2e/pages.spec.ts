import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, pagesOf, watchErrors } from './site';

const HTML_LANG = { zh: 'zh-Hans', en: 'en' } as const;

for (const lang of LANGS) {
  for (const path of pagesOf(lang)) {
    test(`${path} renders in ${lang}, links its twin, has no console error and no axe violation`, async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      const other = lang === 'zh' ? 'en' : 'zh';
      await expect(page.locator(`link[rel="alternate"][hreflang="${HTML_LANG[other]}"]`)).toHaveAttribute('href', new RegExp(`${path.replace(`/${lang}/`, `/${other}/`)}$`));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
