#!/usr/bin/env node
/**
 * Draws the share cards (Open Graph / Twitter images, 1200×630 PNG) into public/og/, before
 * `next build` copies public/ into out/: one per language for the home page, every section page,
 * the full text and every stated figure (lib/og/cards.ts says which). Runs as the first step of
 * `npm run build`; stops the build, naming the card, the character and the fix, if a card needs a
 * glyph the bundled font subsets lack. Unchanged cards are not redrawn (hash of what they print,
 * the fonts and the renderer versions, kept in node_modules/.cache/og-images.json).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { importTs } from './import-ts.mjs';

const OUT = 'public';
const CACHE = 'node_modules/.cache/og-images.json';
const started = performance.now();

const { cardsToDraw } = await importTs('lib/og/build.ts');
let drawing;
try {
  drawing = cardsToDraw();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const { cards, fonts, problems, tree, render } = drawing;
if (problems.length) {
  console.error(
    `Share cards: ${problems.length} card${problems.length === 1 ? '' : 's'} would print characters the font has no glyph for:\n\n${problems.join('\n')}`,
  );
  process.exit(1);
}

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const base = createHash('sha256');
for (const font of fonts) base.update(font.data);
base.update(`satori ${version('satori')} resvg ${version('@resvg/resvg-js')}`);
const baseHash = base.digest('hex');
const cache = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
const next = {};

let drawn = 0;
for (const card of cards) {
  const file = join(OUT, card.image);
  const hash = createHash('sha256')
    .update(baseHash)
    .update(JSON.stringify(tree(card)))
    .digest('hex');
  next[card.image] = hash;
  if (cache[card.image] === hash && existsSync(file)) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await render(card));
  drawn++;
}

// Cards of sections or figures that no longer exist must not linger in the export.
const wanted = new Set(cards.map((card) => join(OUT, card.image)));
const files = (dir) =>
  existsSync(dir) ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)])) : [];
for (const file of files(join(OUT, 'og'))) if (!wanted.has(file)) rmSync(file);

mkdirSync(dirname(CACHE), { recursive: true });
writeFileSync(CACHE, JSON.stringify(next, null, 1));
const bytes = [...wanted].reduce((sum, file) => sum + statSync(file).size, 0);
console.log(
  `Share cards: ${cards.length} in ${relative('.', join(OUT, 'og'))}/ (${drawn} drawn, ${cards.length - drawn} unchanged), ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
