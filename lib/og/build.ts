import { getReport } from '../content/load';
import { readDrawn } from '../figures/drawn';
import { getFigures } from '../figures/load';
import { shareCards, type ShareCard } from './cards';
import { coverageProblems, loadCardFonts } from './fonts';
import { cardTree } from './layout';
import { chartPicture, renderCard } from './render';

/**
 * What lib/build/og-images.mjs needs: the cards of the current content, their fonts, and how to draw
 * one. A figure's card shows its chart as drawn by lib/build/draw-charts.mjs, which runs first.
 */
export function cardsToDraw() {
  const cards = shareCards(getReport(), getFigures());
  const fonts = loadCardFonts();
  const drawn = cards.some((card) => card.chart) ? readDrawn() : undefined;
  const drawing = (card: ShareCard) => {
    if (!card.chart || !drawn) return undefined;
    const svg = drawn.cards[card.chart.id]?.[card.lang];
    if (!svg) throw new Error(`${card.image}: no share-card drawing of the chart "${card.chart.id}" (${card.lang})\n  fix: npm run build:charts`);
    return svg;
  };
  const pictures = new Map<string, string>();
  const picture = (card: ShareCard) => {
    const svg = drawing(card);
    if (svg && !pictures.has(svg)) pictures.set(svg, chartPicture(svg, fonts));
    return svg && pictures.get(svg);
  };
  return {
    cards,
    fonts,
    problems: coverageProblems(cards, fonts),
    // What a card prints: its text and its chart's drawing.
    tree: (card: ShareCard) => ({ tree: cardTree(card), drawing: drawing(card) }),
    render: (card: ShareCard) => renderCard(card, fonts, picture(card)),
  };
}
