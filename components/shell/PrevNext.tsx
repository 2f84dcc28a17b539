import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import type { Crumb } from '@/lib/site/navigation';

/** Links to the previous and next page of the report, with their titles. */
export function PrevNext({ lang, previous, next }: { lang: Lang; previous?: Crumb; next?: Crumb }) {
  const t = dictionary(lang);
  const link = (crumb: Crumb, direction: 'previous' | 'next') => (
    <a
      href={crumb.href}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`flex flex-col rounded-lg border border-stone-300 bg-white p-3 hover:border-[var(--color-accent)] dark:border-stone-700 dark:bg-stone-900 ${direction === 'next' ? 'text-right sm:col-start-2' : ''}`}
    >
      <span className="text-sm text-stone-600 dark:text-stone-400">
        {/* The arrows are drawn, not said: "left arrow previous" is noise to a screen reader. */}
        {direction === 'previous' && <span aria-hidden="true">← </span>}
        {direction === 'previous' ? t.previous : t.next}
        {direction === 'next' && <span aria-hidden="true"> →</span>}
      </span>
      <span className="font-medium leading-snug">{crumb.label}</span>
    </a>
  );
  return (
    <nav aria-label={t.pagination} className="mt-12 grid gap-3 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800">
      {previous && link(previous, 'previous')}
      {next && link(next, 'next')}
    </nav>
  );
}
