#!/usr/bin/env node
// Search speed and weight: every query typed one keystroke at a time, timed as the header popup
// runs it (the first 8 results with snippets, plus the count), and the bytes the reader downloads
// when they start searching. Run after `npm run build` (it reads out/data/search.json).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

const DATA = 'out/data/search.json';
if (!existsSync(DATA)) {
  console.error(`${DATA} is missing: run \`npm run build\` first`);
  process.exit(1);
}

/** The queries of tests/unit/search.test.ts and the issue, in the language of the page they are typed on. */
const QUERIES = [
  ['zh', '复议'],
  ['zh', '复议调解'],
  ['zh', '行政复议'],
  ['zh', '量子计算'],
  ['zh', '两高一低'],
  ['zh', '调解成功率'],
  ['zh', '营商环境'],
  ['zh', '法治政府建设'],
  ['zh', '城市大脑'],
  ['zh', '疫情防控'],
  ['zh', '法'],
  ['zh', '的'],
  ['zh', '3662'],
  ['zh', '3662件'],
  ['zh', '复议 律师'],
  ['zh', '行政执法监督规范化建设创新实践工作'],
  ['en', 'mediate'],
  ['en', 'reconsider'],
  ['en', 'reconsideration'],
  ['en', 'mediation lawyers'],
  ['en', 'law'],
  ['en', 'the'],
  ['en', 'a'],
  ['en', 'two highs and one low'],
  ['en', 'city brain'],
  ['en', 'business environment'],
  ['en', '3,662'],
  ['en', '3662'],
  ['en', '99.42'],
  ['en', 'administrative reconsideration cases'],
  ['en', 'e'],
];

const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
const outputs = {};
try {
  for (const [name, input] of [
    ['query', 'lib/search/query.ts'],
    ['search-island', 'components/islands/search.ts'],
    ['search-results-island', 'components/islands/search-results.ts'],
  ]) {
    const { output } = await build({ input, output: { file: join(dir, `${name}.mjs`), format: 'esm', minify: true }, write: true, logLevel: 'silent' });
    outputs[name] = output[0].code;
  }
  const { createSearch } = await import(join(dir, 'query.mjs'));
  const raw = readFileSync(DATA);

  const loadTimes = [];
  let search;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    search = createSearch(JSON.parse(raw.toString('utf8')));
    loadTimes.push(performance.now() - start);
  }

  // Warm up, as a reader's second keystroke would be.
  for (const [lang, query] of QUERIES) search.search(query, lang, { limit: 8 });
  const keystrokes = [];
  for (const [lang, query] of QUERIES) {
    const chars = [...query];
    for (let n = 1; n <= chars.length; n++) {
      const typed = chars.slice(0, n).join('');
      const start = performance.now();
      const shown = search.search(typed, lang, { limit: 8, snippetWidth: 110 });
      const total = shown.length < 8 ? shown.length : search.count(typed, lang);
      keystrokes.push({ lang, typed, ms: performance.now() - start, total });
    }
  }
  const fullPage = QUERIES.map(([lang, query]) => {
    const start = performance.now();
    const all = search.search(query, lang, { snippetWidth: 240 });
    return { query, ms: performance.now() - start, n: all.length };
  });

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const max = (xs) => Math.max(...xs);
  const ms = (x) => `${x.toFixed(2)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const slowest = keystrokes.reduce((a, b) => (b.ms > a.ms ? b : a));

  console.log(`search data ${DATA}: ${kb(raw.length)} raw, ${kb(gzipSync(raw, { level: 9 }).length)} gzip`);
  for (const [name, code] of Object.entries(outputs))
    console.log(`${name} (minified): ${kb(Buffer.byteLength(code))} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
  console.log(
    `index build (parse + fold + tokenise): first (cold) ${ms(loadTimes[0])}; then, ${loadTimes.length - 1} runs: median ${ms(median(loadTimes.slice(1)))}, max ${ms(max(loadTimes.slice(1)))}`,
  );
  console.log(
    `keystrokes: ${keystrokes.length} over ${QUERIES.length} queries; popup search (8 results + count): median ${ms(median(keystrokes.map((k) => k.ms)))}, max ${ms(slowest.ms)} ("${slowest.typed}", ${slowest.total} results)`,
  );
  console.log(
    `results page (all results), ${fullPage.length} queries: median ${ms(median(fullPage.map((f) => f.ms)))}, max ${ms(max(fullPage.map((f) => f.ms)))}`,
  );
  console.log('\nquery                                       results   full list');
  for (const f of fullPage) console.log(`${f.query.padEnd(40)} ${String(f.n).padStart(8)}   ${ms(f.ms).padStart(9)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
