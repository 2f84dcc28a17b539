import { FigureBlock } from '@/components/figures/FigureBlock';
import type { Lang, Report, Section } from '@/lib/content/types';
import type { Annotations } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { parallelUrl } from '@/lib/site/urls';
import { PointView } from './PointView';

const HEADINGS = ['h1', 'h2', 'h3'] as const;

/**
 * A section: its printed heading (if any) at the given level, then its points, each followed by
 * the charts of the figures it states. Each point also links to itself in the parallel view.
 */
export function SectionView({
  section,
  lang,
  report,
  headingLevel,
  annotations,
  parallelPage,
}: {
  section: Section;
  lang: Lang;
  report: Report;
  headingLevel: 1 | 2 | 3;
  annotations?: Annotations;
  parallelPage: string;
}) {
  const Heading = HEADINGS[headingLevel - 1];
  const size = headingLevel === 1 ? 'text-2xl sm:text-3xl' : section.level === 1 ? 'text-xl sm:text-2xl' : 'text-lg sm:text-xl';
  const t = dictionary(lang).parallel;
  return (
    <section
      id={section.id}
      className={`anchor mt-8 first:mt-0 ${section.heading ? '' : 'not-first:mt-10 not-first:border-t not-first:border-stone-200 not-first:pt-6 dark:not-first:border-stone-800'}`}
      aria-labelledby={section.heading ? `${section.id}-heading` : undefined}
    >
      {section.heading && (
        <Heading id={`${section.id}-heading`} data-listen="" className={`mb-4 font-semibold leading-snug text-balance ${size}`}>
          {section.heading[lang]}
        </Heading>
      )}
      <div className="space-y-3">
        {section.points.map((point) => (
          <div key={point.id}>
            <PointView
              point={point}
              lang={lang}
              report={report}
              annotations={annotations}
              extraLinks={(label) => (
                <a
                  href={`${parallelUrl(lang, parallelPage)}#${point.id}`}
                  className="parallel-link"
                  aria-label={t.pointLink.replace('{label}', label)}
                  title={t.pointLink.replace('{label}', label)}
                ></a>
              )}
            />
            {annotations?.charts?.get(point.id)?.map((chart) => (
              <FigureBlock key={chart.id} chart={chart} figures={annotations.figures} report={report} lang={lang} />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
