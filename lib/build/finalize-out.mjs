#!/usr/bin/env node
// After `next build`: make every page in out/ a plain static page. Next's client runtime (its script
// tags, inline RSC payload and preloads) is removed from the HTML, and the files only that runtime
// reads (the RSC payloads, the unreferenced JS chunks) are deleted. What a page runs is then the inline
// page script (components/shell/PageScript.tsx) and the islands it loads.
//
// Next has no supported switch for this (vercel/next.js #5054, #34063, #45009), so this is the boundary
// where a Next upgrade can break the site silently. It therefore refuses what it does not recognise:
// a script that is neither ours nor one of Next's known shapes, a page still holding Next's payload or
// a pending streaming boundary (content hidden until a removed script would have revealed it), a file
// still looking like an RSC payload, a page still referencing Next's JS. Each stops the build, naming
// the page and what was found. tests/unit/finalize-out.test.ts runs it on Next's raw export
// (tests/fixtures/next-export/) and on each bad case.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** Script types that are data, never run: island props and JSON-LD. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

/** Next's runtime scripts, by shape; anything else that runs is an error, not a silent deletion. */
export const NEXT_SCRIPT_SHAPES = [
  { name: 'a Next chunk', test: (p) => typeof p.src === 'string' && /^\/_next\/static\/chunks\/[\w.-]+\.js$/.test(p.src) },
  {
    name: 'the RSC payload',
    test: (p, text) => p.src === undefined && /^\s*(\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/.test(text),
  },
  {
    name: "Turbopack's chunk list",
    test: (p, text) => p.src === undefined && /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\)\.push\(/.test(text),
  },
];

/** What must not be left in a page once the runtime is gone. */
export const LEFTOVERS = [
  { text: 'self.__next_f', means: "Next's RSC payload" },
  { text: 'TURBOPACK', means: "Turbopack's chunk loader" },
  { text: '<!--$?-->', means: 'a pending streaming boundary (its content arrives by a script that is gone)' },
  { text: '<template id="B:', means: 'a pending streaming boundary' },
  { text: 'hidden id="S:', means: 'content hidden until a removed script would reveal it' },
];

const textOf = (node) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * What a <script> or <link> is: 'ours' (kept), 'runtime' (Next's, removed) or 'unknown' (refused),
 * with a short description for messages.
 */
export function classify(node) {
  const p = node.properties;
  if (node.tagName === 'link') {
    const rel = Array.isArray(p.rel) ? p.rel : [];
    const preloadsScript = (rel.includes('preload') && p.as === 'script') || rel.includes('modulepreload');
    if (!preloadsScript) return { kind: 'ours' };
    return /^\/_next\/static\/chunks\/[\w.-]+\.js$/.test(String(p.href))
      ? { kind: 'runtime', what: 'a chunk preload' }
      : { kind: 'unknown', what: `<link rel="${rel.join(' ')}" href="${p.href}">` };
  }
  if (DATA_TYPES.has(p.type) || p.dataPageScript !== undefined) return { kind: 'ours' };
  const text = textOf(node);
  const shape = NEXT_SCRIPT_SHAPES.find((s) => s.test(p, text));
  if (shape) return { kind: 'runtime', what: shape.name };
  const start = p.src !== undefined ? `<script src="${p.src}">` : `<script>${text.trim().slice(0, 60)}${text.trim().length > 60 ? '…' : ''}`;
  return { kind: 'unknown', what: start };
}

/** One page: Next's runtime removed. Returns the new HTML, how many elements went, and the problems found. */
export function finalizePage(html, page) {
  const tree = fromHtml(html);
  const problems = [];
  let removed = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || (node.tagName !== 'script' && node.tagName !== 'link')) return;
    const { kind, what } = classify(node);
    if (kind === 'ours') return;
    if (kind === 'unknown') {
      problems.push(
        `${page}: ${what} is neither the page script, a data script nor one of Next's known runtime scripts\n  fix: if Next changed its output, teach NEXT_SCRIPT_SHAPES in lib/build/finalize-out.mjs the new shape; if it is ours, make it an island (components/islands) or part of the page script`,
      );
      return;
    }
    parent.children.splice(index, 1);
    removed++;
    return [SKIP, index];
  });
  const text = toHtml(tree, { upperDoctype: true });
  for (const { text: marker, means } of LEFTOVERS) {
    if (text.includes(marker))
      problems.push(
        `${page}: still holds "${marker}": ${means}\n  fix: render it complete at build time (no Suspense boundary left pending, no client-only content); see "Upgrading Next" in the README`,
      );
  }
  if (text.includes('data-island=') && !text.includes('data-page-script'))
    problems.push(`${page}: has islands but no page script to load them (render components/shell/PageScript.tsx in its layout)`);
  const nextScripts = [...text.matchAll(/<script[^>]+src="(\/_next\/[^"]+)"/g)].map((m) => m[1]);
  for (const src of nextScripts) problems.push(`${page}: still loads ${src}`);
  return { html: text, removed, problems };
}

/** An RSC payload, whatever Next names the file: flight rows like `1:"$Sreact.fragment"` or `:HL[…]`. */
export const isRscPayload = (text) => /^[0-9a-f]*:(HL|I|T)?[[{"]/.test(text);

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** Every page of an export finalised in place; the runtime-only files deleted. */
export function finalizeOut(dir) {
  const problems = [];
  let removed = 0;
  const html = files(dir).filter((file) => file.endsWith('.html'));
  for (const file of html) {
    const result = finalizePage(readFileSync(file, 'utf8'), relative(dir, file));
    problems.push(...result.problems);
    removed += result.removed;
    writeFileSync(file, result.html);
  }

  // The RSC payloads (recognised by their content, not their names) and the JS chunks no page references any more.
  const pages = html.map((file) => readFileSync(file, 'utf8')).join('\n');
  let deleted = 0;
  for (const file of files(dir)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const payload = name.endsWith('.txt') && isRscPayload(readFileSync(file, 'utf8').slice(0, 200));
    const chunk = file.startsWith(join(dir, '_next')) && name.endsWith('.js') && !pages.includes(`/${relative(dir, file)}`);
    if (payload || chunk) {
      rmSync(file);
      deleted++;
    }
  }
  // A payload Next has started writing under another name would be published: say so.
  for (const file of files(dir)) {
    if (/\.(html|js|css|json|csv|svg|png|xml|txt|ico|otf|woff2?)$/.test(file) && !file.endsWith('.txt')) continue;
    if (isRscPayload(readFileSync(file, 'utf8').slice(0, 200)))
      problems.push(
        `${relative(dir, file)}: looks like an RSC payload that was not deleted\n  fix: Next writes its payloads under a new name: teach finalizeOut in lib/build/finalize-out.mjs`,
      );
  }
  for (const match of pages.matchAll(/(?:src|href)="(\/_next\/[^"]+)"/g)) {
    try {
      statSync(join(dir, match[1].split('?')[0]));
    } catch {
      problems.push(`a page references ${match[1]}, which is not in ${dir}/`);
    }
  }
  return { pages: html.length, removed, deleted, problems: [...new Set(problems)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'out';
  const result = finalizeOut(dir);
  if (result.problems.length) {
    console.error(`finalize-out: ${result.problems.length} problem(s):\n${result.problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`finalize-out: ${result.pages} pages, ${result.removed} runtime elements removed, ${result.deleted} runtime-only files deleted`);
}
