import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './cards';
import type { CardFont } from './fonts';
import { cardTree } from './layout';

/** Draws one card: satori lays out the tree as SVG with the bundled fonts, resvg rasterises it to PNG. */
export async function renderCard(card: ShareCard, fonts: CardFont[]): Promise<Buffer> {
  // satori caches the parsed fonts per array, so callers pass the same array for every card.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
