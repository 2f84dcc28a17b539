import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * An independent reading of a drawn chart (written apart from lib/figures/chart-svg.ts, which
 * writes the drawings): it measures what the SVG shows, bar by bar, and compares it with the
 * values the chart is meant to show. Returns one sentence per way the picture misstates them.
 */
export interface ExpectedBar {
  value: number;
  /** The value as the data table prints it. */
  text: string;
  derived: boolean;
}

interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | undefined;
  classes: string[];
  name: string;
}

const elements = (node: Root | Element, test: (e: Element) => boolean): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? [...(test(child) ? [child] : []), ...elements(child, test)] : []));
const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value.trim() : c.type === 'element' ? text(c) : '')).join('');
const num = (value: unknown) => Number(value);
/** A tick as printed: 4,000 · 75% · 0. */
const tickValue = (label: string) => Number(label.replace(/[,%\s]/g, ''));

/** The problems with a drawing of the expected bars, in their left-to-right order; [] when it is right. */
export function geometryProblems(svg: string, expected: ExpectedBar[]): string[] {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  const problems: string[] = [];
  const marks = elements(tree, (e) => e.tagName === 'g' && classes(e).includes('mark'));
  const bars: Bar[] = marks
    .map((mark) => {
      const [rect] = elements(mark, (e) => e.tagName === 'rect');
      const title = elements(mark, (e) => e.tagName === 'title')[0];
      const p = rect?.properties ?? {};
      return {
        x: num(p.x),
        y: num(p.y),
        width: num(p.width),
        height: num(p.height),
        fill: p.fill === undefined ? undefined : String(p.fill),
        classes: [...classes(mark), ...(rect ? classes(rect) : [])],
        name: title ? text(title) : '',
      };
    })
    .sort((a, b) => a.x - b.x);
  if (bars.length !== expected.length) problems.push(`${bars.length} marks for ${expected.length} values`);

  // The value axis: its printed ticks (right-aligned labels) and where each sits.
  const ticks = elements(tree, (e) => e.tagName === 'text' && classes(e).includes('tick') && e.properties.textAnchor === 'end').map((e) => ({
    value: tickValue(text(e)),
    y: num(e.properties.y),
  }));
  const zero = ticks.find((t) => t.value === 0);
  const top = ticks.reduce((a, b) => (b.value > a.value ? b : a), ticks[0] ?? { value: 0, y: 0 });
  if (!zero || top.value <= 0) return [...problems, 'the value axis has no 0 tick and no positive tick to measure against'];
  const plot = zero.y - top.y;
  const perUnit = plot / top.value;
  for (const tick of ticks)
    if (Math.abs(zero.y - tick.value * perUnit - tick.y) > 0.5) problems.push(`the tick ${tick.value} is not where a linear axis from 0 puts it`);

  const labels = elements(tree, (e) => e.tagName === 'text' && classes(e).includes('value')).map((e) => ({
    text: text(e),
    x: num(e.properties.x),
    y: num(e.properties.y),
  }));
  bars.forEach((bar, i) => {
    const want = expected[i];
    if (!want) return;
    const where = `bar ${i + 1} (${want.text})`;
    if (Math.abs(bar.y + bar.height - zero.y) > 0.05)
      problems.push(`${where} starts at y=${(bar.y + bar.height).toFixed(2)}, not on the zero baseline (y=${zero.y})`);
    const length = want.value * perUnit;
    if (Math.abs(bar.height - length) > 0.005 * plot)
      problems.push(`${where} is ${bar.height.toFixed(2)} px long; ${want.value} on this axis is ${length.toFixed(2)} px`);
    const label = labels.find((l) => l.x >= bar.x && l.x <= bar.x + bar.width && l.y <= bar.y + 0.5);
    if (!label) problems.push(`${where} has no value label above it`);
    else if (label.text !== want.text) problems.push(`${where} is labelled "${label.text}", the table says "${want.text}"`);
    const hatched = bar.fill?.startsWith('url(') ?? false;
    const derivedStyle = hatched && bar.classes.includes('bar-derived');
    const statedStyle = !hatched && bar.classes.includes('bar-stated');
    if (want.derived && !derivedStyle) problems.push(`${where} is derived but not drawn hatched`);
    if (!want.derived && !statedStyle) problems.push(`${where} is stated but not drawn solid`);
    if (!bar.name.includes(want.text)) problems.push(`${where} is named "${bar.name}", which does not say ${want.text}`);
  });
  // Value labels must be legible: no two may come within 2 px (widths estimated generously: ideographs 1 em, % and ≈ 0.95, digits 0.6, . and , 0.3).
  const size = num(tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg')?.properties.fontSize ?? 14);
  const box = (l: (typeof labels)[number]) => {
    const width = [...l.text].reduce((w, c) => w + (/[\u2e80-\u9fff]/u.test(c) ? 1 : /[%≈]/.test(c) ? 0.95 : /[.,]/.test(c) ? 0.3 : 0.6), 0) * size;
    return { left: l.x - width / 2 - 1, right: l.x + width / 2 + 1, top: l.y - size, bottom: l.y };
  };
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const [p, q] = [box(a), box(b)];
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) problems.push(`the labels "${a.text}" and "${b.text}" overlap`);
    }),
  );
  return problems;
}
