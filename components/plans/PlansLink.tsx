import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { plansUrl } from '@/lib/site/urls';

/** From the problems (chapter II) and the plans (chapter III): the page that puts them side by side. Interface: not printed. */
export function PlansLink({ lang }: { lang: Lang }) {
  return (
    <p data-print="no" className="mt-8 rounded-lg border-l-4 border-[var(--color-accent)] bg-white px-4 py-3 dark:bg-stone-900">
      <a href={plansUrl(lang)} className="font-medium underline underline-offset-2">
        {dictionary(lang).plans.seeMapping} <span aria-hidden="true">→</span>
      </a>
    </p>
  );
}
