import type { ElementContent } from 'hast';
import { CiteLink } from '@/components/cite/CiteLink';
import { GlossaryTerm } from '@/components/glossary/GlossaryTerm';
import { markFirst } from '@/lib/content/mark-text';
import type { Lang, Point, Report } from '@/lib/content/types';
import { markQuotes } from '@/lib/figures/mark-quotes';
import type { Annotations } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { pointLabel } from '@/lib/site/labels';
import { Hast } from './Hast';

/** A point's text in one language, with its figure anchors and glossary terms marked. */
export function PointText({ point, lang, annotations }: { point: Point; lang: Lang; annotations?: Annotations }) {
  let nodes: ElementContent[] = point.inline[lang];
  if (annotations?.lang === lang) {
    nodes = markQuotes(nodes, annotations.quotes.get(point.id) ?? []);
    for (const mark of annotations.terms.get(point.id) ?? []) {
      nodes = markFirst(
        nodes,
        mark.needle,
        (text) => ({
          type: 'element',
          tagName: 'glossary-term',
          properties: { className: ['term'], term: mark.termId, pop: mark.popoverId },
          children: [{ type: 'text', value: text }],
        }),
        { skipClass: 'term' },
      ).nodes;
    }
  }
  const glossary = annotations?.glossary;
  return (
    <Hast
      nodes={nodes}
      components={{
        // A custom element of our own, rendered as the term's button and popover.
        'glossary-term': ({ term, pop, children }: { term: string; pop: string; children: React.ReactNode }) => (
          <GlossaryTerm term={glossary!.get(term)!} lang={lang} popoverId={pop}>
            {children}
          </GlossaryTerm>
        ),
      }}
    />
  );
}

/** One point: its text, anchored by its id, with a visible link to itself and a way to cite it. */
export function PointView({
  point,
  lang,
  report,
  annotations,
  extraLinks,
}: {
  point: Point;
  lang: Lang;
  report: Report;
  annotations?: Annotations;
  extraLinks?: (label: string) => React.ReactNode;
}) {
  const label = pointLabel(point, lang, report);
  return (
    <div id={point.id} className="point">
      {/* data-listen: the words read aloud (the read-aloud island), named by the point's printed label. */}
      <p className="report-text" data-listen={label}>
        <PointText point={point} lang={lang} annotations={annotations} />
        {/* Title and name are the same words, so a screen reader says them once. */}
        <a href={`#${point.id}`} className="permalink" aria-label={`${dictionary(lang).permalink} ${label}`} title={`${dictionary(lang).permalink} ${label}`}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.6 4.2" />
            <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l1.2-1.2" />
          </svg>
        </a>
        {extraLinks?.(label)} <CiteLink lang={lang} id={point.id} kind="point" label={label} inText />
      </p>
    </div>
  );
}
