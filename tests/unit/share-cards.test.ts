import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { quoteInContext } from '@/lib/figures/share';
import { cardForPage, shareCards, type ShareCard } from '@/lib/og/cards';
import { fontCodePoints } from '@/lib/og/cmap';
import { versionedImage } from '@/lib/og';
import { coverageProblems, FONT_FILES, loadCardFonts } from '@/lib/og/fonts';
import { type CardNode, cardTree, lineCount, treeText } from '@/lib/og/layout';
import { chartPicture, renderCard } from '@/lib/og/render';
import { shareText } from '@/lib/og/text';
import { citationTags } from '@/lib/site/metadata';
import { figureJsonLd, jsonLdScript, reportJsonLd } from '@/lib/site/structured-data';
import type { StatedMetric } from '@/lib/figures/types';

const report = getReport();
const figures = getFigures();
const cards = shareCards(report, figures);
const stated = figures.metrics.filter((m): m is StatedMetric => m.kind === 'stated');

describe('share cards', () => {
  it('has one card per language for the home page, every section page, the full text and every stated figure', () => {
    expect(cards).toHaveLength(2 * (1 + report.pages.length + 1 + stated.length));
    expect(new Set(cards.map((card) => card.image)).size).toBe(cards.length);
    const pages = cards.flatMap((card) => card.pages);
    expect(new Set(pages).size).toBe(pages.length);
    expect(cards.find((card) => card.image === '/og/en/figures/loss-rate-change.png')).toMatchObject({
      kind: 'figure',
      pages: ['/en/figures/loss-rate-change/'],
      label: 'I(6), point 2',
      figure: { value: '−6.64 percentage points', quote: 'down 6.64 percentage points', original: '同比下降6.64个百分点' },
      notice: 'Unofficial translation; the Chinese text is authoritative',
    });
    expect(cards.find((card) => card.image === '/og/zh/opening.png')).toMatchObject({ label: '开篇', heading: report.meta.title.zh, issuer: '杭州市人民政府' });
    expect(cards.find((card) => card.image === '/og/en/full.png')).toMatchObject({ label: 'Full text', heading: report.meta.title.en });
    expect(cards.find((card) => card.image === '/og/zh/ch3-1.png')).toMatchObject({
      label: '三、下一步工作安排',
      heading: '（一）以履行第一责任人职责为牵引，统筹推进法治建设',
      notice: '',
    });
  });

  it('names the source: issuer, date and meeting', () => {
    expect(cards.find((card) => card.image === '/og/zh/home.png')!.source).toBe(
      '杭州市人民政府·2021年4月26日·杭州市第十三届人民代表大会常务委员会第三十五次会议',
    );
    expect(cards.find((card) => card.image === '/og/en/home.png')!.source).toBe(
      'Hangzhou Municipal People’s Government · April 26, 2021 · 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress',
    );
  });

  it('gives a page its own card, the parallel view its section’s, and any other page the home card', () => {
    expect(cardForPage(cards, 'zh', '/zh/parallel/ch1-6/').image).toBe('/og/zh/ch1-6.png');
    expect(cardForPage(cards, 'en', '/en/parallel/full/').image).toBe('/og/en/full.png');
    expect(cardForPage(cards, 'en', '/en/glossary/').image).toBe('/og/en/home.png');
  });

  it('fits every text in the card: nothing runs past three lines, the value stays on one', () => {
    /** The nodes that print a text, wherever they sit in the tree. */
    const texts = (node: CardNode): CardNode[] =>
      typeof node.props.children === 'string' ? [node] : (node.props.children ?? []).flatMap((child) => (typeof child === 'string' ? [] : texts(child)));
    for (const card of cards) {
      const printed = texts(cardTree(card));
      expect(printed.length, card.image).toBeGreaterThan(2);
      for (const node of printed) {
        const lines = lineCount(
          String(node.props.children),
          Number(node.props.style.fontSize),
          Number(node.props.style.width),
          node.props.style.fontWeight === 700,
        );
        expect(lines, `${card.image}: "${node.props.children}"`).toBeLessThanOrEqual(3);
        if (card.figure && node.props.children === card.figure.value) expect(lines, `${card.image}: "${node.props.children}"`).toBe(1);
      }
    }
  });

  it('puts a figure’s bar chart beside it, and only a charted figure’s', () => {
    const charted = cards.filter((card) => card.chart).map((card) => card.image);
    expect(charted).toContain('/og/en/figures/loss-rate.png');
    // A change draws as the previous year's bar.
    expect(cards.find((card) => card.image === '/og/zh/figures/reconsideration-cases-change.png')!.chart?.id).toBe('reconsideration-cases');
    expect(charted).not.toContain('/og/en/figures/government-lawyers.png');
    expect(cards.filter((card) => card.kind !== 'figure').every((card) => card.chart === null)).toBe(true);
  });

  it('draws a 1200×630 PNG, with the chart where the figure has one', async () => {
    const png = await renderCard(
      cards.find((card) => card.image === '/og/zh/figures/government-lawyers.png')!,
      loadCardFonts(),
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const charted = cards.find((card) => card.image === '/og/zh/figures/loss-rate.png')!;
    await expect(renderCard(charted, loadCardFonts())).rejects.toThrow(
      '/og/zh/figures/loss-rate.png: the card shows the chart "litigation-rates", but no picture of it was given',
    );
    const drawing = readFileSync('tests/fixtures/charts/litigation-rates.en.narrow.svg', 'utf8').replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    const withChart = await renderCard(charted, loadCardFonts(), chartPicture(drawing, loadCardFonts()));
    expect([withChart.readUInt32BE(16), withChart.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(withChart.length).toBeGreaterThan(png.length);
  });

  it('has the same interface text keys in both languages', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((sub) => `${k}.${sub}`) : [k]));
    expect(keys(shareText('en'))).toEqual(keys(shareText('zh')));
  });
});

describe('font subsets', () => {
  it('are the Chinese face: they map the report’s characters and nothing beyond what the cards need', () => {
    const has = fontCodePoints(readFileSync(FONT_FILES.Regular));
    for (const c of '杭州市人民政府法治报告0123456789%“”，。（）') expect(has.has(c.codePointAt(0)!), c).toBe(true);
    expect(has.has('龘'.codePointAt(0)!)).toBe(false);
    expect(has.size).toBeLessThan(1000);
  });

  it('cover every character of every card', () => {
    expect(coverageProblems(cards, loadCardFonts())).toEqual([]);
  });

  it('name the card, the character and the fix when a glyph is missing', () => {
    const card: ShareCard = { ...cards.find((c) => c.image === '/og/zh/ch2.png')!, heading: '龘' };
    expect(coverageProblems([card], loadCardFonts())).toEqual([
      '/og/zh/ch2.png: needs "龘" (U+9F98), missing from lib/og/fonts/NotoSansSC-Regular.subset.otf and lib/og/fonts/NotoSansSC-Bold.subset.otf\n' +
        '  fix: on a machine with Debian\'s fonts-noto-cjk, run "npm run og:fonts" (node lib/build/subset-font.mjs) and commit lib/og/fonts/',
    ]);
    expect(treeText(cardTree(card))).toContain('龘');
  });

  it('refuse a font collection, whose faces have different cmaps', () => {
    expect(() => fontCodePoints(new TextEncoder().encode('ttcf\0\0\0\0'))).toThrow('font collection');
  });
});

describe('quoteInContext', () => {
  it('cuts the Chinese at clause ends, with …… for the rest of the point', () => {
    expect(quoteInContext('一是统筹谋划。全市收案3662件，同比下降7%；调解成功率64.9%。', '同比下降7%', 'zh')).toEqual({
      before: '……全市收案3662件，',
      quote: '同比下降7%',
      after: '……',
    });
    expect(quoteInContext('全市收案3662件。', '3662件', 'zh')).toEqual({ before: '全市收案', quote: '3662件', after: '。' });
  });

  it('cuts the English at sentence ends followed by a space, not inside numbers', () => {
    expect(
      quoteInContext('First, we planned. The loss rate was 9.8%, down 6.64 percentage points. More followed.', 'down 6.64 percentage points', 'en'),
    ).toEqual({ before: '… The loss rate was 9.8%, ', quote: 'down 6.64 percentage points', after: '.' });
  });

  it('refuses a quote that is not in the text', () => {
    expect(() => quoteInContext('全市收案3662件。', '3663件', 'zh')).toThrow('the quote "3663件" is not in the text');
  });
});

describe('machine-readable metadata', () => {
  it('versions a card’s URL by what it prints, so a corrected card is fetched anew', () => {
    const card = cards.find((c) => c.image === '/og/en/ch2.png')!;
    expect(versionedImage(card)).toMatch(/^\/og\/en\/ch2\.png\?v=[0-9a-f]{10}$/);
    expect(versionedImage({ ...card, heading: `${card.heading}.` })).not.toBe(versionedImage(card));
    expect(versionedImage({ ...card })).toBe(versionedImage(card));
  });

  it('describes the English as a translation of the Chinese report, with every section as a part', () => {
    const en = reportJsonLd(report, 'en');
    expect(en).toMatchObject({
      '@type': 'Report',
      inLanguage: 'en',
      datePublished: '2021-04-26',
      translationOfWork: { '@type': 'Report', name: report.meta.title.zh, inLanguage: 'zh-Hans' },
      publisher: { '@type': 'GovernmentOrganization', name: report.meta.issuer.en },
    });
    const ids: string[] = [];
    const walk = (parts: { '@id': string; hasPart?: [] }[]) => parts.forEach((p) => (ids.push(p['@id'].split('#')[1]), walk(p.hasPart ?? [])));
    walk(en.hasPart as []);
    expect(ids).toEqual(report.sections.map((s) => s.id));
    expect(reportJsonLd(report, 'zh')).toMatchObject({ workTranslation: { name: report.meta.title.en, inLanguage: 'en' } });
    expect(reportJsonLd(report, 'zh')).not.toHaveProperty('translationOfWork');
  });

  it('quotes a figure’s words as part of the report', () => {
    const metric = stated.find((m) => m.id === 'loss-rate')!;
    expect(figureJsonLd(report, metric, 'zh')).toMatchObject({
      '@type': 'Quotation',
      text: metric.source.quote,
      about: { '@type': 'PropertyValue', value: 9.8, unitText: 'percent' },
      isPartOf: { '@type': 'Report' },
    });
  });

  it('escapes "<" so JSON-LD text cannot close its script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });

  it('gives Highwire tags the date with slashes and absolute URLs', () => {
    expect(citationTags('zh', '/zh/ch1-6/')).toMatchObject({
      citation_title: report.meta.title.zh,
      citation_author: '杭州市人民政府',
      citation_publication_date: '2021/04/26',
      citation_language: 'zh',
      citation_public_url: expect.stringMatching(/^https?:\/\/[^/]+\/zh\/ch1-6\/$/),
    });
  });
});
