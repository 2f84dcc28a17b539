import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { citeDictionary, fill } from '../../lib/cite/dictionary';
import { expect, test } from './fixtures';
import { LANGS, watchErrors } from './site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const today = (page: Page, lang: string) =>
  page.evaluate((lang) => {
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return {
      iso,
      long:
        lang === 'zh'
          ? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
          : d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }),
    };
  }, lang);

/** Copies every style and export in an open cite dialog; each copy must be exactly what the dialog shows. */
async function copyEach(page: Page, dialog: Locator): Promise<Map<string, string>> {
  const copied = new Map<string, string>();
  const items = dialog.locator('li');
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const name = (await item.getByRole('heading').textContent())!;
    const shown = item.locator('[data-style], [data-export]');
    await item.getByRole('button', { name: /^(Copy|复制)$/ }).click();
    await expect(dialog.getByRole('status')).toContainText(name);
    const text = await clipboard(page);
    expect(squash(text), name).toBe(squash((await shown.textContent())!));
    copied.set((await shown.getAttribute('data-style')) ?? (await shown.getAttribute('data-export'))!, text);
  }
  return copied;
}

for (const lang of LANGS) {
  const zh = lang === 'zh';

  test(`cite a point in ${lang}: every format copies, dated today, with the permalink, which lands on the highlighted point`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${lang}/ch1-6/`);
    const link = page.getByRole('link', { name: zh ? '引用这一段：一（六）“二是”' : 'Cite this point: I(6), point 2' });
    await link.click();
    const dialog = page.getByRole('dialog', { name: zh ? '引用：一（六）“二是”' : 'Cite: I(6), point 2' });
    await expect(dialog).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`/${lang}/ch1-6/`);
    await expect(dialog.locator('blockquote[lang="zh-Hans"]')).toContainText('败诉率9.8%');
    await expect(dialog.locator('blockquote[lang="en"]')).toContainText('the loss rate was 9.8%');

    const copied = await copyEach(page, dialog);
    expect([...copied.keys()]).toEqual(['gbt7714', 'apa', 'apa-in-text', 'chicago-note', 'chicago-bibliography', 'plain', 'bibtex', 'ris', 'csl-json']);
    const { iso, long } = await today(page, lang);
    expect(copied.get('gbt7714')).toContain(`[${iso}]`);
    expect(copied.get('gbt7714')).toContain('杭州市人民政府关于2020年法治政府建设情况的报告');
    expect(copied.get('apa')).toContain(zh ? long : `Retrieved ${long}`);
    expect(copied.get('chicago-note')).toContain(zh ? '一（六）“二是”' : 'I(6), point 2');
    if (!zh)
      for (const style of ['gbt7714', 'apa', 'chicago-note', 'plain'])
        expect(copied.get(style), style).toMatch(/unofficial.*translation|translation.*unofficial/i);
    expect(copied.get('ris')).toMatch(/^TY {2}- RPRT/);
    expect(JSON.parse(copied.get('csl-json')!)[0].type).toBe('report');

    // The permalink in the citation leads back to the point, landing it visible below the header, highlighted.
    const permalink = new URL(copied.get('plain')!.match(/https?:\/\/\S+?#ch1-6-p2/)![0]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    await page.goto('/zh/');
    await page.goto(permalink.pathname + permalink.hash);
    await landsHighlighted(page, page.locator('#ch1-6-p2'));
    expect(errors).toEqual([]);
  });

  test(`cite a figure in ${lang} from the figures table: the citation names the figure and lands on its words`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${lang}/figures/`);
    await page
      .locator('#loss-rate')
      .getByRole('link', { name: zh ? /^引用这个数字/ : /^Cite this figure/ })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('9.8%');
    const copied = await copyEach(page, dialog);
    expect(copied.get('gbt7714')).toContain('#fig-loss-rate');
    const permalink = new URL(copied.get('plain')!.match(/https?:\/\/\S+?#fig-loss-rate/)![0]);
    await page.keyboard.press('Escape');
    await page.goto(permalink.pathname + permalink.hash);
    const words = page.locator('#fig-loss-rate');
    await landsHighlighted(page, words);
    await expect(words).toHaveText(zh ? '败诉率9.8%' : 'the loss rate was 9.8%');
    expect(errors).toEqual([]);
  });
}

/** In view, not under the sticky header, and visibly marked. */
async function landsHighlighted(page: Page, target: Locator) {
  await expect(target).toBeInViewport();
  await page.waitForTimeout(400); // smooth scrolling settles
  const headerBottom = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().bottom);
  const top = await target.evaluate((e) => e.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
  expect(await target.evaluate((e) => e.matches(':target') || !!e.closest(':target'))).toBe(true);
  expect(await target.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
}

test('the cite dialog passes axe, and the whole report is citable from the home page', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Cite this report' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-style="gbt7714"]')).toContainText('[EB/OL]');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('copy with citation: selected words are copied with a short citation and the link', async ({ page }) => {
  await page.goto('/en/ch1-6/');
  await page.locator('#ch1-6-p2').click();
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('fig-loss-rate')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.getByRole('button', { name: 'Copy with citation' }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(/^“the loss rate was 9\.8%” — Hangzhou Municipal People’s Government, .*I\(6\), point 2 .*unofficial translation.*\/en\/ch1-6\/#ch1-6-p2$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Cite is a link to a page with every format as text and an honest slot for the date', async ({ page }) => {
    await page.goto('/en/ch1-6/');
    await page.getByRole('link', { name: 'Cite this point: I(6), point 2' }).click();
    await expect(page).toHaveURL(/\/en\/cite\/ch1-6-p2\/$/);
    await expect(page.locator('[data-style="apa"]')).toContainText('Retrieved [add the date you read it], from');
    await expect(page.locator('pre[data-export="bibtex"]')).toContainText('@techreport{');
  });
});

test('if the cite code cannot load, Cite still leads to the cite page', async ({ page }) => {
  await page.route('**/_islands/cite-*.js', (route) => route.abort());
  await page.goto('/en/ch1-6/');
  await page.getByRole('link', { name: 'Cite this point: I(6), point 2' }).click();
  await expect(page).toHaveURL(/\/en\/cite\/ch1-6-p2\/$/);
});

/**
 * In this page only: takes the Clipboard API away, or makes it refuse, so that Copy must use its
 * fallback (a hidden textarea and execCommand('copy')); records what the document's copy events
 * copy, which the fallback fires and the Clipboard API does not. `styleAttribute` gives the textarea
 * a style attribute as it is selected, as the fallback once did, to show the CSP guard catching it.
 */
async function withoutClipboardApi(page: Page, clipboard: 'removed' | 'refusing', styleAttribute = false) {
  await page.addInitScript(
    ({ clipboard, styleAttribute }) => {
      if (clipboard === 'removed') delete (Navigator.prototype as { clipboard?: Clipboard }).clipboard;
      else {
        const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        Clipboard.prototype.write = refuse;
        Clipboard.prototype.writeText = refuse;
      }
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      document.addEventListener('copy', (event) => {
        const area = event.target;
        copied.push(area instanceof HTMLTextAreaElement ? area.value.slice(area.selectionStart, area.selectionEnd) : String(getSelection()));
      });
      if (styleAttribute) {
        const select = HTMLTextAreaElement.prototype.select;
        HTMLTextAreaElement.prototype.select = function (this: HTMLTextAreaElement) {
          this.setAttribute('style', 'position: fixed; top: -100px');
          select.call(this);
        };
      }
    },
    { clipboard, styleAttribute },
  );
}
const copiedByFallback = (page: Page) => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);

test.describe('copy without the Clipboard API', () => {
  test('zh, the Clipboard API removed: Copy on the cite page still copies, says so, and breaks no CSP rule', async ({ page }) => {
    const t = citeDictionary('zh');
    await withoutClipboardApi(page, 'removed');
    await page.goto('/zh/cite/ch1-6-p2/');
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    const item = page.locator('[data-island="cite-page"] li').filter({ has: page.locator('[data-style="gbt7714"]') });
    const button = item.getByRole('button', { name: t.copy });
    await button.click();
    await expect(page.locator('[data-island="cite-page"] [role="status"]')).toHaveText(fill(t.copied, { style: t.styles.gbt7714 }));
    const copied = await copiedByFallback(page);
    expect(copied).toHaveLength(1);
    expect(squash(copied[0])).toBe(squash((await item.locator('[data-style]').textContent())!));
    expect(copied[0]).toContain('杭州市人民政府关于2020年法治政府建设情况的报告');
    await expect(page.locator('textarea')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('en, the Clipboard API refusing: Copy in the modal cite dialog still copies, says so, and breaks no CSP rule', async ({ page }) => {
    const t = citeDictionary('en');
    await withoutClipboardApi(page, 'refusing');
    await page.goto('/en/ch1-6/');
    await page.locator('a[data-island="cite"][href="/en/cite/ch1-6-p2/"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const item = dialog.locator('li').filter({ has: page.locator('[data-style="apa"]') });
    const button = item.getByRole('button', { name: t.copy });
    await button.click();
    await expect(dialog.getByRole('status')).toHaveText(fill(t.copied, { style: t.styles.apa }));
    const copied = await copiedByFallback(page);
    expect(copied).toHaveLength(1);
    expect(squash(copied[0])).toBe(squash((await item.locator('[data-style]').textContent())!));
    await expect(page.locator('textarea')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test.describe('had the textarea a style attribute', () => {
    // Breaks the policy on purpose, to show that the tests above would fail if the fallback did.
    test.use({ allowCspViolations: true });
    test('the CSP blocks it and the suite’s guard hears it', async ({ page, cspViolations }) => {
      const t = citeDictionary('en');
      await withoutClipboardApi(page, 'removed', true);
      await page.goto('/en/cite/ch1-6-p2/');
      const item = page.locator('[data-island="cite-page"] li').filter({ has: page.locator('[data-style="apa"]') });
      await item.getByRole('button', { name: t.copy }).click();
      await expect(page.locator('[data-island="cite-page"] [role="status"]')).toHaveText(fill(t.copied, { style: t.styles.apa }));
      await expect.poll(() => cspViolations.filter((violation) => /style-src/.test(violation)).length).toBeGreaterThan(0);
    });
  });
});
