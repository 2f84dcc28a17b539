import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { citeDictionary } from '../../lib/cite/dictionary';
import { dictionary } from '../../lib/site/dictionaries';
import { listen, readOn, said, stutters, unnamed, withScreenReader } from './screen-reader';
import { LANGS, report, watchErrors } from './site';

/**
 * Flows as a screen reader says them (the Virtual Screen Reader, tests/e2e/screen-reader.ts), in
 * both languages: what is said when a reader lands on a section, opens a glossary term, cites a
 * point, reads a chart, searches and switches language. Keys are real key presses; the screen
 * reader follows focus and live regions as a real one does, and its "next" walks the page.
 */

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(({ page }) => withScreenReader(page));

const glossary: { terms: { id: string; zh: string; pinyin: string; en: string; explanation: Record<string, string> }[] } = JSON.parse(
  readFileSync('content/glossary.json', 'utf8'),
);
const squash = (text: string) => text.replace(/\s+/g, '');
const sectionOf = (id: string) => report.sections.find((s) => s.id === id)!;

/** A screen reader says a link or button once, by its name; the Virtual Screen Reader also walks into its text, which no reader does in browse mode. Its walk, as heard. */
function asHeard(phrases: string[]): string[] {
  const heard: string[] = [];
  let inside: string | null = null;
  for (const [i, phrase] of phrases.entries()) {
    if (inside) {
      if (phrase === `end of ${inside}`) inside = null;
      continue;
    }
    if (/^(link|button), /.test(phrase) && phrases.indexOf(`end of ${phrase}`, i) !== -1) inside = phrase;
    heard.push(phrase);
  }
  return heard;
}

/** The words of a paragraph as said: its text and the names of the links inside it (glossary terms), in order, without the role words. */
const wordsSaid = (phrases: string[]) =>
  squash(
    phrases
      .filter((p) => !/^(paragraph|end of paragraph)$/.test(p))
      .map((p) => p.replace(/^link, /, ''))
      .join(''),
  );

for (const lang of LANGS) {
  const t = dictionary(lang);
  const cite = citeDictionary(lang);
  const colon = lang === 'zh' ? '：' : ': ';

  test(`landing on a section in ${lang}: skip link, the heading, then each point in full, once, followed by its own link, its parallel link and its cite link`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const section = sectionOf('ch3-2');
    await page.goto(`/${lang}/ch3-2/`);
    await listen(page);
    await page.keyboard.press('Tab');
    expect((await said(page)).at(-1)).toBe(`link, ${t.skipToContent}`);
    await page.keyboard.press('Enter');
    expect(await said(page)).toEqual(['main']);
    // Past the breadcrumbs and the reading modes, to the heading.
    const before = await readOn(page, /^heading, /);
    expect(before.at(-2)).toBe(`region, ${section.heading![lang]}`);
    expect(before.at(-1)).toBe(`heading, ${section.heading![lang]}, level 1`);
    for (const point of section.points) {
      const label = point.label[lang];
      const heard = asHeard(await readOn(page, 'end of paragraph'));
      expect(heard[0]).toBe('paragraph');
      expect(heard.slice(-4)).toEqual([
        `link, ${t.permalink} ${label}`,
        `link, ${t.parallel.pointLink.replace('{label}', label)}`,
        `link, ${cite.citePoint}${colon}${label}`,
        'end of paragraph',
      ]);
      // The report's words, each once, in order: nothing of the interface inside them.
      expect(wordsSaid(heard.slice(0, -4))).toBe(squash(point[lang]));
    }
    expect(errors).toEqual([]);
  });

  test(`the whole of a section page in ${lang}, start to end, has no stutter and no control without a name`, async ({ page }) => {
    for (const path of [`/${lang}/ch2/`, `/${lang}/ch1-6/`]) {
      await page.goto(path);
      await listen(page);
      const walk = await readOn(page, 'end of document', 3000);
      expect(walk.at(-1)).toBe('end of document');
      expect(stutters(asHeard(walk)), path).toEqual([]);
      expect(unnamed(walk), path).toEqual([]);
      // The QR code is said once, by what it opens, after what it is for.
      const qr = walk.findIndex((phrase) => phrase.startsWith(`image, ${t.qr.name}`));
      expect(walk[qr]).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
      expect(walk.slice(qr - 2, qr)).toEqual([t.qr.caption, 'end of paragraph']);
      expect(walk.filter((phrase) => phrase.endsWith(path) && !phrase.startsWith('image, '))).toEqual([]);
    }
  });

  test(`a glossary term in ${lang}: its name in the sentence; opened, its explanation; closed, back on the term`, async ({ page }) => {
    await page.goto(`/${lang}/ch2/`);
    const link = page.locator('#ch2-intro a.term').first();
    const hash = new URL((await link.getAttribute('href'))!, 'http://x').hash;
    const term = glossary.terms.find((entry) => hash === `#${entry.id}`)!;
    await listen(page);
    await link.focus();
    const name = (await link.innerText()).trim();
    expect((await said(page)).at(-1)).toBe(`link, ${name}`);
    await page.keyboard.press('Enter');
    expect(await said(page)).toEqual([`dialog, ${term.zh} ${term.pinyin}, ${term.explanation[lang]}`, `link, ${t.glossary.more}`]);
    await page.keyboard.press('Escape');
    expect(await said(page)).toEqual([`link, ${name}`]);
  });

  test(`the cite dialog in ${lang}: opened, every format by name, copied and said so, closed back on the link`, async ({ page }) => {
    await page.goto(`/${lang}/ch2/`);
    const label = sectionOf('ch2').points.find((p) => p.id === 'ch2-p1')!.label[lang];
    await listen(page);
    await page.locator('#ch2-p1 a.cite-link').focus();
    const link = `link, ${cite.citePoint}${colon}${label}`;
    expect((await said(page)).at(-1)).toBe(link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await said(page)).toEqual([`dialog, ${cite.citeTitle.replace('{what}', label)}`, `button, ${cite.close}`]);
    // The formats: each a heading, then its copy button named by it.
    const walk = await readOn(page, /^end of dialog/);
    const styles = Object.values(cite.styles);
    expect(walk.filter((p) => /^heading, .*, level 4$/.test(p)).slice(0, styles.length)).toEqual(styles.map((name) => `heading, ${name}, level 4`));
    expect(walk.filter((p) => p.startsWith(`button, ${cite.copy}`)).slice(0, styles.length)).toEqual(styles.map((name) => `button, ${cite.copy}, ${name}`));
    expect(unnamed(walk)).toEqual([]);
    // Copy the first format by keyboard: the copy is said, politely.
    await page.getByRole('dialog').getByRole('button', { name: cite.copy }).first().focus();
    expect(await said(page)).toEqual([`button, ${cite.copy}, ${styles[0]}`]);
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toEqual([`polite: ${cite.copied.replace('{style}', styles[0])}`]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/${lang}/ch2/#ch2-p1`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await said(page)).toEqual([link]);
  });

  test(`a chart in ${lang}: its name and summary once each, its values as marks, its table`, async ({ page }) => {
    await page.goto(`/${lang}/ch1-6/`);
    const figure = page.locator('#chart-litigation-rates');
    await figure.locator('summary').click();
    const caption = (await figure.locator('figcaption').innerText()).trim();
    const summary = (await figure.locator('figcaption + p').innerText()).trim();
    const marks = await figure.locator('svg.chart-drawing:visible .mark title').allTextContents();
    await listen(page, '#chart-litigation-rates');
    const walk = asHeard(await readOn(page, 'end of figure'));
    // Named once as the figure's caption and once as the drawing (its group), never again; the summary once.
    expect(walk.slice(0, 6)).toEqual(['caption', caption, 'end of caption', 'paragraph', summary, 'end of paragraph']);
    expect(walk.filter((p) => p.includes(caption))).toEqual([caption, `group, ${caption}`, `end of group, ${caption}`]);
    expect(walk.filter((p) => p.includes(summary))).toEqual([summary]);
    // The marks say every value, left to right, as the drawing shows them.
    expect(walk.filter((p) => p.startsWith('image, '))).toEqual(marks.map((name) => `image, ${name}`));
    expect(marks).toEqual(
      lang === 'zh'
        ? ['败诉率（2019年）≈16.44%（推算）', '败诉率（2020年）9.8%', '负责人出庭率（2019年）≈86.36%（推算）', '负责人出庭率（2020年）91.25%']
        : [
            'Loss rate (2019): ≈16.44% (derived)',
            'Loss rate (2020): 9.8%',
            'Court-appearance rate of agency heads (2019): ≈86.36% (derived)',
            'Court-appearance rate of agency heads (2020): 91.25%',
          ],
    );
    // The table: its cells, the derived ones said so (the asterisk, a mark for the eye, is not said).
    const cells = walk.filter((p) => p.startsWith('cell, '));
    expect(cells).toEqual(
      lang === 'zh'
        ? ['cell, ≈16.44% （推算）', 'cell, 9.8%', 'cell, ≈86.36% （推算）', 'cell, 91.25%']
        : ['cell, ≈16.44% (derived)', 'cell, 9.8%', 'cell, ≈86.36% (derived)', 'cell, 91.25%'],
    );
    expect(unnamed(walk)).toEqual([]);
    // By keyboard, mark by mark.
    await figure.locator('svg.chart-drawing:visible .mark').first().focus();
    expect((await said(page)).at(-1)).toBe(`image, ${marks[0]}`);
    await page.keyboard.press('Tab');
    expect(await said(page)).toEqual([`image, ${marks[1]}`]);
  });

  test(`search in ${lang}: typing, the count said once typing pauses, choosing a result lands on it`, async ({ page }) => {
    const query = lang === 'zh' ? '调解' : 'mediation';
    await page.goto(`/${lang}/ch1-1/`);
    await listen(page);
    await page.locator('header input[name="q"]').focus();
    expect((await said(page)).at(-1)).toMatch(new RegExp(`^(searchbox|combobox), ${t.search.label}`));
    await page.keyboard.insertText(query);
    const listbox = page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    // Said once, politely, with the number of results: the popup's own count of them.
    const total = await page.getByRole('option').evaluateAll((options) => {
      const all = options.find((o) => o.id.endsWith('-option-all'));
      return all ? Number(all.textContent!.replace(/[^\d]/g, '')) : options.length;
    });
    await expect
      .poll(() => said(page), { timeout: 3_000 })
      .toEqual([`polite: ${t.search.count[total === 1 ? 'one' : 'other']?.replace('{n}', String(total)) ?? ''}`]);
    // The option moved to is named by where it is and what it says.
    await page.keyboard.press('ArrowDown');
    const option = page.getByRole('option', { selected: true });
    await expect(option).toHaveAccessibleName(new RegExp(query));
    const target = await option.evaluate((element) => element.querySelector('span[lang]')?.textContent ?? '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/[a-z0-9-]+/#[a-z0-9-]+$`));
    const id = new URL(page.url()).hash.slice(1);
    const point = report.sections.flatMap((s) => s.points).find((p) => p.id === id)!;
    expect(point.label[lang]).toBe(target);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await listen(page, `[id="${id}"]`);
    expect(wordsSaid(asHeard(await readOn(page, 'end of paragraph')).slice(0, -4))).toBe(squash(point[lang]));
  });

  test(`the language switch in ${lang} keeps the place: the same point, in the other language`, async ({ page }) => {
    const other = lang === 'zh' ? 'en' : 'zh';
    await page.goto(`/${lang}/ch1-6/#ch1-6-p2`);
    await listen(page);
    await page.locator('header a[hreflang]').focus();
    expect((await said(page)).at(-1)).toBe(`link, ${t.languageSwitch}`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${other}/ch1-6/#ch1-6-p2$`));
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    await listen(page, '#ch1-6-p2');
    const point = sectionOf('ch1-6').points.find((p) => p.id === 'ch1-6-p2')!;
    expect(wordsSaid(asHeard(await readOn(page, 'end of paragraph')).slice(0, -4))).toBe(squash(point[other]));
  });
}

test('the helpers catch what they are for: a stutter, a control without a name, a link walked into', () => {
  expect(stutters(['link, Search the report', 'Search the report'])).toHaveLength(1);
  expect(stutters(['paragraph', 'Text', 'end of paragraph', 'paragraph'])).toEqual([]);
  expect(unnamed(['button', 'button, Close', 'link'])).toEqual(['button', 'link']);
  expect(asHeard(['link, Next (7) Safeguards', 'Next', '(7) Safeguards', 'end of link, Next (7) Safeguards', 'end of navigation'])).toEqual([
    'link, Next (7) Safeguards',
    'end of navigation',
  ]);
});
