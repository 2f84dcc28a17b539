import QRCode from 'qrcode';
import type { Lang, Report } from '../content/types';
import { statedMetrics } from '../figures/share';
import type { Figures } from '../figures/types';
import { SITE_ORIGIN } from './config';
import { LANGS } from './i18n';
import { figurePageUrl, fullReportUrl, pageUrl, parallelUrl } from './urls';

/**
 * A QR code as the qrcode library draws it in SVG: `size` modules square (the 4-module quiet zone
 * included), a white square (`background`) and one stroked path of the dark modules (`modules`).
 */
export interface QrDrawing {
  size: number;
  background: string;
  modules: string;
}

/** The library's SVG, which we read rather than trust: presentation attributes only, no style. */
const LIBRARY_SVG =
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" shape-rendering="crispEdges"><path fill="#ffffff" d="([^"<>]+)"\/><path stroke="#000000" d="([^"<>]+)"\/><\/svg>\s*$/;

/**
 * The QR code of a text (a page's URL), encoded by the qrcode library at error correction level M
 * (15% of the code may be damaged or dirty and it still reads). A change in the library's output
 * stops the build rather than drawing something unchecked.
 */
export async function qrDrawing(text: string): Promise<QrDrawing> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const match = LIBRARY_SVG.exec(svg);
  if (!match) {
    throw new Error(
      `lib/site/qr.ts: the qrcode library drew an SVG of another shape than expected:\n  ${svg.slice(0, 240)}\n` +
        '  fix: update LIBRARY_SVG to the new output, then run tests/unit/qr.test.ts, which decodes every code',
    );
  }
  return { size: Number(match[1]), background: match[2], modules: match[3] };
}

/** The absolute URL a page's QR code opens: its canonical URL, from SITE_ORIGIN. */
export const canonicalUrl = (path: string) => `${SITE_ORIGIN}${path}`;

/** The pages that carry a QR code (the pages people print and share): every section page, the full text, the parallel views and every figure page. */
export function qrPages(report: Report, figures: Figures, lang: Lang): string[] {
  const pages = report.pages.map((page) => page.id);
  return [
    ...pages.map((id) => pageUrl(lang, id)),
    fullReportUrl(lang),
    ...[...pages, 'full'].map((id) => parallelUrl(lang, id)),
    ...statedMetrics(figures).map((metric) => figurePageUrl(lang, metric.id)),
  ];
}

/** Every page with a QR code, in both languages. */
export const allQrPages = (report: Report, figures: Figures) => LANGS.flatMap((lang) => qrPages(report, figures, lang));
