import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Lang, Report } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { aboutUrl, REPORT_JSON_URL, translationUrl } from '@/lib/site/urls';
import { Contents } from './Contents';
import { SiteHeader } from './SiteHeader';

/**
 * The frame of every reading page: the header, the contents as a sidebar on wide screens (on
 * phones it is a menu in the header), the page and the footer.
 */
export function ReaderShell({
  report,
  lang,
  path,
  currentPageId,
  contents = true,
  children,
}: {
  report: Report;
  lang: Lang;
  path: string;
  currentPageId?: string;
  /** False on a page that shows the contents in its own body (the home page). */
  contents?: boolean;

  children: ReactNode;
}) {
  const t = dictionary(lang);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        {t.skipToContent}
      </a>
      <SiteHeader report={report} lang={lang} path={path} currentPageId={currentPageId} contents={contents} />
      <div className={`mx-auto max-w-6xl px-4 ${contents ? 'lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-12' : ''}`}>
        {contents && (
          <aside className="hidden lg:block">
            <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto py-8 pr-2">
              <Contents report={report} lang={lang} currentPageId={currentPageId} />
            </div>
          </aside>
        )}
        <main id="main" tabIndex={-1} className={`min-w-0 py-6 sm:py-8 lg:py-10 focus:outline-none ${contents ? 'sm:pl-10 lg:max-w-[44rem]' : ''}`}>
          {children}
        </main>
      </div>
      <footer className="mt-12 border-t border-stone-200 bg-white py-8 text-sm text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400">
        <div className="mx-auto max-w-6xl space-y-2 px-4">
          <p>{t.authoritativeNote}</p>
          <p className="flex flex-wrap gap-x-5 gap-y-1">
            <Link prefetch={false} href={aboutUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.about}
            </Link>
            <Link prefetch={false} href={translationUrl(lang)} className="underline hover:text-stone-900 dark:hover:text-stone-100">
              {t.translationNotes}
            </Link>
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
