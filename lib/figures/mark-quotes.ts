import type { ElementContent } from 'hast';
import { markFirst } from '../content/mark-text';

export interface QuoteMark {
  /** The exact words, as they appear in the point's text. */
  text: string;
  /** The anchor id the words get, e.g. "fig-loss-rate". */
  id: string;
}

/**
 * Wraps each quote's first occurrence in a point's inline tree in
 * `<span id="fig-…" class="figure-quote">`, so a figure's link lands on (and highlights) its words.
 * Quotes do not overlap: the metrics validator guarantees it.
 */
export function markQuotes(nodes: ElementContent[], quotes: QuoteMark[]): ElementContent[] {
  return quotes.reduce(
    (result, quote) =>
      markFirst(
        result,
        quote.text,
        (text) => ({ type: 'element', tagName: 'span', properties: { id: quote.id, className: ['figure-quote'] }, children: [{ type: 'text', value: text }] }),
        { skipClass: 'figure-quote' },
      ).nodes,
    nodes,
  );
}
