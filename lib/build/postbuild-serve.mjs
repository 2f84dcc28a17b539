#!/usr/bin/env node
/**
 * Run after `next build` (and after any step that rewrites out/**.html): makes out/ ready to serve.
 * 1. hashes every inline script, <style> and style attribute the pages contain into the CSP,
 *    refusing inline event handlers and javascript: URLs (file:line, fix);
 * 2. writes .br and .gz twins of every text file;
 * 3. writes out/_headers (Netlify, Cloudflare Pages) and deploy/nginx/generated/rules.conf from deploy/headers.mjs.
 * Usage: node lib/build/postbuild-serve.mjs [outDir]   (NGINX_BROTLI=0 leaves brotli_static out)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESS_MIN_BYTES, TEXT_EXTENSIONS, contentSecurityPolicy, renderHeadersFile } from '../../deploy/headers.mjs';
import { distinctHashes, inlineSources } from '../../deploy/inline-hashes.mjs';
import { renderRules } from '../../deploy/nginx/render.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'out'));
const NGINX_RULES = join(ROOT, 'deploy', 'nginx', 'generated', 'rules.conf');
// Cloudflare Pages refuses _headers lines longer than this.
const HEADER_LINE_LIMIT = 2000;

const toUrlPath = (file) => `/${relative(OUT, file).split(sep).join('/')}`;
const extension = (file) => file.slice(file.lastIndexOf('.') + 1).toLowerCase();

function listFiles() {
  return readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function collectInlineSources(htmlFiles) {
  const scripts = [];
  const styles = [];
  const styleAttributes = [];
  const problems = [];
  for (const file of htmlFiles) {
    const found = inlineSources(readFileSync(file, 'utf8'));
    scripts.push(...found.scripts.map((text) => ({ text, page: relative(OUT, file) })));
    styles.push(...found.styles);
    styleAttributes.push(...found.styleAttributes);
    for (const { line, problem, fix } of found.problems) problems.push(`${relative(ROOT, file)}:${line}: ${problem}\n  fix: ${fix}`);
  }
  return { scripts, styles, styleAttributes, problems };
}

async function precompress(files) {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let original = 0;
  let brotliBytes = 0;
  let count = 0;
  await Promise.all(
    files.map(async (file) => {
      const data = readFileSync(file);
      if (data.length < COMPRESS_MIN_BYTES) return;
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // A twin that is not smaller would only cost the reader the decompression.
      if (br.length < data.length) writeFileSync(`${file}.br`, br);
      if (gzipped.length < data.length) writeFileSync(`${file}.gz`, gzipped);
      original += data.length;
      brotliBytes += Math.min(br.length, data.length);
      count += 1;
    }),
  );
  return { count, original, brotliBytes };
}

/** The aliases' redirects (out/_redirects, written by lib/build/apply-aliases.mjs), for nginx. */
function readRedirects() {
  let text = '';
  try {
    text = readFileSync(join(OUT, '_redirects'), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      return { from, to, status: Number(status) };
    });
}

/**
 * Pages run one inline script: the page script. A second distinct one (Next's runtime left in, a
 * script added by hand) would need its own hash in every page's CSP: refuse it, naming it.
 */
export function inlineScriptProblems(scripts) {
  const distinct = new Map();
  for (const { text, page } of scripts) distinct.set(text, [...(distinct.get(text) ?? []), page]);
  if (distinct.size <= 1) return [];
  return [
    `the pages carry ${distinct.size} different inline scripts; only the page script (components/shell/PageScript.tsx) may be inline:\n` +
      [...distinct]
        .map(([text, pages]) => `  ${JSON.stringify(text.slice(0, 70))}${text.length > 70 ? '…' : ''} in ${pages.length} page(s), e.g. ${pages[0]}`)
        .join('\n') +
      '\n  fix: run lib/build/finalize-out.mjs first (npm run build does); make any other script an island (components/islands)',
  ];
}

async function main() {
  if (!statSync(OUT, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`${relative(ROOT, OUT) || OUT}: no such folder\n  fix: run \`next build\` first (npm run build does both)`);
    process.exit(1);
  }
  // Twins from an earlier run are rebuilt from their originals.
  for (const file of listFiles()) if (/\.(br|gz)$/.test(file)) rmSync(file);
  const files = listFiles().filter((file) => !['/_headers', '/_redirects'].includes(toUrlPath(file)));

  const htmlFiles = files.filter((file) => extension(file) === 'html');
  const inline = collectInlineSources(htmlFiles);
  if (inline.problems.length > 0) {
    console.error(`${inline.problems.length} inline script(s) the Content-Security-Policy cannot allow:\n${inline.problems.join('\n')}`);
    process.exit(1);
  }
  const scriptTexts = inline.scripts.map((script) => script.text);
  const several = inlineScriptProblems(inline.scripts);
  if (several.length > 0) {
    console.error(`postbuild-serve: ${several.join('\n')}`);
    process.exit(1);
  }
  const csp = contentSecurityPolicy({
    scriptHashes: distinctHashes(scriptTexts),
    styleHashes: distinctHashes(inline.styles),
    styleAttributeHashes: distinctHashes(inline.styleAttributes),
  });

  const compressed = await precompress(files.filter((file) => TEXT_EXTENSIONS.includes(extension(file))));

  const entries = readdirSync(OUT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || !/\.(br|gz)$/.test(entry.name))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  const typedFiles = files.filter((file) => ['json', 'csv'].includes(extension(file)) && !toUrlPath(file).startsWith('/_next/')).map(toUrlPath);
  writeFileSync(join(OUT, '_headers'), renderHeadersFile({ csp, entries, typedFiles }));
  mkdirSync(dirname(NGINX_RULES), { recursive: true });
  writeFileSync(NGINX_RULES, renderRules({ csp, brotli: process.env.NGINX_BROTLI !== '0', redirects: readRedirects() }));

  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    [
      `postbuild-serve: ${htmlFiles.length} pages; CSP allows ${distinctHashes(scriptTexts).length} inline script(s) (${scriptTexts.length} occurrences), ` +
        `${distinctHashes(inline.styles).length} <style>, ${distinctHashes(inline.styleAttributes).length} style attribute(s); CSP ${csp.length} characters`,
      `postbuild-serve: ${compressed.count} text files precompressed, ${kb(compressed.original)} → ${kb(compressed.brotliBytes)} brotli`,
      `postbuild-serve: wrote ${relative(ROOT, join(OUT, '_headers'))} and ${relative(ROOT, NGINX_RULES)}`,
    ].join('\n'),
  );
  if (csp.length + 'Content-Security-Policy: '.length + 2 > HEADER_LINE_LIMIT) {
    console.warn(
      `postbuild-serve: warning: the CSP is ${csp.length} characters, over Cloudflare Pages' ${HEADER_LINE_LIMIT}-character _headers line limit ` +
        "(nginx and Netlify accept it)\n  fix: ship fewer distinct inline scripts (Next's per-page RSC scripts are the usual cause)",
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
