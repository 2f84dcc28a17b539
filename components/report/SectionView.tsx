import { FigureBlock } from '@/components/figures/FigureBlock';
import type { Lang, Report, Section } from '@/lib/content/types';
import type { ChartData } from '@/lib/figures/charts';
import type { QuoteMark } from '@/lib/figures/mark-quotes';
import type { Figures } from '@/lib/figures/types';
import { PointView } from './PointView';

const HEADINGS = ['h1', 'h2', 'h3'] as const;

/** What a page shows of the figures: anchors on the quoted words, and (on section pages) the charts. */
export interface FigureContext {
  figures: Figures;
  quotes: Map<string, QuoteMark[]>;
  charts?: Map<string, ChartData[]>;
}

/**
 * A section: its printed heading (if any) at the given level, then its points, each followed by
 * the charts of the figures it states. The section's id anchors the whole block.
 */
export function SectionView({ section, lang, report, headingLevel, figureContext }: { section: Section; lang: Lang; report: Report; headingLevel: 1 | 2 | 3; figureContext?: FigureContext }) {
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
          <div key={point.id}>
            <PointView point={point} lang={lang} report={report} quotes={figureContext?.quotes.get(point.id)} />
            {figureContext?.charts?.get(point.id)?.map((chart) => <FigureBlock key={chart.id} chart={chart} figures={figureContext.figures} report={report} lang={lang} />)}
          </div>
        ))}
      </div>
    </section>
  );
}
