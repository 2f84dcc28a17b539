import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './cards';
import type { CardFont } from './fonts';
import { CARD_CHART, cardTree } from './layout';

/** Draws one card: satori lays out the tree as SVG with the bundled fonts, resvg rasterises it to PNG. */
export async function renderCard(card: ShareCard, fonts: CardFont[], picture?: string): Promise<Buffer> {
  if (card.chart && !picture) throw new Error(`${card.image}: the card shows the chart "${card.chart.id}", but no picture of it was given`);
  // satori caches the parsed fonts per array, so callers pass the same array for every card.
  const svg = await satori(cardTree(card, picture) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * A chart's share-card drawing (an SVG document, drawn before the cards by lib/build/draw-charts.mjs)
 * as a PNG data URL for satori: resvg sets its text in the same bundled fonts, at twice the size it is shown.
 */
export function chartPicture(svg: string, fonts: CardFont[]): string {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_CHART.width * 2 },
    font: { fontFiles: fonts.map((font) => font.file), loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' },
  })
    .render()
    .asPng();
  return `data:image/png;base64,${png.toString('base64')}`;
}
