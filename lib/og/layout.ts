import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './cards';

/** A node of the tree satori draws: the shape of a React element, without React. */
export interface CardNode {
  type: 'div' | 'img';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string; src?: string; width?: number; height?: number };
}

export const FONT_FAMILY = 'Noto Sans SC';
export const LATIN_FAMILY = 'Noto Sans Latin';
const INK = '#1c1917';
const MUTED = '#57534e';
const ACCENT = '#a11d21';
const PAPER = '#fbfaf8';
const RULE = '#d6d3d1';
const PAD = { top: 52, right: 76, bottom: 40, left: 96 };
const TEXT_WIDTH = CARD_WIDTH - PAD.left - PAD.right;
/** A figure card with its chart: the text on the left, the chart on the right. */
export const CARD_CHART = { width: 480, height: 351, gap: 28 } as const;
const FIGURE_TEXT_WIDTH = TEXT_WIDTH - CARD_CHART.width - CARD_CHART.gap;

type Style = CardNode['props']['style'];
const box = (style: Style, children: CardNode[]): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', flexDirection: 'column', ...style }, children },
});

const isWide = (c: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(c);

/** Width of a text in ems, roughly: ideographs and full-width forms are square, Latin is about half. */
export function emWidth(value: string, bold = false): number {
  let width = 0;
  for (const c of value) {
    if (isWide(c)) width += 1;
    else if (/[mwMW]/.test(c)) width += 0.85;
    else if (/[A-Z0-9%−–—]/.test(c)) width += 0.64;
    else if (/[ iljtfr.,;:'’‘“”!()|-]/.test(c)) width += 0.32;
    else width += 0.54;
  }
  return width * (bold ? 1.06 : 1);
}

/** How many lines a text takes at `size` px in `width` px: Latin breaks between words, Chinese anywhere. */
export function lineCount(value: string, size: number, width: number, bold = false): number {
  const perLine = width / size;
  let lines = 1;
  let used = 0;
  for (const unit of value.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu) ?? []) {
    const w = emWidth(unit, bold);
    if (used + emWidth(unit.trimEnd(), bold) > perLine && used > 0) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

interface Line {
  text: string;
  sizes: number[];
  maxLines: number;
  bold?: boolean;
  lineHeight: number;
  color: string;
  gap?: number;
  extra?: Style;
}

/**
 * Lays out a column of texts in `height` px: each takes the largest of its sizes at which it fits in
 * its lines, shrinking the earliest (largest) ones first until the column fits.
 */
function column(lines: Line[], height: number, width = TEXT_WIDTH): CardNode[] {
  const chosen = lines
    .map((line) => line.sizes.findIndex((size) => lineCount(line.text, size, width, line.bold) <= line.maxLines))
    .map((i, n) => (i < 0 ? lines[n].sizes.length - 1 : i));
  const heightOf = () =>
    lines.reduce(
      (sum, line, n) => sum + (line.gap ?? 0) + lineCount(line.text, line.sizes[chosen[n]], width, line.bold) * line.sizes[chosen[n]] * line.lineHeight,
      0,
    );
  for (let guard = 0; heightOf() > height && guard < 40; guard++) {
    const n = chosen.findIndex((i, k) => i < lines[k].sizes.length - 1);
    if (n < 0) break;
    chosen[n]++;
  }
  return lines.map((line, n) => ({
    type: 'div',
    props: {
      style: {
        display: 'block',
        width,
        fontSize: line.sizes[chosen[n]],
        fontWeight: line.bold ? 700 : 400,
        lineHeight: line.lineHeight,
        color: line.color,
        marginTop: line.gap ?? 0,
        ...line.extra,
      },
      children: line.text,
    },
  }));
}

function middle(card: ShareCard): Line[] {
  const label: Line[] = card.label
    ? [{ text: card.label, sizes: card.figure ? [24, 22] : [32, 28], maxLines: 1, bold: true, lineHeight: 1.3, color: ACCENT }]
    : [];
  if (!card.figure)
    return [
      ...label,
      { text: card.heading, sizes: [72, 66, 60, 56, 52, 48, 44, 40, 37], maxLines: 3, bold: true, lineHeight: 1.22, color: INK, gap: label.length ? 12 : 0 },
    ];
  const { value, quote, original } = card.figure;
  return [
    ...label,
    // Beside a chart the column is narrower: a long value ("−6.28 percentage points") may need the smaller sizes.
    {
      text: value,
      sizes: card.chart ? [136, 124, 112, 100, 88, 76, 64, 56, 48, 44, 40] : [136, 124, 112, 100, 88, 76],
      maxLines: 1,
      bold: true,
      lineHeight: 1.1,
      color: ACCENT,
      extra: { letterSpacing: -1 },
    },
    { text: card.heading, sizes: [36, 33, 30, 28, 26, 24], maxLines: 2, bold: true, lineHeight: 1.3, color: INK, gap: 10 },
    { text: `“${quote}”`, sizes: [28, 26, 24, 22], maxLines: 2, lineHeight: 1.4, color: MUTED, gap: 12 },
    ...(original ? [{ text: `“${original}”`, sizes: [22, 20], maxLines: 2, lineHeight: 1.4, color: MUTED, gap: 4, extra: { fontFamily: FONT_FAMILY } }] : []),
  ];
}

/**
 * The card as satori draws it: the report's title at the top (the issuer, on a card whose headline
 * is the title), the section heading or the figure (big value, label, the quoted words) in the
 * middle, the source line at the foot. A figure that a bar chart draws has the chart beside it:
 * `picture` is the chart as an image (a data URL, lib/og/build.ts); without it the place stays empty.
 */
export function cardTree(card: ShareCard, picture?: string): CardNode {
  // A card whose headline is the title names the issuer above it.
  const top = column([{ text: card.heading === card.title ? card.issuer : card.title, sizes: [26, 24, 22], maxLines: 2, lineHeight: 1.35, color: MUTED }], 80);
  const foot = column(
    [
      { text: card.source, sizes: [21, 19, 18], maxLines: 2, lineHeight: 1.4, color: MUTED },
      ...(card.notice ? [{ text: card.notice, sizes: [19], maxLines: 1, lineHeight: 1.4, color: ACCENT, gap: 2 }] : []),
    ],
    100,
  );
  const used = (nodes: CardNode[]) =>
    nodes.reduce(
      (sum, node) =>
        sum +
        Number(node.props.style.marginTop) +
        lineCount(String(node.props.children), Number(node.props.style.fontSize), TEXT_WIDTH) *
          Number(node.props.style.fontSize) *
          Number(node.props.style.lineHeight),
      0,
    );
  const room = CARD_HEIGHT - PAD.top - PAD.bottom - used(top) - used(foot) - 16 - 2 - 40;
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: PAPER,
      fontFamily: card.lang === 'en' ? `'${LATIN_FAMILY}', '${FONT_FAMILY}'` : `'${FONT_FAMILY}'`,
      color: INK,
      position: 'relative',
    },
    [
      box({ position: 'absolute', left: 0, top: 0, width: 20, height: CARD_HEIGHT, backgroundColor: ACCENT }, []),
      // Satori sizes boxes without their padding, so the text area is placed, not padded.
      box({ position: 'absolute', left: PAD.left, top: PAD.top, width: TEXT_WIDTH, height: CARD_HEIGHT - PAD.top - PAD.bottom }, [
        box({}, top),
        card.chart
          ? box({ flexGrow: 1, flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between' }, [
              box({ width: FIGURE_TEXT_WIDTH, justifyContent: 'center' }, column(middle(card), room, FIGURE_TEXT_WIDTH)),
              picture
                ? {
                    type: 'img',
                    props: { src: picture, width: CARD_CHART.width, height: CARD_CHART.height, style: { width: CARD_CHART.width, height: CARD_CHART.height } },
                  }
                : box({ width: CARD_CHART.width, height: CARD_CHART.height }, []),
            ])
          : box({ flexGrow: 1, justifyContent: 'center' }, column(middle(card), room)),
        box({ borderTop: `2px solid ${RULE}`, paddingTop: 16 }, foot),
      ]),
    ],
  );
}

/** Every string a tree prints, for the font coverage check. */
export function treeText(node: CardNode | string): string {
  if (typeof node === 'string') return node;
  const { children } = node.props;
  if (children === undefined) return '';
  return typeof children === 'string' ? children : children.map(treeText).join('');
}
