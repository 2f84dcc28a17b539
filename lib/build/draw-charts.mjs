#!/usr/bin/env node
/**
 * Draws every bar chart with Recharts, before `next build` (components/figures/drawing): the page
 * drawings go to node_modules/.cache/charts/drawn.json, which the figure component reads; the
 * downloads, an SVG and a PNG per chart and language with the title, legend, source, permalink and
 * version, go to public/data/charts/ (git-ignored), which `next build` copies to out/data/charts/.
 * Stops the build, naming the file, the characters and the fix, if a picture would print a
 * character the bundled fonts (lib/og/fonts, as for the share cards) lack.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { importTs } from './import-ts.mjs';

const OUT = 'public/data/charts';
const started = performance.now();

const [{ drawAllCharts }, { DRAWN_FILE }, { fontCodePoints }, { loadCardFonts }, { chartFileUrl }] = await Promise.all(
  ['components/figures/drawing/index.ts', 'lib/figures/drawn.ts', 'lib/og/cmap.ts', 'lib/og/fonts.ts', 'lib/site/urls.ts'].map(importTs),
);
let result;
try {
  result = await drawAllCharts();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const { drawn, files } = result;
const drawnAt = performance.now();

// The PNGs are drawn with the share cards' fonts: every character must be in them.
const fonts = loadCardFonts();
const cjk = fonts.filter((font) => font.name === 'Noto Sans SC').map((font) => ({ file: font.file, has: fontCodePoints(font.data) }));
const printed = (svg) =>
  [
    ...new Set(
      svg
        .replace(/<title>.*?<\/title>|<desc>.*?<\/desc>/gs, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&[a-z]+;/g, ''),
    ),
  ].filter((c) => !/\s/.test(c));
const problems = files.flatMap(({ chart, lang, svg }) => {
  const missing = printed(svg).filter((c) => cjk.some((font) => !font.has.has(c.codePointAt(0))));
  return missing.length
    ? [
        `${chartFileUrl(lang, chart.id, 'png')}: needs ${missing.map((c) => `"${c}"`).join(', ')}, missing from lib/og/fonts/\n  fix: on a machine with Debian's fonts-noto-cjk, run "npm run og:fonts" and commit lib/og/fonts/`,
      ]
    : [];
});
if (problems.length) {
  console.error(`Charts: ${problems.length} picture(s) would print characters the fonts have no glyph for:\n\n${problems.join('\n')}`);
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const fontFiles = fonts.map((font) => font.file);
let bytes = 0;
for (const { chart, lang, svg } of files) {
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' } })
    .render()
    .asPng();
  writeFileSync(join('public', chartFileUrl(lang, chart.id, 'svg')), svg);
  writeFileSync(join('public', chartFileUrl(lang, chart.id, 'png')), png);
  bytes += svg.length + png.length;
}
mkdirSync(dirname(DRAWN_FILE), { recursive: true });
writeFileSync(DRAWN_FILE, JSON.stringify(drawn));

const charts = Object.keys(drawn.pages).length;
console.log(
  `Charts: ${charts} drawn in zh and en (page drawings → ${DRAWN_FILE}; ${readdirSync(OUT).length} downloads → ${OUT}/, ${(bytes / 1024).toFixed(0)} KB), ` +
    `${((drawnAt - started) / 1000).toFixed(1)} s to draw, ${((performance.now() - drawnAt) / 1000).toFixed(1)} s to write`,
);
