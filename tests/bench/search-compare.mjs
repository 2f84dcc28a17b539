#!/usr/bin/env node
// Our search against Pagefind, on the built site, for the same queries: precision and recall (by
// report page, the finest unit Pagefind returns here) and the bytes a reader downloads to see the
// first results of one query. Pagefind is not a dependency: build its bundle in a scratch folder,
//   mkdir /tmp/pf && cd /tmp/pf && npm i pagefind@1.6.0
//   npx pagefind --site <this repo>/out --output-path /tmp/pf/bundle --root-selector main
// then, after `npm run build` here: node tests/bench/search-compare.mjs /tmp/pf/bundle
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'rolldown';

const bundle = process.argv[2];
if (!bundle || !existsSync(join(bundle, 'pagefind.js'))) {
  console.error('usage: node tests/bench/search-compare.mjs <pagefind bundle folder> (see the comment at the top)');
  process.exit(1);
}
if (!existsSync('out/data/search.json')) {
  console.error('out/ is missing: run `npm run build` first');
  process.exit(1);
}

/** [language, query, relevant-block test]: the oracle reads content/<lang>/report.md, not our index. */
const han = (q) => (text) => text.includes(q);
const forms = (pattern) => (text) => pattern.test(text);
const QUERIES = [
  ['zh', '复议', han('复议')],
  ['zh', '复议调解', han('复议调解')],
  ['zh', '行政复议', han('行政复议')],
  ['zh', '量子计算', han('量子计算')],
  ['zh', '两高一低', han('两高一低')],
  ['zh', '调解成功率', han('调解成功率')],
  ['zh', '营商环境', han('营商环境')],
  ['zh', '城市大脑', han('城市大脑')],
  ['zh', '律师', han('律师')],
  ['zh', '3662', han('3662')],
  ['en', 'mediate', forms(/\bmediat(?:e|es|ed|ing|ion|ions|or|ors)\b/i)],
  ['en', 'reconsider', forms(/\breconsider(?:s|ed|ing|ation|ations)?\b/i)],
  ['en', 'lawyers', forms(/\blawyers?\b/i)],
  ['en', 'enforcement', forms(/\benforc(?:e|es|ed|ing|ement|ements)\b/i)],
  ['en', '3662', forms(/\b3,?662\b/)],
  ['en', '3,662', forms(/\b3,?662\b/)],
];

/** Report pages (ch1-6, opening…) whose blocks satisfy the test. */
function relevantPages(lang, test) {
  const pages = new Set();
  let page = 'opening';
  for (const line of readFileSync(`content/${lang}/report.md`, 'utf8').split('\n')) {
    const section = /\{#((?:ch\d)(?:-\d+)?|opening|closing)\}$/.exec(line);
    if (section && line.startsWith('#')) page = pageOf(section[1]);
    const point = /^\{#[a-z0-9-]+\} (.+)$/.exec(line) ?? /^#{1,2} (.+) \{#/.exec(line);
    if (point && test(point[1].replace(/\*/g, ''))) pages.add(page);
  }
  return pages;
}
// ch1 is printed on the page of its first sub-section; ch2 and ch3's intro likewise (README: Pages).
const pageOf = (id) => ({ ch1: 'ch1-1', ch3: 'ch3-1', closing: 'ch3-4' })[id] ?? id;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css']);

const scratch = mkdtempSync(join(tmpdir(), 'search-compare-'));
await build({
  input: 'tests/bench/search-compare-page.ts',
  output: { file: join(scratch, 'ours.js'), format: 'esm', minify: true },
  write: true,
  logLevel: 'silent',
});

// A static server that gzips what a CDN would and counts the bytes it sends.
let sent = 0;
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const file = path.startsWith('/pagefind/')
    ? join(bundle, path.slice('/pagefind/'.length))
    : path === '/__ours.js'
      ? join(scratch, 'ours.js')
      : join('out', normalize(path), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  let body = readFileSync(file);
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
  if (COMPRESSIBLE.has(extname(file))) {
    body = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
  }
  sent += body.length;
  response.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

/** A query in the page: the first eight results (what a popup shows), then the rest, as URLs. */
async function query(page, engine, lang, q, part) {
  return page.evaluate(
    async ([engine, lang, q, part]) => {
      if (engine === 'ours') {
        const { run } = await import('/__ours.js');
        const urls = await run(q, lang);
        return part === 'first' ? urls.slice(0, 8) : urls.slice(8);
      }
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      const results = part === 'first' ? search.results.slice(0, 8) : search.results.slice(8);
      return (await Promise.all(results.map((r) => r.data()))).map((d) => d.url);
    },
    [engine, lang, q, part],
  );
}

/**
 * Runs one query in a fresh page of the query's language: the report pages it finds, and the
 * bytes fetched until its first eight results can be shown — as the reader's first query, and as
 * a later one (after another query, "法治" or "law", has loaded what is shared).
 */
async function run(engine, lang, q) {
  const measure = async (warm) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/about/`, { waitUntil: 'load' });
    if (warm) await query(page, engine, lang, lang === 'zh' ? '法治' : 'law', 'first');
    sent = 0;
    const first = await query(page, engine, lang, q, 'first');
    const bytes = sent;
    const urls = [...first, ...(await query(page, engine, lang, q, 'rest'))];
    await context.close();
    return { urls, bytes };
  };
  const { urls, bytes } = await measure(false);
  const { bytes: later } = await measure(true);
  const pages = new Set();
  let other = 0;
  for (const url of urls) {
    const match = new RegExp(`^/${lang}/((?:ch\\d(?:-\\d+)?)|opening)/`).exec(new URL(url, origin).pathname);
    if (match) pages.add(match[1]);
    else other++;
  }
  return { pages, other, bytes, later };
}

const score = (found, relevant) => {
  const hit = [...found].filter((p) => relevant.has(p)).length;
  return { precision: found.size ? hit / found.size : relevant.size ? 0 : 1, recall: relevant.size ? hit / relevant.size : 1 };
};
const pct = (x) => `${Math.round(x * 100)}%`.padStart(5);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

try {
  const rows = [];
  for (const [lang, query, test] of QUERIES) {
    const relevant = relevantPages(lang, test);
    const variants = [
      ['ours', query],
      ['pagefind', query],
    ];
    if (lang === 'zh') variants.push(['pagefind', `"${query}"`]);
    for (const [engine, q] of variants) {
      const { pages, other, bytes, later } = await run(engine, lang, q);
      rows.push({ lang, query: q, engine, relevant: relevant.size, found: pages.size, other, ...score(pages, relevant), bytes, later });
    }
  }
  console.log('| lang | query | engine | relevant pages | found | precision | recall | other pages | bytes, first query | bytes, later query |');
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.lang} | ${r.query} | ${r.engine} | ${r.relevant} | ${r.found} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.other} | ${kb(r.bytes)} | ${kb(r.later)} |`,
    );
  for (const engine of ['ours', 'pagefind']) {
    for (const quoted of engine === 'pagefind' ? [false, true] : [false]) {
      const mine = rows.filter((r) => r.engine === engine && (r.lang === 'en' || r.query.startsWith('"') === quoted));
      const mean = (key) => mine.reduce((n, r) => n + r[key], 0) / mine.length;
      console.log(
        `${engine}${engine === 'pagefind' ? (quoted ? ' (Chinese quoted)' : ' (as typed)') : ''}: mean precision ${pct(mean('precision'))}, mean recall ${pct(mean('recall'))}, mean bytes ${kb(mean('bytes'))} (first query), ${kb(mean('later'))} (later query)`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
