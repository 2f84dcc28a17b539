#!/usr/bin/env node
/**
 * Dev-only: writes the CJK font subsets the share cards are drawn with (lib/og/fonts/), from
 * Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk). Run it when a card needs a character
 * the subsets lack (the build says so), then commit lib/og/fonts/:
 *
 *   node lib/build/subset-font.mjs            # or: npm run og:fonts
 *
 * The subsets hold every character of every card (from lib/og, so they follow the content) plus
 * printable ASCII and common punctuation, so small corrections to the English need no new subset.
 * Build machines need no CJK font and no network.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { importTs } from './import-ts.mjs';

const COLLECTIONS = { Regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', Bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc' };
const FAMILY = 'Noto Sans CJK SC';
// The Korean face's curly quotes and apostrophe are proportional (the Chinese face's are full-width,
// which leaves a gap in "People’s"): English text is set in its Latin glyphs, falling back to SC.
const LATIN_FAMILY = 'Noto Sans CJK KR';
const isLatin = (c) => c.codePointAt(0) < 0x2e80;
const EXTRA = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' + '‘’“”–—−…·•×÷≈%（）《》「」、。，：；！？';

const tag = (bytes, offset) => String.fromCharCode(...bytes.subarray(offset, offset + 4));

/** The names of a face (nameID → string), from its Windows Unicode name records. */
function faceNames(bytes, tables) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const name = tables.find((t) => t.tag === 'name');
  const names = new Map();
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + i * 12;
    const [platform, , language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => view.getUint16(r + o));
    if (platform !== 3 || language !== 0x409) continue;
    let text = '';
    for (let j = 0; j < length; j += 2) text += String.fromCharCode(view.getUint16(strings + offset + j));
    names.set(id, text);
  }
  return names;
}

/** One face of a collection as a standalone OpenType font: its table directory and tables, copied. */
function extractFace(collection, wanted, file) {
  const view = new DataView(collection.buffer, collection.byteOffset);
  if (tag(collection, 0) !== 'ttcf') throw new Error(`${file} is not a font collection`);
  const faces = [];
  for (let i = 0; i < view.getUint32(8); i++) {
    const start = view.getUint32(12 + i * 4);
    const tables = [];
    for (let t = 0; t < view.getUint16(start + 4); t++) {
      const r = start + 12 + t * 16;
      tables.push({ tag: tag(collection, r), checksum: view.getUint32(r + 4), offset: view.getUint32(r + 8), length: view.getUint32(r + 12) });
    }
    const names = faceNames(collection, tables);
    faces.push({ index: i, start, tables, family: names.get(16) ?? names.get(1), subfamily: names.get(17) ?? names.get(2), copyright: names.get(0) });
  }
  const face = faces.find((f) => f.family === wanted);
  if (!face) throw new Error(`${file} has no face "${wanted}"; its faces are: ${faces.map((f) => f.family).join(', ')}`);

  const header = 12 + face.tables.length * 16;
  const size = face.tables.reduce((sum, t) => sum + Math.ceil(t.length / 4) * 4, header);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(collection.subarray(face.start, face.start + 12));
  let offset = header;
  face.tables.forEach((t, i) => {
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[r + k] = t.tag.charCodeAt(k);
    outView.setUint32(r + 4, t.checksum);
    outView.setUint32(r + 8, offset);
    outView.setUint32(r + 12, t.length);
    out.set(collection.subarray(t.offset, t.offset + t.length), offset);
    offset += Math.ceil(t.length / 4) * 4;
  });
  return { font: out, face };
}

const { cardCharacters, FONT_FILES, LATIN_FONT_FILES } = await importTs('lib/og/fonts.ts');
const characters = [...new Set([...(await cardCharacters()), ...EXTRA])].sort();
const licence = readFileSync('lib/og/fonts/OFL.txt', 'utf8');
const { fontCodePoints } = await importTs('lib/og/cmap.ts');

const jobs = Object.entries(COLLECTIONS).flatMap(([weight, file]) => [
  { weight, file, family: FAMILY, out: FONT_FILES[weight], characters },
  { weight, file, family: LATIN_FAMILY, out: LATIN_FONT_FILES[weight], characters: characters.filter(isLatin) },
]);
for (const { weight, file, family, out, characters: wanted } of jobs) {
  const { font, face } = extractFace(readFileSync(file), family, file);
  const holder = face.copyright.replace(/^(Copyright\s*)?©?\s*/i, '').replace(/[.,]\s*$/, '');
  if (!licence.includes(holder)) throw new Error(`lib/og/fonts/OFL.txt does not name the font's copyright holder ("${face.copyright}"): update its first line`);
  const available = fontCodePoints(font);
  const missing = wanted.filter((c) => !available.has(c.codePointAt(0)));
  if (missing.length)
    throw new Error(
      `${family} ${weight} has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`,
    );
  const subset = await subsetFont(Buffer.from(font), wanted.join(''), { targetFormat: 'sfnt' });
  writeFileSync(out, subset);
  console.log(`${out}: ${face.family} ${face.subfamily} (face ${face.index} of ${file}), ${wanted.length} characters, ${(subset.length / 1024).toFixed(0)} KB`);
}
