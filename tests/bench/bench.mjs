#!/usr/bin/env node
// `npm run bench` (after a build): for each kind of page, in both languages, prints
// - bytes (gzip -9, KB): the HTML, its CSS, the text's own size (the page's main text alone: the floor),
//   JavaScript downloaded at load and after scrolling to the end, and the charts' drawings inside the HTML;
// - Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU slowdown), median of N runs:
//   performance, accessibility, best practices, SEO, TBT, LCP, CLS;
// - the same Lighthouse numbers for a plain HTML page of the same text (no CSS, no script), measured in
//   the same run, so the gap between our page and the floor is visible.
// Options: --runs N (default 5), --only <substring of a path>, --no-lighthouse, --no-floor.
// It measures the out/ of the current directory, so an older checkout's build can be measured with this script.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 5));
const ONLY = option('--only', '');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const FLOOR = !args.includes('--no-floor');
const LIGHTHOUSE_BIN = fileURLToPath(new URL('../../node_modules/.bin/lighthouse', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PORT = 4175;
const FLOOR_PORT = 4176;
const origin = `http://127.0.0.1:${PORT}`;
const PAGES = [
  ['home', '/zh/', '/en/'],
  ['text section', '/zh/ch1-5/', '/en/ch1-5/'],
  ['chart section', '/zh/ch1-6/', '/en/ch1-6/'],
  ['full report', '/zh/full/', '/en/full/'],
  ['figures', '/zh/figures/', '/en/figures/'],
].map(([kind, ...paths]) => [kind, paths.filter((path) => path.includes(ONLY))]);

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const gzipFile = (path) => gzip(readFileSync(`out${path}`));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// `npm start`'s server, with the shipped headers; its own process group, so stopping it stops it all.
const serve = (dir, port) => spawn('node', ['lib/build/serve-out.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore', detached: true });
const stop = (child) => {
  try {
    process.kill(-child.pid);
  } catch {
    // already gone
  }
};
async function ready(url) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

/** Lighthouse's CLI, once per run, in a fresh Chromium; the median run by performance score. */
function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const file = join(tmpdir(), `lh-${process.pid}.json`);
    const result = spawnSync(LIGHTHOUSE_BIN, [url, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-flags=${FLAGS.join(' ')}`], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`lighthouse ${url}: ${result.stderr}`);
    const lhr = JSON.parse(readFileSync(file, 'utf8'));
    runs.push({
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      bestPractices: lhr.categories['best-practices'].score * 100,
      seo: lhr.categories.seo.score * 100,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
    });
  }
  const score = median(runs.map((r) => r.performance));
  return runs.find((r) => r.performance === score);
}

/** The page's main text alone, as a plain HTML page: the physical floor for this page. */
const floorHtml = (lang, title, text) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${title}"><title>${title}</title><main>${text
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</main></html>`;

const floorDir = join(tmpdir(), `floor-${process.pid}`);
mkdirSync(floorDir, { recursive: true });
// The floor is served with the same headers (it has no script or style for the policy to refuse).
writeFileSync(join(floorDir, '_headers'), readFileSync('out/_headers'));
writeFileSync(join(floorDir, '404.html'), '<!doctype html><title>404</title>');
const server = serve('out', PORT);
const floorServer = serve(floorDir, FLOOR_PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });

try {
  await ready(origin);
  const rows = [];
  for (const [kind, paths] of PAGES) {
    for (const path of paths) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const scripts = new Set();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && response.status() === 200) scripts.add(new URL(response.url()).pathname);
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const initial = [...scripts];
      const text = await page.locator('main').innerText();
      const title = await page.title();
      const lang = await page.evaluate(() => document.documentElement.lang);
      for (let y = 0; y < 40; y++) {
        await page.mouse.wheel(0, 900);
        await page.waitForTimeout(40);
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const all = [...scripts];
      await page.close();
      const html = readFileSync(`out${path}index.html`, 'utf8');
      // The charts are drawn into the page: what they add to it (gzip of the drawings alone).
      const drawings = (html.match(/<svg[^>]*class="chart-drawing[\s\S]*?<\/svg>/g) ?? []).join('');
      const css = [...new Set(html.match(/\/_next\/static\/[^"]+\.css/g) ?? [])].reduce((sum, p) => sum + gzipFile(p), 0);
      const floorName = `${path.replace(/\//g, '_')}.html`;
      writeFileSync(join(floorDir, floorName), floorHtml(lang, title, text));
      rows.push({
        kind,
        path,
        html: gzip(html),
        css,
        text: gzip(text),
        initial: initial.reduce((s, p) => s + gzipFile(p), 0),
        scrolled: all.reduce((s, p) => s + gzipFile(p), 0),
        drawings: drawings ? gzip(drawings) : 0,
        floorName,
      });
    }
  }

  console.log('Bytes per page, gzip -9, KB (phone viewport; "scrolled" = after scrolling to the end)\n');
  const byteHeads = ['page', 'path', 'HTML', 'of it charts', 'CSS', 'text', 'JS at load', 'JS scrolled'];
  table(
    byteHeads,
    rows.map((r) => [r.kind, r.path, kb(r.html), r.drawings ? kb(r.drawings) : '—', kb(r.css), kb(r.text), kb(r.initial), kb(r.scrolled)]),
  );

  if (LIGHTHOUSE) {
    if (FLOOR) await ready(`http://127.0.0.1:${FLOOR_PORT}/${rows[0].floorName}`);
    console.log(
      `\nLighthouse ${JSON.parse(readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version}, mobile defaults, median of ${RUNS} run(s); "floor" = a plain HTML page of the same text\n`,
    );
    const out = [];
    for (const row of rows) {
      const targets = [[row.path, origin + row.path], ...(FLOOR ? [['  floor', `http://127.0.0.1:${FLOOR_PORT}/${row.floorName}`]] : [])];
      for (const [label, url] of targets) {
        const r = lighthouse(url);
        out.push([
          row.kind,
          label,
          r.performance,
          r.accessibility,
          r.bestPractices,
          r.seo,
          `${Math.round(r.tbt)} ms`,
          `${(r.lcp / 1000).toFixed(2)} s`,
          r.cls.toFixed(3),
        ]);
        console.error(`  measured ${url}`);
      }
    }
    table(['page', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'TBT', 'LCP', 'CLS'], out);
  }
} finally {
  await browser.close();
  stop(server);
  stop(floorServer);
  rmSync(floorDir, { recursive: true, force: true });
}

function table(heads, body) {
  const widths = heads.map((head, i) => Math.max(head.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(heads));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
