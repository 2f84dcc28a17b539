import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { canonicalUrl, qrDrawing } from '@/lib/site/qr';

/**
 * The end of a page people print or share: "open on your phone", its URL and its QR code, drawn at
 * build time (lib/site/qr.ts) as SVG with presentation attributes only (a strict CSP forbids style).
 * Printed too, on the last sheet. The code is named by the URL it opens ("QR code: https://…"), so
 * the URL printed beside it is hidden from screen readers, which would otherwise say it twice.
 */
export async function PageQr({ lang, path }: { lang: Lang; path: string }) {
  const t = dictionary(lang).qr;
  const url = canonicalUrl(path);
  const qr = await qrDrawing(url);
  return (
    <div className="page-qr mt-12 flex items-center justify-between gap-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <p className="min-w-0 text-sm">
        <span className="block font-semibold">{t.caption}</span>
        <span aria-hidden="true" className="mt-1 block break-all text-stone-600 dark:text-stone-400">
          {url}
        </span>
      </p>
      <svg
        role="img"
        aria-label={`${t.name}${url}`}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        width="112"
        height="112"
        shapeRendering="crispEdges"
        className="qr-code shrink-0"
      >
        <path fill="#ffffff" d={qr.background} />
        <path stroke="#000000" d={qr.modules} />
      </svg>
    </div>
  );
}
