import { expect, test } from './fixtures';
import jsQR from 'jsqr';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { citeDictionary } from '../../lib/cite/dictionary';
import { dictionary } from '../../lib/site/dictionaries';
import { allPoints, LANGS, report } from './site';

/** A4 in PDF points, and the page margins of app/globals.css (@page: 18mm top, 20mm bottom), where the running heads and feet print. */
const SHEET = { height: 841.89, top: (18 / 25.4) * 72, bottom: (20 / 25.4) * 72 };

const openPdf = (data: Buffer) => getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;

/** The text of each page of a PDF, as pdf.js extracts it. */
async function pdfPages(data: Buffer): Promise<string[]> {
  const pdf = await openPdf(data);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages;
}

/**
 * How full each sheet is: from the top of the text area down to the lowest line of text printed in
 * it (the running head and foot, in the margins, do not count), as a share of the text area.
 */
async function sheetFill(pdf: PDFDocumentProxy): Promise<number[]> {
  const fills: number[] = [];
  const [areaTop, areaBottom] = [SHEET.height - SHEET.top, SHEET.bottom];
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = (await (await pdf.getPage(n)).getTextContent()).items.filter(
      (item) => 'str' in item && item.str.trim() && item.transform[5] > areaBottom + 1 && item.transform[5] < areaTop,
    );
    const lowest = Math.min(...items.map((item) => ('transform' in item ? item.transform[5] - (item.height ?? 0) : areaTop)));
    fills.push(items.length ? (areaTop - lowest) / (areaTop - areaBottom) : 0);
  }
  return fills;
}

/** Reads the QR code printed on a sheet, as a phone would from the paper: the sheet drawn at 144 dpi, then decoded. */
async function qrOnSheet(pdf: PDFDocumentProxy, n: number): Promise<string | null> {
  const sheet = await pdf.getPage(n);
  const viewport = sheet.getViewport({ scale: 2 });
  const { canvas, context } = (
    pdf as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } } }
  ).canvasFactory.create(viewport.width, viewport.height);
  await sheet.render({ canvasContext: context, canvas: canvas as HTMLCanvasElement, viewport }).promise;
  const image = context.getImageData(0, 0, Math.floor(viewport.width), Math.floor(viewport.height));
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

/** Interface text, which must never print: the words of buttons and links that only work on screen. */
const INTERFACE = Object.fromEntries(
  LANGS.map((lang) => {
    const t = dictionary(lang);
    return [
      lang,
      [
        t.skipToContent,
        t.reading.settings,
        t.previous,
        t.next,
        t.breadcrumbs,
        t.plans.seeMapping,
        t.languageSwitch,
        t.search.label,
        t.listen.start,
        t.listen.pause,
        t.listen.speed,
        citeDictionary(lang).cite,
        t.figures.downloadCsv,
        t.figures.downloadSvg,
        t.figures.downloadPng,
        t.parallel.parallel,
        '中/En',
      ],
    ];
  }),
) as Record<(typeof LANGS)[number], string[]>;
const sectionPages = (lang: (typeof LANGS)[number]) => [...new Set(report.sections.map((s) => s.url[lang].split('#')[0]))];

/**
 * Compare text regardless of line breaks and spacing, which the PDF's layout decides. A CJK font's
 * em dash comes back from the PDF as a horizontal bar (U+2015): both read as —.
 */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\u2015/g, '—');

/**
 * Does the PDF's text hold this text? The PDF's font maps some ideographs to radicals: 人 comes back
 * as ⼈ (which NFKC undoes) and 民 as ⺠ (which it does not), so a character of the CJK Radicals
 * Supplement in the PDF stands for any one ideograph.
 */
const holds = (pdfText: string, text: string) =>
  new RegExp(
    squash(text)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\p{Script=Han}/gu, (c) => `[${c}\u2E80-\u2EFF]`),
    'u',
  ).test(pdfText);

for (const lang of LANGS) {
  test(`the full report in ${lang} prints to PDF: every point's text, numbered links, no interface, each sheet with title, date, URL and page number`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/${lang}/full/`);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    // Each sheet's margins carry the title, the date and the URL (set by the page script) and the page number.
    const margins = await page.evaluate(() =>
      ['title', 'date', 'url'].map((key) => JSON.parse(getComputedStyle(document.documentElement).getPropertyValue(`--print-${key}`)) as string),
    );
    for (const margin of margins) pages.forEach((text) => expect(squash(text)).toContain(squash(margin)));
    pages.forEach((text, index) => expect(squash(text)).toContain(`${index + 1}/${pages.length}`));
    const body = pages.map((text, index) =>
      margins.reduce((rest, margin) => rest.replace(squash(margin), ''), squash(text)).replace(`${index + 1}/${pages.length}`, ''),
    );
    // Measured: 8 sheets in Chinese, 14 in English (A4); a broken stylesheet (chrome printed, or text lost) moves it far.
    expect(pages.length).toBeGreaterThanOrEqual(lang === 'zh' ? 6 : 8);
    expect(pages.length).toBeLessThanOrEqual(lang === 'zh' ? 11 : 15);
    const all = body.join('');
    const missing = allPoints.filter((point) => !holds(all, point[lang]));
    expect(missing.map((p) => p.id)).toEqual([]);
    for (const point of allPoints) expect(all).toContain(squash(point.url[lang]));
    for (const chrome of INTERFACE[lang]) expect(all, chrome).not.toContain(squash(chrome));
  });
}

for (const [lang, path] of [
  ['zh', '/zh/ch1-6/'],
  ['en', '/en/ch2/'],
] as const) {
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

test('the interface words the print tests look for are not words of the report (or the tests could not fail)', () => {
  for (const lang of LANGS) {
    const text = squash(report.sections.flatMap((s) => [s.heading?.[lang] ?? '', ...s.points.map((p) => p[lang])]).join(''));
    for (const chrome of INTERFACE[lang]) expect(text, chrome).not.toContain(squash(chrome));
  }
});

for (const lang of LANGS) {
  for (const path of sectionPages(lang)) {
    test(`${path} prints without interface, with no sheet less than a fifth full but the last, which carries the page's QR code`, async ({ page }) => {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const data = await page.pdf({ format: 'A4' });
      const pdf = await openPdf(data);
      const sheets = await pdfPages(data);
      for (const [n, text] of sheets.entries()) {
        for (const chrome of INTERFACE[lang]) expect(squash(text), `sheet ${n + 1}: "${chrome}"`).not.toContain(squash(chrome));
      }
      const fills = await sheetFill(pdf);
      const nearEmpty = fills.slice(0, -1).flatMap((fill, n) => (fill < 0.2 ? [`sheet ${n + 1} of ${fills.length} is ${Math.round(fill * 100)}% full`] : []));
      expect(nearEmpty).toEqual([]);
      // The last sheet ends with "open on your phone", the URL, and a QR code that opens it.
      const last = squash(sheets.at(-1)!);
      expect(last).toContain(squash(dictionary(lang).qr.caption));
      expect(last).toContain(squash(canonical!));
      expect(await qrOnSheet(pdf, pdf.numPages)).toBe(canonical);
      if (pdf.numPages > 1) expect(await qrOnSheet(pdf, 1)).toBeNull();
    });
  }
}
