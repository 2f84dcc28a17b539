import type { Element, ElementContent } from 'hast';

export interface MarkOptions {
  /** Match regardless of case (English terms at the start of a sentence). */
  ignoreCase?: boolean;
  /** Do not look inside elements with this class (a mark is never nested in one of its own kind). */
  skipClass?: string;
}

/**
 * Wraps the first occurrence of `needle` in a sanitised inline tree with the element `make`
 * returns, searching text nodes in document order and descending into elements. A needle that
 * spans an element boundary is not found: the text is left as it was rather than broken.
 */
export function markFirst(nodes: ElementContent[], needle: string, make: (text: string) => Element, options: MarkOptions = {}): { nodes: ElementContent[]; found: boolean } {
  const out: ElementContent[] = [];
  let found = false;
  const target = options.ignoreCase ? needle.toLowerCase() : needle;
  for (const node of nodes) {
    if (found || !needle) {
      out.push(node);
      continue;
    }
    if (node.type === 'text') {
      const at = (options.ignoreCase ? node.value.toLowerCase() : node.value).indexOf(target);
      if (at < 0) {
        out.push(node);
        continue;
      }
      const before = node.value.slice(0, at);
      const after = node.value.slice(at + needle.length);
      if (before) out.push({ type: 'text', value: before });
      out.push(make(node.value.slice(at, at + needle.length)));
      if (after) out.push({ type: 'text', value: after });
      found = true;
    } else if (node.type === 'element' && !(options.skipClass && (node.properties?.className as string[] | undefined)?.includes(options.skipClass))) {
      const inner = markFirst(node.children as ElementContent[], needle, make, options);
      out.push({ ...node, children: inner.nodes });
      found = inner.found;
    } else {
      out.push(node);
    }
  }
  return { nodes: out, found };
}

/** Why a quote cannot serve as a precise reference into a text, or null if it can. */
export function quoteProblem(text: string, quote: string): 'missing' | 'repeated' | null {
  const at = text.indexOf(quote);
  if (at < 0) return 'missing';
  return text.indexOf(quote, at + 1) >= 0 ? 'repeated' : null;
}
