import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ChartLayoutName } from './chart-layout';
import { PALETTE, type ChartColor } from './palette';

/**
 * Writes the SVG Recharts drew (components/figures/drawing/draw.tsx) out as a small static drawing.
 *
 * - Recharts' wrappers, ids, tabindex, inline styles and stray attributes go; its geometry stays,
 *   rounded to 0.01 px. Nothing is left that a strict CSP refuses (no `style` attribute).
 * - The palette's colours become classes (`f-stated` for fill, `s-grid` for stroke, …), which the
 *   page's CSS colours for light, dark, high contrast and print (`inline`), or presentation
 *   attributes in the light palette (`standalone`, for files and share cards).
 * - Every bar becomes a focusable mark (`<g class="mark" tabindex="0" role="img">`) named by a
 *   `<title>` that says its value in words: keyboard and screen-reader users read the chart value
 *   by value, and a mouse shows the same words on hover. The mark also points at its title with
 *   aria-labelledby, for the assistive technology that does not take an SVG name from <title>.
 */
export type ChartSvgMode = 'inline' | 'standalone';

export interface ChartSvgOptions {
  mode: ChartSvgMode;
  layout: ChartLayoutName;
  /** For `inline`: the id of the figure's caption, which names the drawing (the summary is the paragraph just before it, so it does not describe it again). */
  labelledBy?: string;
  /** For `inline`: the prefix of the marks' title ids, unique in the page (the figure's narrow and wide drawings are both there). */
  markIds?: string;
}

const COLOR_CLASS = new Map(Object.entries(PALETTE.light).map(([name, value]) => [value.toLowerCase(), name as ChartColor]));
const GEOMETRY = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'dy', 'strokeWidth']);
/** Recharts' bookkeeping, or attributes it copies onto elements where SVG gives them no meaning. */
const DROPPED = new Set(['style', 'tabIndex', 'role', 'name', 'radius', 'angle', 'orientation', 'index', 'offset']);

const round = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/** A Recharts bar (a path with the mark class) as a rect inside its focusable, titled mark. */
function mark(path: Element, mode: ChartSvgMode, titleId?: string): Element {
  const p = path.properties;
  const derived = p.dataDerived === 'true';
  const fill = String(p.fill);
  const rect: Element = {
    type: 'element',
    tagName: 'rect',
    properties: {
      className: ['bar', derived ? 'bar-derived' : 'bar-stated'],
      x: round(String(p.x)),
      y: round(String(p.y)),
      width: round(String(p.width)),
      height: round(String(p.height)),
      // A hatched bar keeps its pattern; a solid one is coloured by its class (or, standalone, its colour).
      ...(fill.startsWith('url(') ? { fill } : mode === 'standalone' ? { fill } : {}),
      ...(mode === 'standalone' ? { stroke: String(p.stroke), strokeWidth: String(p.strokeWidth) } : {}),
    },
    children: [],
  };
  return {
    type: 'element',
    tagName: 'g',
    properties: {
      className: ['mark', derived ? 'mark-derived' : 'mark-stated'],
      dataMetric: String(p.dataMetric),
      ...(mode === 'inline' ? { tabIndex: 0, role: 'img', ...(titleId ? { ariaLabelledBy: [titleId] } : {}) } : {}),
    },
    children: [
      {
        type: 'element',
        tagName: 'title',
        properties: titleId && mode === 'inline' ? { id: titleId } : {},
        children: [{ type: 'text', value: String(p.dataPhrase) }],
      },
      rect,
    ],
  };
}

/** One node of Recharts' tree, cleaned: itself, its children in its place, or nothing when nothing of it is drawn. */
function clean(node: ElementContent, mode: ChartSvgMode, fontSize: string, markId: () => string | undefined): ElementContent[] {
  if (node.type === 'comment') return [];
  if (node.type === 'text') return node.value.trim() || node.value === ' ' ? [node] : [];
  if (node.type !== 'element') return [];
  const classes = classesOf(node);
  if (node.tagName === 'path' && classes.includes('chart-mark')) return [mark(node, mode, markId())];
  // Recharts' empty <title>/<desc> and its unused clip path.
  if (['title', 'desc', 'clipPath'].includes(node.tagName)) return [];

  const properties: Properties = {};
  const ours: string[] = [];
  if (classes.includes('recharts-cartesian-grid')) ours.push('grid');
  if (classes.includes('recharts-cartesian-axis-line')) ours.push('axis');
  if (classes.includes('recharts-cartesian-axis-tick-value')) ours.push('tick');
  if (classes.includes('recharts-label')) ours.push('value');
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || key === 'className' || key.startsWith('data')) continue;
    if (DROPPED.has(key)) continue;
    // Recharts' own ids; the hatch pattern's is ours, and its bars refer to it.
    if (key === 'id' && node.tagName !== 'pattern') continue;
    // A line's or a text's x/y/width/height are Recharts' props leaking into the DOM: SVG ignores them.
    if (node.tagName === 'line' && (['x', 'y', 'width', 'height'].includes(key) || (key === 'fill' && value === 'none'))) continue;
    if (node.tagName === 'text' && (['width', 'height'].includes(key) || (key === 'stroke' && value === 'none'))) continue;
    if (key === 'fontSize' && String(value) === fontSize) continue;
    const color = (key === 'fill' || key === 'stroke') && COLOR_CLASS.get(String(value).toLowerCase());
    if (color && mode === 'inline') {
      ours.push(`${key === 'fill' ? 'f' : 's'}-${color}`);
      continue;
    }
    properties[key] = GEOMETRY.has(key) || key === 'd' || key === 'patternTransform' ? round(String(value)) : value;
  }
  const children = node.children.flatMap((child) => clean(child, mode, fontSize, markId));
  if (ours.length) properties.className = ours;
  // The marks say every value in words; the printed labels would only repeat them to a screen reader.
  if (node.tagName === 'text' && mode === 'inline') properties.ariaHidden = 'true';
  // A group that now carries nothing is only nesting: its children take its place.
  if (node.tagName === 'g' && Object.keys(properties).length === 0) return children;
  if (['g', 'defs', 'text', 'tspan'].includes(node.tagName) && children.length === 0) return [];
  return [{ type: 'element', tagName: node.tagName, properties, children }];
}

/** Recharts' drawing as our static SVG element. */
export function chartSvg(raw: string, options: ChartSvgOptions): Element {
  const tree = fromHtml(raw, { fragment: true, space: 'svg' }) as Root;
  const svg = tree.children.find((n) => n.type === 'element' && n.tagName === 'svg') as Element | undefined;
  if (!svg) throw new Error('chartSvg: the drawing has no <svg>');
  const fontSize = String(svg.children.length ? findFontSize(svg) : '');
  let marks = 0;
  const markId = () => (options.markIds ? `${options.markIds}-${++marks}` : undefined);
  const children = inVisualOrder(svg.children.flatMap((child) => clean(child as ElementContent, options.mode, fontSize, markId)));
  const properties: Properties = { viewBox: String(svg.properties.viewBox), fontSize };
  if (options.mode === 'inline') {
    Object.assign(properties, { className: ['chart-drawing', `chart-${options.layout}`], role: 'group', ariaLabelledBy: options.labelledBy });
  } else {
    Object.assign(properties, { width: String(svg.properties.width), height: String(svg.properties.height) });
  }
  return { type: 'element', tagName: 'svg', properties, children };
}

/** Recharts draws one series after another; keyboard and screen readers meet the marks left to right, as the eye does. */
function inVisualOrder(children: ElementContent[]): ElementContent[] {
  const isMark = (n: ElementContent): n is Element => n.type === 'element' && classesOf(n).includes('mark');
  const x = (n: Element) => Number((n.children[1] as Element).properties.x);
  const marks = children.filter(isMark).sort((a, b) => x(a) - x(b));
  return children.map((child) => (isMark(child) ? marks.shift()! : child));
}

/** The font size most of the drawing's text uses: set once on the <svg>, not on every label. */
function findFontSize(svg: Element): string {
  const sizes = new Map<string, number>();
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.properties.fontSize !== undefined) sizes.set(String(node.properties.fontSize), (sizes.get(String(node.properties.fontSize)) ?? 0) + 1);
    node.children.forEach(walk);
  };
  svg.children.forEach((child) => walk(child as ElementContent));
  return [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '14';
}

/** An element as SVG markup (for files). */
export const svgMarkup = (svg: Element) => toHtml(svg, { space: 'svg' });
