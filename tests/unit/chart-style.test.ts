import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARROW_MAX_PX, WIDE_FROM_PX } from '@/lib/figures/chart-layout';
import { PALETTE } from '@/lib/figures/palette';

const css = readFileSync('app/globals.css', 'utf8');

/** The --chart-* values of the first `:root { … }` after a marker in the stylesheet. */
function chartColors(after: string): Record<string, string> {
  const start = css.indexOf(after);
  expect(start, `app/globals.css has no "${after}"`).toBeGreaterThanOrEqual(0);
  const block = css.slice(css.indexOf(':root {', start), css.indexOf('}', css.indexOf(':root {', start)));
  return Object.fromEntries([...block.matchAll(/--chart-([a-z]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim().toLowerCase()]));
}
const lower = (palette: Record<string, string>) => Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, v.toLowerCase()]));

describe('the chart colours in CSS are the palette the files are drawn in', () => {
  it.each([
    ['light', '/*\n * Charts: drawn at build time'],
    ['dark', '@media (prefers-color-scheme: dark) {\n  :root {\n    --chart-stated'],
    ['lightMore', '@media (prefers-contrast: more) {\n  :root {\n    --chart-stated'],
    ['darkMore', '@media (prefers-contrast: more) and (prefers-color-scheme: dark) {\n  :root {\n    --chart-stated'],
    ['light', '/* Charts print in the light palette'],
  ] as const)('%s', (mode, marker) => {
    expect(chartColors(marker)).toEqual(lower(PALETTE[mode]));
  });
});

it('the container query and the narrow drawing’s cap are the layout’s', () => {
  expect(css).toContain(`@container (min-width: ${WIDE_FROM_PX}px)`);
  expect(css).toMatch(new RegExp(`\\.chart-narrow \\{\\s*max-width: ${NARROW_MAX_PX}px;`));
});
