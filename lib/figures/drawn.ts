import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import type { Lang } from '../content/types';
import type { ChartData } from './charts';

/** Where lib/build/draw-charts.mjs leaves the page drawings for `next build` to read. */
export const DRAWN_FILE = 'node_modules/.cache/charts/drawn.json';

/** A chart's page drawings in one language, with the hash of the data they were drawn from. */
export interface DrawnChart {
  dataHash: string;
  narrow: Element;
  wide: Element;
}

export type DrawnCharts = Record<string, Partial<Record<Lang, DrawnChart>>>;

/** The file: the page drawings, and the share-card picture of each chart (an SVG document) for lib/build/og-images.mjs. */
export interface DrawnFile {
  pages: DrawnCharts;
  cards: Record<string, Partial<Record<Lang, string>>>;
}

/** What a drawing shows: a drawing whose data hash differs from the chart's was drawn from other figures. */
export const chartDataHash = (chart: ChartData) => createHash('sha256').update(JSON.stringify(chart)).digest('hex').slice(0, 16);

let cache: { mtime: number; file: DrawnFile } | undefined;

/** The drawn charts, read again whenever the file changes (npm run dev redraws while the server runs). */
export function readDrawn(root = process.cwd()): DrawnFile {
  const file = join(root, DRAWN_FILE);
  if (!existsSync(file)) throw new Error(`${DRAWN_FILE}: not found: the charts have not been drawn\n  ${FIX}`);
  const mtime = statSync(file).mtimeMs;
  if (cache?.mtime !== mtime) cache = { mtime, file: JSON.parse(readFileSync(file, 'utf8')) as DrawnFile };
  return cache.file;
}

const FIX = 'fix: draw the charts first: npm run build:charts (npm run build and npm run dev do it)';

/**
 * A chart's drawings, as drawn before this build. Stops the build, with the fix, when they are
 * missing or were drawn from other figures than the page now shows.
 */
export function drawnChart(chart: ChartData, lang: Lang, root = process.cwd()): DrawnChart {
  const drawn = readDrawn(root).pages[chart.id]?.[lang];
  if (!drawn) throw new Error(`${DRAWN_FILE}: chart "${chart.id}" (${lang}) was not drawn\n  ${FIX}`);
  if (drawn.dataHash !== chartDataHash(chart))
    throw new Error(`${DRAWN_FILE}: chart "${chart.id}" (${lang}) was drawn from other figures than content/ now holds\n  ${FIX}`);
  return drawn;
}
