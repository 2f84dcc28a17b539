#!/usr/bin/env node
// After `next build`: make every page in out/ a plain static page. Next's client runtime (its script
// tags, inline RSC payload and preloads) is removed from the HTML, and the files only that runtime
// reads (the __next.*.txt and index.txt RSC payloads, the unreferenced JS chunks) are deleted.
// What a page runs is then the inline page script (components/shell/PageScript.tsx) and the islands it
// loads. Fails loudly if a page with islands has no page script to load them, or still references a deleted file.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

const OUT = process.argv[2] ?? 'out';
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** Is this element part of Next's client runtime (and not the page's own script or data)? */
function isRuntime(node) {
  if (node.type !== 'element') return false;
  const p = node.properties;
  if (node.tagName === 'script') return !DATA_TYPES.has(p.type) && p.dataPageScript === undefined;
  if (node.tagName === 'link') return (p.rel?.includes('preload') && p.as === 'script') || p.rel?.includes('modulepreload');
  return false;
}

const problems = [];
let removed = 0;
const html = files(OUT).filter((file) => file.endsWith('.html'));
for (const file of html) {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  visit(tree, (node, index, parent) => {
    if (!parent || !isRuntime(node)) return;
    parent.children.splice(index, 1);
    removed++;
    return [SKIP, index];
  });
  const text = toHtml(tree, { upperDoctype: true });
  const page = relative(OUT, file);
  if (text.includes('data-island=') && !text.includes('data-page-script')) problems.push(`${page}: has islands but no page script to load them (render components/shell/PageScript.tsx in its layout)`);
  writeFileSync(file, text);
}

// The RSC payloads and the JS chunks no page references any more.
const pages = html.map((file) => readFileSync(file, 'utf8')).join('\n');
let deleted = 0;
for (const file of files(OUT)) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const rsc = /^(index|__next\..*)\.txt$/.test(name);
  const chunk = file.startsWith(join(OUT, '_next')) && name.endsWith('.js') && !pages.includes(`/${relative(OUT, file)}`);
  if (rsc || chunk) {
    rmSync(file);
    deleted++;
  }
}
for (const match of pages.matchAll(/(?:src|href)="(\/_next\/[^"]+)"/g)) {
  try {
    statSync(join(OUT, match[1].split('?')[0]));
  } catch {
    problems.push(`a page references ${match[1]}, which is not in ${OUT}/`);
  }
}

if (problems.length) {
  console.error(`finalize-out: ${problems.length} problem(s):\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
console.log(`finalize-out: ${html.length} pages, ${removed} runtime elements removed, ${deleted} runtime-only files deleted`);
