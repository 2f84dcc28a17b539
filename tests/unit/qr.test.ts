import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageQr } from '@/components/shell/PageQr';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { SITE_ORIGIN } from '@/lib/site/config';
import { LANGS } from '@/lib/site/i18n';
import { qrDrawing, qrPages } from '@/lib/site/qr';

const report = getReport();
const figures = getFigures();

/** Reads a QR code back from SVG markup as a phone would from the screen: rasterised (resvg), then decoded (jsQR). */
function decode(svgMarkup: string): string | null {
  // Inline SVG in HTML needs no namespace; a file does.
  const file = svgMarkup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  const image = new Resvg(file, { fitTo: { mode: 'width', value: 240 }, background: '#ffffff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

/** The page's QR code as the build writes it into the HTML. */
async function pageCode(lang: (typeof LANGS)[number], path: string) {
  const markup = renderToStaticMarkup(await PageQr({ lang, path }));
  const svg = /<svg[^]*<\/svg>/.exec(markup)?.[0] ?? '';
  return { markup, svg, name: /aria-label="([^"]*)"/.exec(svg)?.[1] };
}

describe('QR codes', () => {
  it('are on every section page, the full text, the parallel views and every figure page, in both languages', () => {
    const pages = qrPages(report, figures, 'en');
    expect(pages).toContain('/en/ch2/');
    expect(pages).toContain('/en/full/');
    expect(pages).toContain('/en/parallel/ch1-6/');
    expect(pages).toContain('/en/parallel/full/');
    expect(pages).toContain('/en/figures/loss-rate/');
    expect(pages).toHaveLength(report.pages.length * 2 + 2 + figures.metrics.filter((m) => m.kind === 'stated').length);
    expect(qrPages(report, figures, 'zh')).toEqual(pages.map((page) => page.replace('/en/', '/zh/')));
  });

  it('decode to the canonical URL of their page, and are named by it ("QR code: …" / "二维码：…")', async () => {
    for (const lang of LANGS) {
      for (const path of qrPages(report, figures, lang)) {
        const { svg, name } = await pageCode(lang, path);
        expect(decode(svg), path).toBe(`${SITE_ORIGIN}${path}`);
        expect(name).toBe(`${lang === 'zh' ? '二维码：' : 'QR code: '}${SITE_ORIGIN}${path}`);
      }
    }
  }, 60_000);

  it('carry no style attribute and no script (the CSP allows neither), and say what they are for', async () => {
    const { markup } = await pageCode('zh', '/zh/ch2/');
    expect(markup).not.toMatch(/\sstyle=|<script|<style/);
    expect(markup).toContain('手机扫码阅读');
    expect((await pageCode('en', '/en/ch2/')).markup).toContain('Open on your phone');
  });

  it('the decoder is not fooled: another URL decodes to itself, and a broken code to nothing', async () => {
    const other = await qrDrawing('https://example.org/zh/ch2/');
    const svg = (qr: { size: number; background: string; modules: string }) =>
      `<svg viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><path fill="#ffffff" d="${qr.background}"/><path stroke="#000000" d="${qr.modules}"/></svg>`;
    expect(decode(svg(other))).toBe('https://example.org/zh/ch2/');
    // Without its first module rows (finder patterns gone), no code is found.
    expect(decode(svg({ ...other, modules: `M${other.modules.split('M').slice(8).join('M')}` }))).toBeNull();
  });
});
