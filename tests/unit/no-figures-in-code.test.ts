import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The report's figures live in content/metrics.json; code computes with them but never types one
 * in. Read with this test's own few lines (not the loader), every value that can be told apart
 * from ordinary numbers of code (a decimal, or a whole number of 100 and more; sizes, counts of
 * steps and the like are small whole numbers) must appear nowhere in the code of lib/ or
 * components/: comments, which give examples, are not code.
 */
const SCANNED = ['lib', 'components'];
/** Numbers of code that happen to equal a figure, each with what it is. */
const NOT_FIGURES = [{ file: 'lib/search/query.ts', text: '150', what: 'the width of a search result snippet, in characters' }];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

const { metrics } = JSON.parse(readFileSync('content/metrics.json', 'utf8')) as { metrics: { id: string; value: number }[] };
const distinctive = metrics.filter((m) => !Number.isInteger(m.value) || Math.abs(m.value) >= 100);

/** A value as code could write it: 3662, 3,662 or 3_662; 99.42; never inside a longer number. */
function pattern(value: number): RegExp {
  const [whole, decimals] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '[,_]?');
  return new RegExp(`(?<![\\d.])${grouped}${decimals ? `\\.${decimals}` : ''}(?![\\d])${decimals ? '' : '(?!\\.\\d)'}`);
}

it('no figure of content/metrics.json is typed into lib/ or components/', () => {
  expect(distinctive.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const file of SCANNED.flatMap(files).filter((f) => /\.(ts|tsx|mjs|js|css)$/.test(f))) {
    // Comments blanked out (keeping line numbers): /* … */ blocks, and // to the end of a line where it is not inside a string or URL.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
      .replace(/(^|[\s;{}(),])\/\/[^\n]*/g, (c, before: string) => before + ' '.repeat(c.length - before.length));
    for (const metric of distinctive) {
      const match = pattern(metric.value).exec(text);
      if (match && NOT_FIGURES.some((n) => n.file === file && n.text === match[0])) continue;
      if (match) found.push(`${file}:${text.slice(0, match.index).split('\n').length}: ${match[0]} (the value of "${metric.id}")`);
    }
  }
  expect(found, 'Take the figure from content/metrics.json instead (lib/figures/load.ts getFigures()):').toEqual([]);
});

it('the scan finds a figure where one is typed in', () => {
  expect(pattern(3662).test('const cases = 3662;')).toBe(true);
  expect(pattern(3662).test("'3,662 cases'")).toBe(true);
  expect(pattern(99.42).test('the stated 99.42%')).toBe(true);
  expect(pattern(99.42).test('199.421')).toBe(false);
  expect(pattern(289).test('width: 1289px')).toBe(false);
});
