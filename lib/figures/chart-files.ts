import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../content/types';
import { emWidth } from '../og/layout';
import { CHART_LAYOUTS, wrapLabel } from './chart-layout';
import { PALETTE } from './palette';

/** The font the files name: the share-card fonts (lib/og/fonts) first, then what a viewer's system has. */
export const FILE_FONTS: Record<Lang, string> = {
  zh: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
  en: "'Noto Sans CJK KR', 'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif",
};

/** What a chart file says around the drawing, in its language. */
export interface ChartFileText {
  lang: Lang;
  title: string;
  /** One sentence for assistive technology and search: the chart's summary. */
  summary: string;
  /** The legend, when the chart has derived values: [stated, derived]. */
  legend: [string, string] | null;
  /** Issuer, report, date, and the points that state the figures. */
  source: string;
  /** Where the chart lives (absolute), and the content version. */
  link: string;
}

const PAD = 24;
const TITLE_SIZE = 20;
const SMALL = 13;
const escape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * A chart as a file of its own (the SVG download, and the picture on share cards and the PNG
 * download): its title above, a legend where some bars are derived, the drawing, and below it the
 * source and the chart's permalink with the content version, so a copy that travels alone still
 * says what it shows, where it comes from and which version of the site it was taken from.
 */
export function chartFile(drawing: Element, text: ChartFileText): { markup: string; width: number; height: number } {
  const layout = CHART_LAYOUTS.download;
  const colors = PALETTE.light;
  const width = layout.width + PAD * 2;
  const textWidth = width - PAD * 2;
  const title = wrapLabel(text.title, textWidth, TITLE_SIZE);
  const source = wrapLabel(text.source, textWidth, SMALL);
  const link = wrapLabel(text.link, textWidth, SMALL);
  let y = PAD + TITLE_SIZE;
  const parts: string[] = [];
  for (const line of title) {
    parts.push(`<text x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${colors.text}">${escape(line)}</text>`);
    y += Math.round(TITLE_SIZE * 1.3);
  }
  if (text.legend) {
    y += 6;
    const [stated, derived] = text.legend;
    const second = PAD + 26 + Math.ceil(emWidth(stated) * SMALL * 1.08) + 28;
    parts.push(
      `<rect x="${PAD}" y="${y - 11}" width="18" height="12" fill="${colors.stated}"/>`,
      `<text x="${PAD + 26}" y="${y}" font-size="${SMALL}" fill="${colors.text}">${escape(stated)}</text>`,
      `<rect x="${second}" y="${y - 11}" width="18" height="12" fill="url(#file-legend-hatch)" stroke="${colors.derived}" stroke-width="1.5"/>`,
      `<text x="${second + 26}" y="${y}" font-size="${SMALL}" fill="${colors.text}">${escape(derived)}</text>`,
    );
    y += 8;
  }
  const chartTop = y + 4;
  y = chartTop + layout.height + 16;
  const foot: string[] = [];
  for (const line of [...source, ...link]) {
    y += Math.round(SMALL * 1.45);
    foot.push(`<text x="${PAD}" y="${y}" font-size="${SMALL}" fill="${colors.text}">${escape(line)}</text>`);
  }
  const height = Math.ceil(y + PAD - 4);
  const inner = toHtml({ ...drawing, properties: { ...drawing.properties, x: String(PAD), y: String(chartTop) } }, { space: 'svg' });
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FILE_FONTS[text.lang])}" lang="${text.lang === 'zh' ? 'zh-Hans' : 'en'}">` +
    `<title>${escape(text.title)}</title><desc>${escape(text.summary)}</desc>` +
    `<defs><pattern id="file-legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${colors.background}"/><rect width="3" height="6" fill="${colors.derived}"/></pattern></defs>` +
    `<rect width="${width}" height="${height}" fill="${colors.background}"/>` +
    parts.join('') +
    inner +
    `<line x1="${PAD}" y1="${chartTop + layout.height + 10}" x2="${width - PAD}" y2="${chartTop + layout.height + 10}" stroke="${colors.grid}"/>` +
    foot.join('') +
    `</svg>\n`;
  return { markup, width, height };
}

/** A drawing alone as an SVG document: the share card prints the title and the source itself. */
export function bareChartFile(drawing: Element, lang: Lang): string {
  const svg = toHtml(
    { ...drawing, properties: { ...drawing.properties, xmlns: 'http://www.w3.org/2000/svg', fontFamily: FILE_FONTS[lang] } },
    { space: 'svg' },
  );
  return `${svg}\n`;
}
