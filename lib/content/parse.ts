import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from './errors';
import { parseMarkdown } from './markdown';
import type { Lang } from './types';

export interface HeadingBlock {
  kind: 'section';
  id: string;
  level: 1 | 2;
  /** The heading as printed, or null for a section without one (`# {#opening}`). */
  heading: string | null;
  line: number;
}

export interface PointBlock {
  kind: 'point';
  id: string;
  text: string;
  inline: PhrasingContent[];
  line: number;
}

export type Block = HeadingBlock | PointBlock;

/** One language's report file, parsed into blocks in document order. */
export interface LanguageDocument {
  file: string;
  lang: Lang;
  blocks: Block[];
}

const ALLOWED_INLINE = new Set(['text', 'emphasis', 'strong']);

/**
 * Parses a report file: level-1 and level-2 headings open sections, every other block is a
 * paragraph that starts with its id. Anything else (lists, links, raw HTML, …) is a problem.
 */
export function parseReportFile(markdown: string, file: string, lang: Lang): { document: LanguageDocument; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const blocks: Block[] = [];
  const report = (line: number, problem: string, fix: string) => problems.push({ file, line, problem, fix });
  const cut = cutShort(markdown);
  if (cut) report(cut.line, cut.problem, cut.fix);

  for (const node of parseMarkdown(markdown).children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const id = node.data?.id;
      const text = toString(node).trim();
      if (node.depth > 2) {
        report(line, `a level-${node.depth} heading; the report has only chapters (#) and sub-sections (##)`, 'use "#" for a chapter or "##" for a sub-section');
      } else if (id === undefined) {
        report(line, `the heading "${text}" has no id`, 'end the heading with its id, e.g. "## （六）依法化解社会矛盾纠纷 {#ch1-6}"');
      } else {
        blocks.push({ kind: 'section', id, level: node.depth as 1 | 2, heading: text === '' ? null : text, line });
      }
      continue;
    }
    if (node.type !== 'paragraph') {
      report(line, `${describe(node)} is not allowed in the report`, 'write the text as a paragraph that starts with its id, e.g. "{#ch1-6-p2} 二是……"');
      continue;
    }
    const id = node.data?.id;
    const text = toString(node).trim();
    if (id === undefined) {
      report(line, `the paragraph "${excerpt(text)}" has no id`, 'start the paragraph with its id, e.g. "{#ch1-6-p2} 二是……", and leave a blank line between paragraphs');
      continue;
    }
    // A point with a problem is still kept as a block, so that the other checks do not also report it missing.
    const inlineProblem = findDisallowedInline(node.children);
    if (inlineProblem) {
      report(inlineProblem.position?.start.line ?? line, `point "${id}" contains ${describe(inlineProblem)}; only plain text, *emphasis* and **strong** are allowed`, inlineProblem.type === 'html' ? 'remove the HTML and write the text itself' : 'write it as plain text');
    } else if (/\{#[^}]*\}/.test(text)) {
      report(line, `point "${id}" contains a second id marker`, 'separate points with a blank line: each paragraph carries exactly one id');
    } else if (text === '') {
      report(line, `point "${id}" has no text`, 'write the text after the id, or remove the empty point');
    }
    blocks.push({ kind: 'point', id, text, inline: node.children, line });
  }
  return { document: { file, lang, blocks }, problems };
}

/**
 * A text file ends with a line break. One that does not was most likely cut short, and a cut in
 * the last paragraph would otherwise publish a shortened text that every other check accepts.
 */
export function cutShort(text: string): { line: number; problem: string; fix: string } | undefined {
  if (text === '' || text.endsWith('\n')) return undefined;
  return {
    line: text.split('\n').length,
    problem: 'the file does not end with a line break: it may have been cut short',
    fix: 'restore the end of the file (from version control if it was cut), ending its last line with a line break',
  };
}

function findDisallowedInline(nodes: PhrasingContent[]): PhrasingContent | undefined {
  for (const node of nodes) {
    if (!ALLOWED_INLINE.has(node.type)) return node;
    if ('children' in node) {
      const inner = findDisallowedInline(node.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function describe(node: RootContent): string {
  const names: Record<string, string> = { html: 'raw HTML', list: 'a list', code: 'a code block', blockquote: 'a block quote', thematicBreak: 'a horizontal rule', table: 'a table', link: 'a link', image: 'an image', inlineCode: 'inline code', break: 'a line break', definition: 'a link definition' };
  return names[node.type] ?? `a ${node.type} node`;
}

export function excerpt(text: string, length = 24): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
