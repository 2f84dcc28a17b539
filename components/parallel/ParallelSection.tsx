import { PointText } from '@/components/report/PointView';
import type { Lang, Report, Section } from '@/lib/content/types';
import type { Annotations } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { pointUrl } from '@/lib/site/urls';

const HEADINGS = ['h1', 'h2', 'h3'] as const;

/**
 * A section with Chinese and English side by side, aligned point by point (stacked on phones).
 * Each row keeps the point's id, so a link to a point lands on the same row here as on its page.
 */
export function ParallelSection({
  section,
  lang,
  report,
  headingLevel,
  notes,
}: {
  section: Section;
  lang: Lang;
  report: Report;
  headingLevel: 1 | 2 | 3;
  notes: Record<Lang, Annotations>;
}) {
  const Heading = HEADINGS[headingLevel - 1];
  const t = dictionary(lang);
  return (
    <section id={section.id} className="anchor mt-8 first:mt-0" aria-labelledby={section.heading ? `${section.id}-heading` : undefined}>
      {section.heading && (
        <Heading
          id={`${section.id}-heading`}
          className={`mb-3 grid gap-x-8 gap-y-1 font-semibold leading-snug md:grid-cols-2 ${headingLevel === 1 ? 'text-2xl' : 'text-xl'}`}
        >
          <span lang="zh-Hans" className="block">
            {section.heading.zh}
          </span>
          <span lang="en" className="block">
            {section.heading.en}
          </span>
        </Heading>
      )}
      {section.points.map((point) => (
        <div key={point.id} id={point.id} className="point -mx-2 grid gap-x-8 gap-y-2 border-t border-stone-200 px-2 py-3 md:grid-cols-2 dark:border-stone-800">
          <p lang="zh-Hans" className="report-text">
            <PointText point={point} lang="zh" annotations={notes.zh} />
          </p>
          <p lang="en" className="report-text">
            <PointText point={point} lang="en" annotations={notes.en} />
          </p>
          <p className="flex flex-wrap gap-x-4 text-sm text-stone-600 md:col-span-2 dark:text-stone-400">
            <a href={`#${point.id}`} className="underline underline-offset-2">
              {t.permalink} {pointLabel(point, lang, report)}
            </a>
            <a href={pointUrl('zh', report, point)} lang="zh-Hans" className="underline underline-offset-2">
              {t.parallel.toZh}
            </a>
            <a href={pointUrl('en', report, point)} lang="en" className="underline underline-offset-2">
              {t.parallel.toEn}
            </a>
          </p>
        </div>
      ))}
    </section>
  );
}
