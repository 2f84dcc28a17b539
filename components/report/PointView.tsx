import type { Lang, Point, Report } from '@/lib/content/types';
import { markQuotes, type QuoteMark } from '@/lib/figures/mark-quotes';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { Hast } from './Hast';

/** One point: its text, anchored by its id, with a visible link to itself; quoted figures carry anchors too. */
export function PointView({ point, lang, report, quotes = [] }: { point: Point; lang: Lang; report: Report; quotes?: QuoteMark[] }) {
  const label = pointLabel(point, lang, report);
  return (
    <div id={point.id} className="point relative -mx-2 px-2 py-1 sm:pl-2">
      <p className="report-text">
        <Hast nodes={markQuotes(point.inline[lang], quotes)} />
        <a
          href={`#${point.id}`}
          className="permalink ml-1.5 inline-flex h-6 w-6 translate-y-0.5 items-center justify-center rounded text-stone-500 no-underline hover:bg-stone-200 hover:text-stone-900 sm:absolute sm:top-2 sm:-left-8 sm:ml-0 sm:translate-y-0 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
          aria-label={`${dictionary(lang).permalink} ${label}`}
          title={label}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.6 4.2" />
            <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l1.2-1.2" />
          </svg>
        </a>
      </p>
    </div>
  );
}
