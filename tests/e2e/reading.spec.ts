import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { report, watchErrors } from './site';

test.describe('reading modes keep the reader on the same point', () => {
  test('zh → parallel → en on a deep link, with JavaScript', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/zh/ch1-6/#ch1-6-p2');
    const modes = page.getByRole('navigation', { name: '阅读方式' });
    await modes.getByRole('link', { name: '中英对照' }).click();
    await expect(page).toHaveURL(/\/zh\/parallel\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    await expect(page.locator('#ch1-6-p2 [lang="en"]').first()).toContainText('3,662');
    await page.getByRole('navigation', { name: '阅读方式' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('zh → parallel → en on a deep link, without JavaScript, by the point’s own links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/ch1-6/#ch1-6-p2');
    await page.locator('#ch1-6-p2').getByRole('link', { name: '中英对照阅读一（六）“二是”' }).click();
    await expect(page).toHaveURL(/\/zh\/parallel\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    await page.locator('#ch1-6-p2').getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    await context.close();
  });

  test('the parallel view of the whole report aligns every point, and stacks on a phone', async ({ page }) => {
    await page.goto('/en/parallel/full/');
    for (const point of report.sections.flatMap((s) => s.points)) {
      await expect(page.locator(`#${point.id} p[lang="zh-Hans"]`)).toHaveText(point.zh);
    }
    const row = page.locator('#ch2-p3');
    const [zh, en] = [row.locator('p[lang="zh-Hans"]'), row.locator('p[lang="en"]')];
    expect((await zh.boundingBox())!.y).toBe((await en.boundingBox())!.y);
    await page.setViewportSize({ width: 375, height: 800 });
    expect((await en.boundingBox())!.y).toBeGreaterThan((await zh.boundingBox())!.y + (await zh.boundingBox())!.height - 1);
  });

  test('navigation stays in the parallel view', async ({ page }) => {
    await page.goto('/en/parallel/ch1-5/');
    await page.getByRole('navigation', { name: 'Previous and next section' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/en\/parallel\/ch1-6\/$/);
  });
});

test.describe('glossary terms in the text', () => {
  test('open an explanation by click, keyboard and Escape, and link to the glossary', async ({ page }) => {
    await page.goto('/en/ch1-6/');
    const term = page.locator('#ch1-6-p2 a.term', { hasText: 'two highs and one low' });
    // The explanation is said when the term is opened, not in the middle of the sentence.
    await expect(term).toHaveAccessibleDescription('');
    await term.click();
    const popover = page.locator('[popover]:popover-open');
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAccessibleDescription(/Our guess, not the report’s: a low rate of agency heads appearing in court/);
    await expect(popover).toContainText('两高一低');
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await expect(term).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[popover]:popover-open')).toBeVisible();
    await page.locator('[popover]:popover-open').getByRole('link', { name: 'Open the glossary' }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/#two-highs/);
  });

  test('mark only the first use in each section', async ({ page }) => {
    await page.goto('/zh/ch1-6/');
    await expect(page.locator('a.term', { hasText: /^两高一低$/ })).toHaveCount(1);
  });

  test('without JavaScript, a term is a link to its glossary entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/ch1-6/');
    await page.locator('a.term', { hasText: /^两高一低$/ }).click();
    await expect(page).toHaveURL(/\/zh\/glossary\/#two-highs/);
    await expect(page.locator(':target')).toContainText('两高一低');
    await context.close();
  });
});

test('problems → plans: the four problems, each with quoted plans that link to their points', async ({ page }) => {
  await page.goto('/en/problems-plans/');
  await expect(page.locator('[id^="problem-"]')).toHaveCount(4);
  await expect(page.getByText('It is our reading, not the report’s')).toBeVisible();
  await page.locator('#problem-ch2-p3').getByRole('link', { name: 'III(3)' }).first().click();
  await expect(page).toHaveURL(/\/en\/ch3-3\/#ch3-3-p1$/);
  await page.goto('/zh/ch2/');
  await page.getByRole('link', { name: /查看问题与计划对照/ }).click();
  await expect(page).toHaveURL(/\/zh\/problems-plans\/$/);
});

test.describe('comfortable reading', () => {
  test('the text size is chosen in four steps, remembered, and the page never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/zh/ch1-6/');
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('button', { name: '特大' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
    await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/en/ch2/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(fontSize).toBe('24px');
    for (const path of ['/en/ch1-6/', '/zh/parallel/ch1-6/', '/en/figures/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('respects reduced motion and raised contrast', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', contrast: 'more' });
    const page = await context.newPage();
    await page.goto('/en/ch1-6/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

test('the chosen reading mode is remembered: the contents and the home page lead to the parallel view', async ({ page }) => {
  await page.goto('/en/ch1-5/');
  await page.getByRole('navigation', { name: 'Reading mode' }).getByRole('link', { name: 'Parallel' }).click();
  await expect(page).toHaveURL(/\/en\/parallel\/ch1-5\/$/);
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/en\/parallel\/opening\/$/);
  await page.goto('/en/ch2/');
  await page.locator('aside nav').getByRole('link', { name: '(6) Resolving social conflicts and disputes in accordance with the law' }).click();
  await expect(page).toHaveURL(/\/en\/parallel\/ch1-6\/$/);
  await page.getByRole('navigation', { name: 'Reading mode' }).getByRole('link', { name: 'English' }).click();
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/en\/opening\/$/);
});
