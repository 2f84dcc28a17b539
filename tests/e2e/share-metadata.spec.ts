import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SITE_ORIGIN } from '../../lib/site/config';
import { report, watchErrors } from './site';

/** Link previews and machine-readable metadata, read from the built HTML in out/ (no browser needed). */

const metrics: { metrics: { id: string; kind: string; label: { zh: string; en: string }; source: { quote: string; quote_en: string } }[] } = JSON.parse(
  readFileSync('out/data/metrics.json', 'utf8'),
);
const figure = metrics.metrics.find((m) => m.kind === 'stated' && m.id === 'loss-rate')!;

function elements(node: Root | Element, name: string, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === name) found.push(child);
    elements(child, name, found);
  }
  return found;
}

function page(path: string) {
  const file = join('out', path, 'index.html');
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const meta = new Map<string, string[]>();
  for (const el of elements(tree, 'meta')) {
    const key = String(el.properties.property ?? el.properties.name ?? el.properties.httpEquiv ?? '');
    if (key) meta.set(key, [...(meta.get(key) ?? []), String(el.properties.content ?? '')]);
  }
  const one = (key: string) => {
    const values = meta.get(key);
    expect(values, `${file}: <meta> "${key}" is missing`).toBeDefined();
    expect(values, `${file}: <meta> "${key}" appears more than once`).toHaveLength(1);
    return values![0];
  };
  const jsonLd = elements(tree, 'script')
    .filter((el) => el.properties.type === 'application/ld+json')
    .map((el) => JSON.parse(el.children.map((c) => (c.type === 'text' ? c.value : '')).join('')));
  const canonical = elements(tree, 'link').find((el) => String(el.properties.rel) === 'canonical')?.properties.href;
  return { file, meta, one, jsonLd, canonical: String(canonical) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectAbsolute(url: string, what: string) {
  expect(url.startsWith(`${SITE_ORIGIN}/`), `${what} "${url}" is not an absolute URL on ${SITE_ORIGIN}`).toBe(true);
}

/** A card's absolute URL, with the version that changes when the card does. */
const cardUrl = (path: string) => new RegExp(`^${SITE_ORIGIN.replace(/[.]/g, '\\.')}${path}\\?v=[0-9a-f]{10}$`);

/** The image an absolute URL of this site names, as a file of the export. */
const imageFile = (url: string) => join('out', decodeURIComponent(new URL(url).pathname));

function expectPreview(path: string, lang: 'zh' | 'en', title: string | RegExp) {
  const p = page(path);
  if (typeof title === 'string') expect(p.one('og:title')).toBe(title);
  else expect(p.one('og:title')).toMatch(title);
  expect(p.one('og:description').length).toBeGreaterThan(20);
  expect(p.one('og:url')).toBe(`${SITE_ORIGIN}${path}`);
  expect(p.canonical).toBe(`${SITE_ORIGIN}${path}`);
  expect(p.one('og:site_name')).not.toBe('');
  expect(p.one('og:locale')).toBe(lang === 'zh' ? 'zh_CN' : 'en_US');
  expect(p.one('og:locale:alternate')).toBe(lang === 'zh' ? 'en_US' : 'zh_CN');
  expect(['article', 'website']).toContain(p.one('og:type'));
  const image = p.one('og:image');
  expectAbsolute(image, 'og:image');
  expect(existsSync(imageFile(image)), `${p.file}: og:image ${image} is not in out/`).toBe(true);
  expect(pngSize(imageFile(image))).toEqual({ width: Number(p.one('og:image:width')), height: Number(p.one('og:image:height')) });
  expect(pngSize(imageFile(image))).toEqual({ width: 1200, height: 630 });
  expect(p.one('og:image:alt').length).toBeGreaterThan(10);
  expect(p.one('og:image:type')).toBe('image/png');
  expect(p.one('twitter:card')).toBe('summary_large_image');
  expect(p.one('twitter:title')).toBe(p.one('og:title'));
  expect(p.one('twitter:image')).toBe(image);
  expect(p.one('twitter:image:alt')).toBe(p.one('og:image:alt'));
  return p;
}

function expectCitation(p: ReturnType<typeof page>, path: string, lang: 'zh' | 'en') {
  expect(p.one('citation_title')).toBe(report.title[lang]);
  expect(p.one('citation_author')).toBe(report.issuer[lang]);
  expect(p.one('citation_publisher')).toBe(report.issuer[lang]);
  expect(p.one('citation_publication_date')).toBe('2021/04/26');
  expect(p.one('citation_language')).toBe(lang);
  expect(p.one('citation_public_url')).toBe(`${SITE_ORIGIN}${path}`);
  expect(p.one('citation_abstract_html_url')).toBe(`${SITE_ORIGIN}/${lang}/`);
  // There is no PDF of the report, so no tag may claim one.
  expect(p.meta.has('citation_pdf_url')).toBe(false);
}

function expectReportJsonLd(p: ReturnType<typeof page>, lang: 'zh' | 'en') {
  expect(p.jsonLd).toHaveLength(1);
  const [data] = p.jsonLd;
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('Report');
  expect(data.name).toBe(report.title[lang]);
  expect(data.inLanguage).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
  expect(data.datePublished).toBe('2021-04-26');
  expect(data.url).toBe(`${SITE_ORIGIN}/${lang}/`);
  expect(data.publisher).toMatchObject({ '@type': 'GovernmentOrganization', name: report.issuer[lang] });
  expect(data.author).toMatchObject({ '@type': 'GovernmentOrganization', name: report.issuer[lang] });
  // Every section of the report is a part, chapters at the top and sub-sections inside them, with absolute URLs.
  const parts: { '@id': string; url: string; hasPart?: unknown[] }[] = [];
  const walk = (list: typeof parts) => list.forEach((part) => (parts.push(part), walk((part.hasPart ?? []) as typeof parts)));
  walk(data.hasPart);
  expect(parts.map((part) => part['@id'].split('#')[1])).toEqual(report.sections.map((s) => s.id));
  for (const [i, part] of parts.entries()) expect(part.url).toBe(`${SITE_ORIGIN}${report.sections[i].url[lang]}`);
  if (lang === 'en')
    expect(data.translationOfWork).toMatchObject({ '@type': 'Report', name: report.title.zh, inLanguage: 'zh-Hans', '@id': `${SITE_ORIGIN}/zh/#report` });
  else expect(data.workTranslation).toMatchObject({ '@type': 'Report', name: report.title.en, inLanguage: 'en', '@id': `${SITE_ORIGIN}/en/#report` });
}

test('the home pages: preview with the home card, report JSON-LD, citation tags', () => {
  for (const lang of ['zh', 'en'] as const) {
    const p = expectPreview(`/${lang}/`, lang, report.title[lang]);
    expect(p.one('og:image')).toMatch(cardUrl(`/og/${lang}/home.png`));
    expectReportJsonLd(p, lang);
    expectCitation(p, `/${lang}/`, lang);
  }
});

test('the language picker at / previews with the Chinese home card', () => {
  const p = expectPreview('/', 'zh', /杭州市2020年法治政府建设情况报告 · Hangzhou/);
  expect(p.one('og:image')).toMatch(cardUrl(`/og/zh/home.png`));
});

test('a Chinese and an English section page: their own card, report JSON-LD, citation tags', () => {
  for (const [lang, id] of [
    ['zh', 'ch1-6'],
    ['en', 'ch3-1'],
  ] as const) {
    const section = report.sections.find((s) => s.id === id)!;
    const path = `/${lang}/${id}/`;
    const p = expectPreview(path, lang, section.heading![lang]);
    expect(p.one('og:image')).toMatch(cardUrl(`/og/${lang}/${id}.png`));
    expect(p.one('og:type')).toBe('article');
    expect(p.one('article:published_time')).toBe('2021-04-26');
    expectReportJsonLd(p, lang);
    expectCitation(p, path, lang);
  }
});

test("a figure's own page: the figure's card, a Quotation from the report, citation tags", () => {
  for (const lang of ['zh', 'en'] as const) {
    const path = `/${lang}/figures/${figure.id}/`;
    // The title is the figure's label, then its value.
    const p = expectPreview(path, lang, new RegExp(`^${figure.label[lang].replace(/[()（）]/g, '\\$&')}: .*\\d`));
    expect(p.one('og:image')).toMatch(cardUrl(`/og/${lang}/figures/${figure.id}.png`));
    expect(p.jsonLd).toHaveLength(1);
    const [data] = p.jsonLd;
    expect(data['@type']).toBe('Quotation');
    expect(data.text).toBe(lang === 'zh' ? figure.source.quote : figure.source.quote_en);
    expect(data.url).toBe(`${SITE_ORIGIN}${path}`);
    expect(data.isPartOf).toMatchObject({ '@type': 'Report', name: report.title[lang], datePublished: '2021-04-26' });
    expect(data.about).toMatchObject({ '@type': 'PropertyValue', name: figure.label[lang] });
    expectCitation(p, path, lang);
  }
});

test('every page of both languages names its own URL and an existing 1200×630 card', () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? pages(join(dir, name)) : name === 'index.html' ? [dir] : []));
  const all = [...pages('out/zh'), ...pages('out/en')].map((dir) => `/${dir.slice('out/'.length)}/`);
  expect(all.length).toBeGreaterThan(100);
  const stated = metrics.metrics.filter((m) => m.kind === 'stated');
  for (const lang of ['zh', 'en']) for (const m of stated) expect(all, `no page for the figure ${m.id}`).toContain(`/${lang}/figures/${m.id}/`);
  let redirects = 0;
  for (const path of all) {
    const p = page(path);
    // A page left behind by a renamed id (content/aliases.json) is no page to share: it names where it went.
    const refresh = p.meta.get('refresh');
    if (refresh) {
      const target = /^0; url=(\/.+\/)$/.exec(refresh[0])?.[1];
      expect(target, `${p.file}: refresh ${refresh[0]}`).toBeDefined();
      expect(existsSync(join('out', target!, 'index.html')), `${p.file}: ${target} is no page`).toBe(true);
      redirects++;
      continue;
    }
    expect(p.one('og:url')).toBe(`${SITE_ORIGIN}${path}`);
    const image = p.one('og:image');
    expectAbsolute(image, `${p.file}: og:image`);
    expect(pngSize(imageFile(image)), `${p.file}: ${image}`).toEqual({ width: 1200, height: 630 });
  }
  expect(redirects, 'the end-to-end build adds redirect pages (tests/fixtures/aliases.e2e.json)').toBeGreaterThan(0);
});

for (const lang of ['zh', 'en'] as const) {
  test(`a figure's page in ${lang} shows the value, marks the quoted words, links to them and passes axe`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(`/${lang}/figures/${figure.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(figure.label[lang]);
    await expect(page.locator('blockquote mark').first()).toHaveText(lang === 'zh' ? figure.source.quote : figure.source.quote_en);
    if (lang === 'en') await expect(page.locator('blockquote [lang="zh-Hans"] mark')).toHaveText(figure.source.quote);
    const card = page.locator('figure img');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('blockquote + p a').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/ch1-6/#fig-${figure.id}$`));
    expect(errors).toEqual([]);
  });
}
