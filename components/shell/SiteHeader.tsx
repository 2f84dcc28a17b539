import type { Lang, Report } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { HTML_LANG, otherLang } from '@/lib/site/i18n';
import { homeUrl, switchLanguage } from '@/lib/site/urls';
import { Contents } from './Contents';
import { LanguageSwitch } from './LanguageSwitch';
import type { ShellLayout } from '.';
import { ReadingSettings } from './ReadingSettings';
import { SearchBox } from '@/components/search/SearchBox';

/**
 * The sticky header: the site's name, the contents menu (a <details> disclosure, so it works
 * without JavaScript; on reading pages only on phones), the search box, reading settings and the
 * language switch.
 */
export function SiteHeader({
  report,
  lang,
  path,
  currentPageId,
  layout,
}: {
  report: Report;
  lang: Lang;
  path: string;
  currentPageId?: string;
  layout: ShellLayout;
}) {
  const t = dictionary(lang);
  const other = otherLang(lang);
  return (
    <header className="sticky top-0 z-40 border-b-2 border-[var(--color-accent)] bg-white dark:bg-stone-900">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-3">
        <a href={homeUrl(lang)} className="line-clamp-2 min-w-0 flex-1 text-[0.9375rem] leading-tight font-semibold hover:underline sm:text-base">
          {t.siteNameShort}
        </a>
        {layout !== 'home' && (
          <details className={`group ${layout === 'reading' ? 'lg:hidden' : ''}`}>
            <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-stone-300 px-2.5 py-1.5 text-sm font-medium dark:border-stone-700 [&::-webkit-details-marker]:hidden">
              <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                <path d="M2 4h12M2 8h12M2 12h12" />
              </svg>
              <span className="sr-only sm:not-sr-only">{t.contents}</span>
            </summary>
            <div className="absolute inset-x-0 top-full max-h-[calc(100vh-3.5rem)] overflow-y-auto border-b border-stone-300 bg-white px-3 py-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
              <Contents report={report} lang={lang} currentPageId={currentPageId} />
            </div>
          </details>
        )}
        <SearchBox lang={lang} />
        <ReadingSettings lang={lang} />
        <LanguageSwitch href={switchLanguage(path, other)} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]} short={t.languageShort}>
          {t.languageSwitch}
        </LanguageSwitch>
      </div>
    </header>
  );
}
