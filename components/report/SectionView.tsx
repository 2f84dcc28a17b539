import type { Lang, Report, Section } from '@/lib/content/types';
import { PointView } from './PointView';

const HEADINGS = ['h1', 'h2', 'h3'] as const;

/**
 * A section: its printed heading (if any) at the given level, then its points.
 * The section's id anchors the whole block so links to a chapter land on its heading.
 */
export function SectionView({ section, lang, report, headingLevel }: { section: Section; lang: Lang; report: Report; headingLevel: 1 | 2 | 3 }) {
  const Heading = HEADINGS[headingLevel - 1];
  const size = headingLevel === 1 ? 'text-2xl sm:text-3xl' : section.level === 1 ? 'text-xl sm:text-2xl' : 'text-lg sm:text-xl';
  return (
    <section id={section.id} className={`anchor mt-8 first:mt-0 ${section.heading ? '' : 'not-first:mt-10 not-first:border-t not-first:border-stone-200 not-first:pt-6 dark:not-first:border-stone-800'}`} aria-labelledby={section.heading ? `${section.id}-heading` : undefined}>
      {section.heading && (
        <Heading id={`${section.id}-heading`} className={`mb-4 font-semibold leading-snug text-balance ${size}`}>
          {section.heading[lang]}
        </Heading>
      )}
      <div className="space-y-3">
        {section.points.map((point) => (
          <PointView key={point.id} point={point} lang={lang} report={report} />
        ))}
      </div>
    </section>
  );
}
