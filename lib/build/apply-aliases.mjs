#!/usr/bin/env node
/**
 * After finalize-out: makes every alias of content/aliases.json (lib/site/aliases.ts) real in out/,
 * so a published link that was renamed still lands: a redirect page at each old page URL (canonical
 * link and an immediate refresh, for hosts without rules), out/_redirects (Netlify, Cloudflare Pages;
 * postbuild-serve turns it into nginx 301s), and the old ids as extra anchors beside the live ones.
 * ALIASES_EXTRA=<file> adds the aliases of another file (the end-to-end build uses
 * tests/fixtures/aliases.e2e.json to follow one of each kind). Stops the build, naming the alias and
 * the fix, when one would not be served.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { importTs } from './import-ts.mjs';

const OUT = process.argv[2] ?? 'out';
const { aliasesForBuild, redirectPage } = await importTs('lib/site/aliases-build.ts');
const { redirects, anchors, unserved, origin } = aliasesForBuild(process.env.ALIASES_EXTRA);
const problems = unserved.map(
  (alias) => `${alias}: this alias leads to nothing the site can serve\n  fix: point it at a live id or page URL (content/aliases.json)`,
);

/** Elements whose children are fixed (rows hold cells, lists hold items…): an anchor cannot stand among them. */
const FIXED_CHILDREN = new Set(['dl', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'select']);
const firstElement = (node, test) => node.children.find((c) => c.type === 'element' && test(c));

/** Puts the anchor just before the live element, or where that would be invalid HTML, at the start of its first cell, term or item. */
function insertBeside(node, index, parent, mark) {
  if (!FIXED_CHILDREN.has(parent.tagName) && node.tagName !== 'tr') return void parent.children.splice(index, 0, mark);
  let holder = node;
  if (node.tagName === 'tr') holder = firstElement(node, (c) => c.tagName === 'td' || c.tagName === 'th') ?? node;
  else if (parent.tagName === 'dl' && node.tagName === 'div') holder = firstElement(node, (c) => c.tagName === 'dt' || c.tagName === 'dd') ?? node;
  holder.children.unshift(mark);
}

const fileOf = (url) => join(OUT, url.endsWith('/') ? `${url}index.html` : url);
for (const { from, to } of redirects) {
  const file = fileOf(from);
  if (existsSync(file)) {
    problems.push(`${from}: is an alias, but the site still publishes a page there\n  fix: remove the alias, or the page`);
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, redirectPage(from, to, origin));
}

const byPage = new Map();
for (const anchor of anchors) byPage.set(anchor.page, [...(byPage.get(anchor.page) ?? []), anchor]);
for (const [page, wanted] of byPage) {
  const file = fileOf(page);
  if (!existsSync(file)) {
    problems.push(`${page}: holds aliases (${wanted.map((a) => a.id).join(', ')}), but the page is not in ${OUT}/`);
    continue;
  }
  const tree = fromHtml(readFileSync(file, 'utf8'));
  for (const anchor of wanted) {
    let placed = false;
    visit(tree, 'element', (node, index, parent) => {
      if (placed || node.properties.id !== anchor.beside || !parent) return;
      const mark = { type: 'element', tagName: 'span', properties: { id: anchor.id, className: ['alias-anchor', 'anchor'] }, children: [] };
      insertBeside(node, index, parent, mark);
      placed = true;
    });
    if (!placed) problems.push(`${page}: has no #${anchor.beside}, beside which the alias #${anchor.id} would go`);
  }
  writeFileSync(file, toHtml(tree, { upperDoctype: true }));
}

const redirectsFile = join(OUT, '_redirects');
writeFileSync(redirectsFile, redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : ''));

if (problems.length) {
  console.error(`aliases: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `aliases: ${redirects.length} redirect(s), ${anchors.length} extra anchor(s) on ${byPage.size} page(s)${process.env.ALIASES_EXTRA ? ` (with ${process.env.ALIASES_EXTRA})` : ''}`,
);
