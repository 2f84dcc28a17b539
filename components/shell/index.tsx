import type { ReactNode } from 'react';
import type { Lang, Report } from '@/lib/content/types';
import { citeDictionary } from '@/lib/cite/dictionary';
import { changelogUrl } from '@/lib/cite/urls';
import { SITE_ORIGIN } from '@/lib/site/config';
import { dictionary } from '@/lib/site/dictionaries';
import { aboutUrl, accessibilityUrl, REPORT_JSON_URL, translationUrl } from '@/lib/site/urls';
import { Contents } from './Contents';
import { PageQr } from './PageQr';
import { SiteHeader } from './SiteHeader';

/**
 * How a page uses the width: 'reading' has the contents as a sidebar on wide screens (a menu in
 * the header on phones); 'wide' gives the page the full width and keeps the contents in the
 * header menu at every width; 'home' shows the contents in its own body.
 */
export type ShellLayout = 'reading' | 'wide' | 'home';

/** The frame of every page: the header, the contents, the page and the footer. */
export function ReaderShell({
  report,
  lang,
  path,
  currentPageId,
  layout = 'reading',
  quotable = false,
  qr = false,
  children,
}: {
  report: Report;
  lang: Lang;
  path: string;
  currentPageId?: string;
  layout?: ShellLayout;
  /** The page shows the report's points: selecting words in one offers "copy with citation" (the quote island). */
  quotable?: boolean;
  /** The page is one people print or share: it ends with its URL as a QR code ("open on your phone"). */
  qr?: boolean;
  children: ReactNode;
}) {
  const sidebar = layout === 'reading';
  const t = dictionary(lang);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        {t.skipToContent}
      </a>
      <SiteHeader report={report} lang={lang} path={path} currentPageId={currentPageId} layout={layout} />
      <div className={`mx-auto max-w-6xl px-4 ${sidebar ? 'lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-12' : ''}`}>
        {sidebar && (
          <aside className="hidden lg:block">
            <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto py-8 pr-2">
              <Contents report={report} lang={lang} currentPageId={currentPageId} />
            </div>
          </aside>
        )}
        <main
          id="main"
          tabIndex={-1}
          {...(quotable ? { 'data-island': 'quote', 'data-island-on': 'intent', 'data-lang': lang } : {})}
          className={`min-w-0 py-6 sm:py-8 lg:py-10 focus:outline-none ${sidebar ? 'sm:pl-10 lg:max-w-[44rem]' : ''}`}
        >
          <p className="print-from hidden print:block">
            {t.siteName} · {t.print.from}: {SITE_ORIGIN}
            {path}
          </p>
          {children}
          {qr && <PageQr lang={lang} path={path} />}
        </main>
      </div>
      <footer className="mt-12 border-t border-stone-200 bg-white py-8 text-sm text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400">
        <div className="mx-auto max-w-6xl space-y-2 px-4">
          <p>{t.authoritativeNote}</p>
          <p className="flex flex-wrap gap-x-5 gap-y-1">
            <a href={aboutUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.about}
            </a>
            <a href={translationUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.translationNotes}
            </a>
            <a href={accessibilityUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.accessibility}
            </a>
            <a href={changelogUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {citeDictionary(lang).changelog.title}
            </a>
            <a href={REPORT_JSON_URL} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.dataLink}
            </a>
            <a href={report.meta.source_url} rel="external noopener" className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.footerSource}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
