import type { Lang, Report } from '@/lib/content/types';
import type { ProblemLink } from '@/lib/plans/load';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { pointUrl } from '@/lib/site/urls';

/** Each problem beside the plans that answer it, quoted, with what remains unanswered. */
export function ProblemPlans({ links, lang, report }: { links: ProblemLink[]; lang: Lang; report: Report }) {
  const t = dictionary(lang).plans;
  return (
    <ol className="space-y-6">
      {links.map((link) => (
        <li
          key={link.problem.id}
          id={`problem-${link.problem.id}`}
          className="anchor grid gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5 md:grid-cols-2 dark:border-stone-800 dark:bg-stone-900"
        >
          <div>
            <h2 className="text-sm font-semibold tracking-wide text-[var(--color-accent)] uppercase">
              {t.problem} ·{' '}
              <a href={pointUrl(lang, report, link.problem)} className="underline underline-offset-2">
                {pointLabel(link.problem, lang, report)}
              </a>
            </h2>
            <p className="mt-2 font-medium">{link.summary[lang]}</p>
            <blockquote className="mt-3 border-l-2 border-stone-300 pl-3 text-sm text-stone-700 dark:border-stone-700 dark:text-stone-300">
              {link.problem.text[lang]}
            </blockquote>
          </div>
          <div>
            <h3 className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">{t.answers}</h3>
            <ul className="mt-2 space-y-3">
              {link.plans.map((plan) => (
                <li key={plan.quote.zh} className="text-sm">
                  <blockquote className="border-l-2 border-[#0072B2] pl-3 dark:border-[#56B4E9]">“{plan.quote[lang]}”</blockquote>
                  <a
                    href={pointUrl(lang, report, plan.point)}
                    className="mt-1 inline-block pl-3 text-stone-600 underline underline-offset-2 dark:text-stone-400"
                  >
                    {pointLabel(plan.point, lang, report)}
                  </a>
                </li>
              ))}
            </ul>
            {link.gap && (
              <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
                <p className="font-semibold">{t.gap}</p>
                <p className="mt-1">{link.gap[lang]}</p>
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
