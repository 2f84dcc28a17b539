import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchErrors } from './site';

/**
 * A reader with only a keyboard: every stop on the way shows where focus is (an outline or ring
 * that is actually drawn), and every feature is reached and used with Tab, Enter, arrows and Escape.
 */
async function focusShown(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const describe = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    if (!ring) return `${describe} shows no focus ring`;
    if (box.width === 0 || box.height === 0) return `${describe} is focused but not displayed`;
    return null;
  });
}

/** Tab (or Shift+Tab) until the focused element matches the selector, checking that every stop shows its focus. */
async function tabTo(page: Page, selector: string, { max = 120, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    expect(await focusShown(page)).toBeNull();
    if (await page.evaluate((selector) => !!document.activeElement?.matches(selector), selector)) return;
  }
  throw new Error(`${selector} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

test.use({ viewport: { width: 1280, height: 900 } });

test('skip link, contents, a glossary term, a chart, cite and the language switch, by keyboard alone', async ({ page }) => {
  // Every stop is checked for a visible focus ring: about 150 stops there and back.
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/en/ch1-6/');

  // The first stop is the skip link, shown when focused; it moves focus to the text.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main text' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await focusShown(page)).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // A glossary term opens its explanation; Escape returns to the term.
  await tabTo(page, 'a[data-term-popover]');
  const term = page.locator(':focus');
  await page.keyboard.press('Enter');
  await expect(page.locator('.glossary-popover:popover-open')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term).toBeFocused();

  // Cite: the dialog opens with focus inside; Copy by keyboard is announced; Escape returns focus.
  await tabTo(page, 'a.cite-link');
  const cite = page.locator(':focus');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  await tabTo(page, 'dialog li button');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Copied');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();

  // A chart: each value is a stop, named in words; the next Tab reads the next value.
  await tabTo(page, '#chart-reconsideration-cases .mark');
  await expect(page.locator(':focus')).toHaveAccessibleName('2019: ≈3,938 (derived)');
  await page.keyboard.press('Tab');
  expect(await focusShown(page)).toBeNull();
  await expect(page.locator(':focus')).toHaveAccessibleName('2020: 3,662');

  // The contents: back up to the sidebar and follow a link.
  await tabTo(page, 'aside a[href="/en/ch1-7/"]', { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ch1-7\/$/);

  // The language switch keeps the page.
  await page.keyboard.press('Tab');
  await tabTo(page, 'header a[hreflang="zh-Hans"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/ch1-7\//);
  expect(errors).toEqual([]);
});

test('search by keyboard: type, arrow to a result, Enter lands on it', async ({ page }) => {
  await page.goto('/zh/ch1-1/');
  await page.keyboard.press('Tab');
  await tabTo(page, 'header input[name="q"]');
  await page.keyboard.insertText('调解');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText('调解');
});

test('on a phone, the contents menu opens and is walked by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/en/ch1-1/');
  await page.keyboard.press('Tab');
  await tabTo(page, 'header summary');
  await page.keyboard.press('Enter');
  await tabTo(page, 'header details a[href="/en/ch2/"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ch2\/$/);
});
