import { expect, test } from './fixtures';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { allPoints, LANGS } from './site';

/** The text of each page of a PDF, as pdf.js extracts it. */
async function pdfPages(data: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages;
}

/**
 * Compare text regardless of line breaks and spacing, which the PDF's layout decides. A CJK font's
 * em dash comes back from the PDF as a horizontal bar (U+2015): both read as —.
 */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').replace(/\u2015/g, '—');

/**
 * Does the PDF's text hold this text? The PDF's font maps some ideographs to radicals: 人 comes back
 * as ⼈ (which NFKC undoes) and 民 as ⺠ (which it does not), so a character of the CJK Radicals
 * Supplement in the PDF stands for any one ideograph.
 */
const holds = (pdfText: string, text: string) => new RegExp(squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\p{Script=Han}/gu, (c) => `[${c}\u2E80-\u2EFF]`), 'u').test(pdfText);

for (const lang of LANGS) {
  test(`the full report in ${lang} prints to PDF: every point's text, numbered links, no interface, each sheet with title, date, URL and page number`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/${lang}/full/`);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    // Each sheet's margins carry the title, the date and the URL (set by the page script) and the page number.
    const margins = await page.evaluate(() => ['title', 'date', 'url'].map((key) => JSON.parse(getComputedStyle(document.documentElement).getPropertyValue(`--print-${key}`)) as string));
    for (const margin of margins) pages.forEach((text) => expect(squash(text)).toContain(squash(margin)));
    pages.forEach((text, index) => expect(squash(text)).toContain(`${index + 1}/${pages.length}`));
    const body = pages.map((text, index) => margins.reduce((rest, margin) => rest.replace(squash(margin), ''), squash(text)).replace(`${index + 1}/${pages.length}`, ''));
    // Measured: 8 sheets in Chinese, 11 in English (A4); a broken stylesheet (chrome printed, or text lost) moves it far.
    expect(pages.length).toBeGreaterThanOrEqual(lang === 'zh' ? 6 : 8);
    expect(pages.length).toBeLessThanOrEqual(lang === 'zh' ? 11 : 15);
    const all = body.join('');
    const missing = allPoints.filter((point) => !holds(all, point[lang]));
    expect(missing.map((p) => p.id)).toEqual([]);
    for (const point of allPoints) expect(all).toContain(squash(point.url[lang]));
    for (const chrome of lang === 'zh' ? ['跳到正文', '阅读设置', '上一节'] : ['Skip to main text', 'Reading settings', 'Previous']) expect(all).not.toContain(squash(chrome));
  });
}

for (const [lang, path] of [['zh', '/zh/ch1-6/'], ['en', '/en/ch2/']] as const) {
  test(`${path} prints its charts, drawn, without anyone scrolling to them, and their data tables`, async ({ page }) => {
    await page.goto(path);
    const all = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(''));
    for (const caption of await page.locator('figure figcaption').allInnerTexts()) expect(holds(all, caption), caption).toBe(true);
    expect(all).toContain(squash(lang === 'zh' ? '数据表' : 'Data table'));
    // What only a drawing prints: its value axis (0% … 100%) and its bars' value labels.
    await page.emulateMedia({ media: 'print' });
    for (const drawing of await page.locator('svg.chart-drawing:visible').all()) {
      const ticks = (await drawing.locator('.tick[text-anchor="end"]').allTextContents()).join('');
      const values = (await drawing.locator('.value').allTextContents()).join('');
      expect(all).toContain(squash(ticks));
      expect(all).toContain(squash(values));
    }
    expect(await page.locator('svg.chart-drawing:visible').count()).toBe(lang === 'zh' ? 5 : 1);
    expect(all).not.toContain(squash(lang === 'zh' ? 'SVG 图片' : 'SVG image'));
  });
}
