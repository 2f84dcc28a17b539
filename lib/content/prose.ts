import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentProblem } from './errors';
import { parseProse, proseToHast } from './markdown';
import { cutShort } from './parse';
import type { Lang } from './types';

/** A prose page of the site (content/<lang>/<name>.md), as a sanitised HTML tree. Raw HTML, or a file cut short, stops the build. */
export function loadProse(lang: Lang, name: string, root = process.cwd()): Root {
  const file = `content/${lang}/${name}.md`;
  const markdown = readFileSync(join(root, file), 'utf8');
  // Every raw HTML node, block or inline (the pipeline would drop it; the author should know).
  const problems: ContentProblem[] = [];
  visit(parseProse(markdown), 'html', (node) => {
    problems.push({ file, line: node.position?.start.line ?? 1, problem: 'raw HTML is not allowed in content', fix: 'write Markdown instead; content is data, not code' });
  });
  const cut = cutShort(markdown);
  if (cut) problems.push({ file, ...cut });
  if (problems.length) throw new ContentError(problems);
  return proseToHast(markdown);
}
