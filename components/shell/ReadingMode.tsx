import type { ReactNode } from 'react';
import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { parallelUrl } from '@/lib/site/urls';

/**
 * 中文 · 中英对照 · English for the page being read. Plain links, so they work without JavaScript;
 * with it (PageScript), they carry the reader's place, and the choice is remembered: a reader who
 * chose the parallel view is taken to it from the contents and the home page too. `children` sit at
 * the end of the same row (read aloud), so that showing them once the page has loaded moves nothing.
 */
export function ReadingMode({
  lang,
  current,
  zhHref,
  enHref,
  parallelPage,
  children,
}: {
  lang: Lang;
  current: 'zh' | 'en' | 'parallel';
  zhHref: string;
  enHref: string;
  parallelPage: string;
  children?: ReactNode;
}) {
  const t = dictionary(lang).parallel;
  const modes = [
    { key: 'zh', label: t.zh, href: zhHref, lang: 'zh-Hans' },
    { key: 'parallel', label: t.parallel, href: parallelUrl(lang, parallelPage), lang: undefined },
    { key: 'en', label: t.en, href: enHref, lang: 'en' },
  ] as const;
  return (
    <div className="mb-6 flex min-h-9 flex-wrap items-center justify-between gap-3" data-print="no">
      <nav aria-label={t.mode}>
        <ul className="inline-flex overflow-hidden rounded-lg border border-stone-300 text-sm dark:border-stone-700">
          {modes.map((mode) => (
            <li key={mode.key} className="border-stone-300 not-first:border-l dark:border-stone-700">
              <a
                href={mode.href}
                data-carry-place={mode.href}
                data-mode={mode.key}
                lang={mode.lang}
                aria-current={mode.key === current ? 'page' : undefined}
                className={`block px-3 py-1.5 ${mode.key === current ? 'bg-stone-800 font-semibold text-white dark:bg-stone-200 dark:text-stone-900' : 'bg-white hover:bg-stone-100 dark:bg-stone-900 dark:hover:bg-stone-800'}`}
              >
                {mode.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
