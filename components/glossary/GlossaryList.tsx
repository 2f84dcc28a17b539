import type { Lang, Report } from '@/lib/content/types';
import type { Glossary } from '@/lib/glossary/load';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { pointUrl } from '@/lib/site/urls';

/** The glossary as a definition list; each entry's id is the term's, for links from the text. */
export function GlossaryList({ glossary, lang, report }: { glossary: Glossary; lang: Lang; report: Report }) {
  const t = dictionary(lang).glossary;
  const points = report.sections.flatMap((s) => s.points);
  return (
    <dl className="divide-y divide-stone-200 dark:divide-stone-800">
      {glossary.terms.map((term) => {
        const first = glossary.occurrences.find((o) => o.termId === term.id && o.lang === lang)!;
        const point = points.find((p) => p.id === first.pointId)!;
        return (
          <div key={term.id} id={term.id} className="anchor py-4 target:bg-amber-50 dark:target:bg-amber-950/40">
            <dt>
              <span lang="zh-Hans" className="text-lg font-semibold">
                {term.zh}
              </span>{' '}
              <span className="text-stone-600 dark:text-stone-400">{term.pinyin}</span>
              <span lang="en" className="block italic">
                {term.en}
              </span>
            </dt>
            <dd className="mt-2 leading-relaxed">{term.explanation[lang]}</dd>
            <dd className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {term.variants.length > 0 && (
                <span className="block">
                  {t.variants}
                  {lang === 'zh' ? '：' : ': '}
                  <span lang="en">{term.variants.join(', ')}</span>
                </span>
              )}
              <span className="block">
                {t.rendering}
                {lang === 'zh' ? '：' : ': '}
                {t.status[term.attested.status]}
                {term.attested.source && (
                  <>
                    {' · '}
                    <a href={term.attested.source} rel="external noopener" className="underline underline-offset-2">
                      {t.source}
                    </a>
                  </>
                )}
              </span>
              <span className="block">
                {t.firstMet}
                {lang === 'zh' ? '：' : ': '}
                <a href={pointUrl(lang, report, point)} className="underline underline-offset-2">
                  {pointLabel(point, lang, report)}
                </a>
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
