import { createHash } from 'node:crypto';
import { getReport } from '../content/load';
import { getFigures } from '../figures/load';
import { shareCards, type ShareCard } from './cards';
import { loadCardFonts } from './fonts';
import { cardTree } from './layout';
import { once } from '../content/cache';

let fontHash: string | undefined;

/** The site's share cards, computed once per build (the same list lib/build/og-images.mjs draws). */
export const getShareCards = once((): ShareCard[] => shareCards(getReport(), getFigures()));

/**
 * A card's image URL with a version: what it prints and the fonts it is drawn with. Link previews
 * are cached by URL for days, so a corrected card must get a new one.
 */
export function versionedImage(card: ShareCard): string {
  fontHash ??= loadCardFonts()
    .reduce((hash, font) => hash.update(new Uint8Array(font.data.buffer, font.data.byteOffset, font.data.byteLength)), createHash('sha256'))
    .digest('hex');
  const version = createHash('sha256')
    .update(fontHash)
    .update(JSON.stringify(cardTree(card)))
    .update(JSON.stringify(card.chart))
    .digest('hex')
    .slice(0, 10);
  return `${card.image}?v=${version}`;
}
