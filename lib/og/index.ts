import { getReport } from '../content/load';
import { getFigures } from '../figures/load';
import { shareCards, type ShareCard } from './cards';

let cached: ShareCard[] | undefined;

/** The site's share cards, computed once per build (the same list lib/build/og-images.mjs draws). */
export function getShareCards(): ShareCard[] {
  cached ??= shareCards(getReport(), getFigures());
  return cached;
}
