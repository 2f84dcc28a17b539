import type { ElementContent } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkBlockIds from './remark-block-ids';

/** Markdown → mdast: the report files are parsed once, keeping line numbers for error messages. */
const parser = unified()
  .use(remarkParse) // CommonMark → mdast with positions
  .use(remarkBlockIds); // `{#id}` markers → data.id on headings and paragraphs

/** mdast → hast for one point's inline content. */
const toHtml = unified()
  .use(remarkRehype) // mdast → hast; raw HTML is dropped, never passed through
  .use(rehypeSanitize); // GitHub's allow-list, a second guard against unsafe markup

export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

export function inlineToHast(children: PhrasingContent[]): ElementContent[] {
  const root = toHtml.runSync({ type: 'root', children }) as import('hast').Root;
  return root.children as ElementContent[];
}

/** Markdown → safe hast for the site's own prose pages (about): headings, lists, links, emphasis. */
const prose = unified()
  .use(remarkParse) // CommonMark → mdast
  .use(remarkRehype) // mdast → hast; raw HTML is dropped
  .use(rehypeSanitize); // GitHub's allow-list

/** Prose Markdown → mdast, with positions, for the checks that name a line. */
export function parseProse(markdown: string): Root {
  return prose.parse(markdown);
}

export function proseToHast(markdown: string): import('hast').Root {
  return prose.runSync(prose.parse(markdown)) as import('hast').Root;
}
