/**
 * The characters an OpenType font (TrueType or CFF outlines) maps to glyphs, read from its cmap
 * table: format 12 (full Unicode) when present, else format 4 (the Basic Multilingual Plane).
 */
export function fontCodePoints(file: ArrayBufferView): Set<number> {
  const font = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tag = (offset: number) => String.fromCharCode(font[offset], font[offset + 1], font[offset + 2], font[offset + 3]);
  if (tag(0) === 'ttcf') throw new Error('a font collection (.ttc) has several cmaps: extract one face first');
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (tag(12 + i * 16) === 'cmap') cmap = view.getUint32(12 + i * 16 + 8);
  if (cmap < 0) throw new Error('the font has no cmap table');

  const subtables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    subtables.set(`${view.getUint16(record)},${view.getUint16(record + 2)}`, cmap + view.getUint32(record + 4));
  }
  const full = subtables.get('3,10') ?? subtables.get('0,4') ?? subtables.get('0,6');
  const bmp = subtables.get('3,1') ?? subtables.get('0,3');
  const points = new Set<number>();
  if (full !== undefined && view.getUint16(full) === 12) {
    for (let i = 0; i < view.getUint32(full + 12); i++) {
      const group = full + 16 + i * 12;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
    }
    return points;
  }
  if (bmp === undefined || view.getUint16(bmp) !== 4) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const segments = view.getUint16(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const [end, start, delta, range] = [
      view.getUint16(ends + i * 2),
      view.getUint16(starts + i * 2),
      view.getInt16(deltas + i * 2),
      view.getUint16(ranges + i * 2),
    ];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const raw = range === 0 ? c : view.getUint16(ranges + i * 2 + range + (c - start) * 2);
      const glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}
