import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { ContentError } from './errors';
import { proseToHast } from './markdown';
import type { Lang } from './types';

/** A prose page of the site (content/<lang>/<name>.md), as a sanitised HTML tree. Raw HTML stops the build. */
export function loadProse(lang: Lang, name: string, root = process.cwd()): Root {
  const file = `content/${lang}/${name}.md`;
  const markdown = readFileSync(join(root, file), 'utf8');
  const html = /^\s*<[a-z!/]/im.exec(markdown);
  if (html) {
    const line = markdown.slice(0, html.index).split('\n').length + (html[0].startsWith('\n') ? 1 : 0);
    throw new ContentError([{ file, line, problem: 'raw HTML is not allowed in content', fix: 'write Markdown instead; content is data, not code' }]);
  }
  return proseToHast(markdown);
}
