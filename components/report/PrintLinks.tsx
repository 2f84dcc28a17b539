import type { Lang, Report, Section } from '@/lib/content/types';
import { SITE_ORIGIN } from '@/lib/site/config';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { pointUrl } from '@/lib/site/urls';

/**
 * Printed only: each point's permalink, numbered in the order the points print. The print
 * stylesheet numbers every point with the same counter, so "[3]" after a point is link 3 here.
 */
export function PrintLinks({ sections, lang, report }: { sections: Section[]; lang: Lang; report: Report }) {
  const t = dictionary(lang).print;
  return (
    <section className="print-links hidden print:block" aria-label={t.links}>
      <h2>{t.links}</h2>
      <ol>
        {sections.flatMap((section) =>
          section.points.map((point) => (
            <li key={point.id}>
              {pointLabel(point, lang, report)}: {SITE_ORIGIN}
              {pointUrl(lang, report, point)}
            </li>
          )),
        )}
      </ol>
    </section>
  );
}
