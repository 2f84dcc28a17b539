import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import type { Crumb } from '@/lib/site/navigation';
import { homeUrl } from '@/lib/site/urls';

/** Home › chapter › … › the current page (not a link). */
export function Breadcrumbs({ lang, trail, current }: { lang: Lang; trail: Crumb[]; current: string }) {
  const t = dictionary(lang);
  const crumbs = [{ label: t.home, href: homeUrl(lang) }, ...trail];
  return (
    <nav aria-label={t.breadcrumbs} className="mb-6 text-sm text-stone-600 dark:text-stone-400">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-1.5">
            <a href={crumb.href} className="underline decoration-stone-400 underline-offset-2 hover:text-stone-900 dark:hover:text-stone-100">
              {crumb.label}
            </a>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-stone-800 dark:text-stone-200">
          {current}
        </li>
      </ol>
    </nav>
  );
}
