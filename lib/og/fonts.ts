import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getReport } from '../content/load';
import { chartData, chartSource, getCharts } from '../figures/charts';
import { getFigures } from '../figures/load';
import type { Figures } from '../figures/types';
import type { Report } from '../content/types';
import { dictionary } from '../site/dictionaries';
import { LANGS } from '../site/i18n';
import { shareCards, type ShareCard } from './cards';
import { fontCodePoints } from './cmap';
import { cardTree, FONT_FAMILY, LATIN_FAMILY, treeText } from './layout';

/** The committed subsets of Noto Sans CJK SC the cards are drawn with (written by lib/build/subset-font.mjs). */
export const FONT_FILES = { Regular: 'lib/og/fonts/NotoSansSC-Regular.subset.otf', Bold: 'lib/og/fonts/NotoSansSC-Bold.subset.otf' } as const;
/** The same design's Latin with proportional quotes (from the Korean face), for English text. */
export const LATIN_FONT_FILES = { Regular: 'lib/og/fonts/NotoSansKR-Latin-Regular.subset.otf', Bold: 'lib/og/fonts/NotoSansKR-Latin-Bold.subset.otf' } as const;

export interface CardFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
  file: string;
}

/** The card fonts; the Chinese ones come first, as they are every card's fallback. */
export function loadCardFonts(root = process.cwd()): CardFont[] {
  const font = (name: string, weight: 400 | 700, file: string): CardFont => ({ name, weight, style: 'normal', data: readFileSync(join(root, file)), file });
  return [
    font(FONT_FAMILY, 400, FONT_FILES.Regular),
    font(FONT_FAMILY, 700, FONT_FILES.Bold),
    font(LATIN_FAMILY, 400, LATIN_FONT_FILES.Regular),
    font(LATIN_FAMILY, 700, LATIN_FONT_FILES.Bold),
  ];
}

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every character each card prints must be in every font file: a missing glyph would be drawn as
 * an empty box ("tofu"). Returns one message per card and font that lacks characters, with the fix.
 */
export function coverageProblems(cards: ShareCard[], fonts: Pick<CardFont, 'name' | 'data' | 'file'>[]): string[] {
  const fallbacks = fonts.filter((font) => font.name === FONT_FAMILY).map((font) => ({ file: font.file, has: fontCodePoints(font.data) }));
  return cards.flatMap((card) => {
    const characters = [...new Set(treeText(cardTree(card)))].filter((c) => !/\s/.test(c));
    const lacking = fallbacks
      .map((font) => ({ file: font.file, missing: characters.filter((c) => !font.has.has(c.codePointAt(0)!)) }))
      .filter((font) => font.missing.length);
    if (!lacking.length) return [];
    const missing = [...new Set(lacking.flatMap((font) => font.missing))];
    return [
      `${card.image}: needs ${missing.map((c) => `"${c}" (${hex(c)})`).join(', ')}, missing from ${lacking.map((font) => font.file).join(' and ')}\n` +
        '  fix: on a machine with Debian\'s fonts-noto-cjk, run "npm run og:fonts" (node lib/build/subset-font.mjs) and commit lib/og/fonts/',
    ];
  });
}

/** Every character the cards and the chart pictures of the current content print (for lib/build/subset-font.mjs). */
export function cardCharacters(): string[] {
  const report = getReport();
  const figures = getFigures();
  const cards = shareCards(report, figures);
  return [...new Set([...cards.flatMap((card) => [...treeText(cardTree(card))]), ...chartPictureText(report, figures)])];
}

/** What the chart pictures (downloads and share cards, lib/figures/chart-files.ts) print, besides digits and ASCII. */
function chartPictureText(report: Report, figures: Figures): string[] {
  return LANGS.flatMap((lang) => {
    const t = dictionary(lang).figures;
    return getCharts()
      .filter((spec) => spec.kind === 'bars')
      .flatMap((spec) => {
        const chart = chartData(spec, figures, report, lang);
        const cells = chart.rows.flatMap((row) => [row.label, ...Object.values(row.cells).map((cell) => cell.text)]);
        return [
          ...chart.title,
          ...chartSource(chart, report, lang),
          ...t.legendStated,
          ...t.legendDerived,
          ...t.fileVersion,
          ...chart.series.flatMap((s) => [...s.label]),
          ...cells.join(''),
        ];
      });
  });
}
