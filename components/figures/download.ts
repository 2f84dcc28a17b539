import { PALETTE } from './palette';

export interface ImageOptions {
  svg: SVGSVGElement;
  fileName: string;
  title: string;
  source: string;
  date: string;
  dark: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The chart as a self-contained SVG document with its title above and the source and date below. */
export function composeSvg({ svg, title, source, date, dark }: ImageOptions): { markup: string; width: number; height: number } {
  const colors = dark ? PALETTE.dark : PALETTE.light;
  const box = svg.getBoundingClientRect();
  const pad = 16;
  const width = Math.round(box.width) + pad * 2;
  const chartTop = 44;
  const height = chartTop + Math.round(box.height) + 52;
  const inner = new XMLSerializer().serializeToString(svg);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="${colors.background}"/>` +
    `<text x="${pad}" y="28" font-size="16" font-weight="600" fill="${colors.text}">${escapeXml(title)}</text>` +
    `<g transform="translate(${pad} ${chartTop})">${inner}</g>` +
    `<text x="${pad}" y="${height - 28}" font-size="12" fill="${colors.text}">${escapeXml(source)}</text>` +
    `<text x="${pad}" y="${height - 10}" font-size="12" fill="${colors.text}">${escapeXml(date)}</text>` +
    `</svg>`;
  return { markup, width, height };
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(options: ImageOptions) {
  save(new Blob([composeSvg(options).markup], { type: 'image/svg+xml;charset=utf-8' }), `${options.fileName}.svg`);
}

/** Rasterises the composed SVG at twice its size. */
export async function downloadPng(options: ImageOptions) {
  const { markup, width, height } = composeSvg(options);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 });
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${options.fileName}.png`);
}
