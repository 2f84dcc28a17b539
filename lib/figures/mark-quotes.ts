import type { ElementContent } from 'hast';

export interface QuoteMark {
  /** The exact words, as they appear in the point's text. */
  text: string;
  /** The anchor id the words get, e.g. "fig-loss-rate". */
  id: string;
}

/**
 * Wraps each quote's first occurrence in a point's inline tree in
 * `<span id="fig-…" class="figure-quote">`, so a figure's link lands on (and highlights) its words.
 * Quotes do not overlap (the metrics validator guarantees it); a quote that spans an element
 * boundary is left unmarked rather than breaking the markup.
 */
export function markQuotes(nodes: ElementContent[], quotes: QuoteMark[]): ElementContent[] {
  let result = nodes;
  for (const quote of quotes) result = markOne(result, quote).nodes;
  return result;
}

function markOne(nodes: ElementContent[], quote: QuoteMark): { nodes: ElementContent[]; done: boolean } {
  const out: ElementContent[] = [];
  let done = false;
  for (const node of nodes) {
    if (done) {
      out.push(node);
    } else if (node.type === 'text' && node.value.includes(quote.text)) {
      const at = node.value.indexOf(quote.text);
      const before = node.value.slice(0, at);
      const after = node.value.slice(at + quote.text.length);
      if (before) out.push({ type: 'text', value: before });
      out.push({ type: 'element', tagName: 'span', properties: { id: quote.id, className: ['figure-quote'] }, children: [{ type: 'text', value: quote.text }] });
      if (after) out.push({ type: 'text', value: after });
      done = true;
    } else if (node.type === 'element' && !(node.properties?.className as string[] | undefined)?.includes('figure-quote')) {
      const inner = markOne(node.children as ElementContent[], quote);
      out.push({ ...node, children: inner.nodes });
      done = inner.done;
    } else {
      out.push(node);
    }
  }
  return { nodes: out, done };
}
