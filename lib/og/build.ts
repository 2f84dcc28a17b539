import { getReport } from '../content/load';
import { getFigures } from '../figures/load';
import { shareCards } from './cards';
import { coverageProblems, loadCardFonts } from './fonts';
import { cardTree } from './layout';
import { renderCard } from './render';

/** What lib/build/og-images.mjs needs: the cards of the current content, their fonts, and how to draw one. */
export function cardsToDraw() {
  const cards = shareCards(getReport(), getFigures());
  const fonts = loadCardFonts();
  return { cards, fonts, problems: coverageProblems(cards, fonts), tree: cardTree, render: (card: (typeof cards)[number]) => renderCard(card, fonts) };
}
