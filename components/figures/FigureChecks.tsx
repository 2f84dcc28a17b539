import type { Lang } from '@/lib/content/types';
import type { ConsistencyCheck } from '@/lib/figures/types';
import { dictionary } from '@/lib/site/dictionaries';

/** The checks of the report's own arithmetic, with their results. */
export function FigureChecks({ checks, lang }: { checks: ConsistencyCheck[]; lang: Lang }) {
  const t = dictionary(lang).figures;
  return (
    <>
      <h2 className="mt-10 mb-3 text-xl font-semibold">{t.checks}</h2>
      <ul className="space-y-2">
        {checks.map((check) => (
          <li key={check.id} id={check.id} className="anchor rounded-lg border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900">
            {check.description[lang]}
            {lang === 'zh' ? '：' : ': '}
            <span className="tabular-nums">
              {check.formula} = {check.computed}
            </span>{' '}
            → <strong>{check.ok ? t.checkOk : t.checkFailed}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
