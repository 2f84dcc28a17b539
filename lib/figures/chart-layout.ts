import type { Lang } from '../content/types';
import { emWidth } from '../og/layout';
import type { ChartData } from './charts';

/**
 * The sizes a bar chart is drawn at. A drawing scales with its box (viewBox), so its labels shrink
 * and grow with it; each page carries a narrow and a wide drawing and CSS shows the one whose labels
 * stay between 11 and about 17 CSS px in the box it gets (a container query at WIDE_FROM_PX):
 * narrow: 254 px (a 320 px phone) → 11.1 px labels, capped at NARROW_MAX_PX → 17.5 px;
 * wide: 480 px → 11.2 px, 654 px (the widest text column) → 15.3 px.
 * `download` is the drawing inside the downloadable SVG and PNG, `card` the one on share cards.
 */
export const CHART_LAYOUTS = {
  narrow: { width: 320, height: 280, fontSize: 14 },
  wide: { width: 600, height: 300, fontSize: 14 },
  download: { width: 720, height: 360, fontSize: 15 },
  card: { width: 520, height: 380, fontSize: 18 },
} as const;

export type ChartLayoutName = keyof typeof CHART_LAYOUTS;
export type ChartLayout = (typeof CHART_LAYOUTS)[ChartLayoutName];

/** The drawings a page carries, and the container width from which the wide one is shown. */
export const PAGE_LAYOUTS = ['narrow', 'wide'] as const satisfies readonly ChartLayoutName[];
export const WIDE_FROM_PX = 480;
export const NARROW_MAX_PX = 400;

/** Value-axis ticks: zero, then four or five round steps that reach the largest value (0–100 for percentages). */
export function valueTicks(chart: Pick<ChartData, 'scale' | 'rows'>): number[] {
  if (chart.scale === 'percent') return [0, 25, 50, 75, 100];
  const max = Math.max(...chart.rows.flatMap((row) => Object.values(row.cells).map((cell) => cell.value)));
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** A tick as printed on the value axis: 4,000 · 75%. */
export function tickText(value: number, scale: ChartData['scale'], lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-Hans' : 'en').format(value);
  return scale === 'percent' ? `${number}%` : number;
}

/**
 * A category name broken into lines that fit `width` px at `fontSize`: English between words,
 * Chinese between characters. The drawing is made without a browser, so widths are estimated
 * (generously, as system fonts differ).
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  // A Chinese character keeps an opening bracket or quote before it and closing punctuation after it (no line starts with “，” or ends with ““”).
  const units =
    text.match(/[“‘（《「]*[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][”’）》」，。、：；！？]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef“‘]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const next = line + unit;
    if (line.trim() && emWidth(next.trim()) * fontSize * 1.08 > width) {
      lines.push(line.trim());
      line = unit.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
