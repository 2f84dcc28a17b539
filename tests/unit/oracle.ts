import { readFileSync } from 'node:fs';

/**
 * The report's Markdown read with this file's own few lines, apart from lib/content (remark and the
 * loader's checks): tests that use it cannot pass because the code they test is wrong in the same way.
 * A block is a heading (`# text {#id}`, `## text {#id}`) or a point (`{#id} text`); `*` and `**`
 * emphasis marks are dropped, as the site shows their text.
 */
export function blocksOf(file: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = /^#{1,2} (.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    const point = /^\{#([a-z0-9-]+)\} (.*)$/.exec(line);
    if (heading) blocks.set(heading[2], heading[1].replace(/\*/g, ''));
    else if (point) blocks.set(point[1], point[2].replace(/\*/g, ''));
  }
  return blocks;
}

export const ZH = () => blocksOf('content/zh/report.md');
export const EN = () => blocksOf('content/en/report.md');
