#!/usr/bin/env node
// Prints what each kind of page downloads, gzip-compressed, before and after the reader scrolls
// to the end: JavaScript, and whether it includes Recharts. Run after `npm run build` (npm run bench does both).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4175;
const origin = `http://127.0.0.1:${PORT}`;
const PAGES = [
  ['home', '/zh/', '/en/'],
  ['text section', '/zh/ch1-5/', '/en/ch1-5/'],
  ['chart section', '/zh/ch1-6/', '/en/ch1-6/'],
  ['full report', '/zh/full/', '/en/full/'],
  ['figures', '/zh/figures/', '/en/figures/'],
];

const gzipBytes = (path) => gzipSync(readFileSync(`out${path}`), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

const server = spawn('npx', ['serve', 'out', '--listen', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-request-logging'], { env: { ...process.env, NO_UPDATE_CHECK: '1' }, stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const rows = [];
  for (const [kind, ...paths] of PAGES) {
    for (const path of paths) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const scripts = new Map();
      page.on('response', async (response) => {
        const url = new URL(response.url());
        if (response.request().resourceType() === 'script' && response.status() === 200) scripts.set(url.pathname, scripts.size);
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const initial = [...scripts.keys()];
      for (let y = 0; y < 30; y++) {
        await page.mouse.wheel(0, 900);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      const all = [...scripts.keys()];
      const recharts = all.filter((p) => readFileSync(`out${p}`, 'utf8').includes('recharts-cartesian-grid'));
      const html = gzipBytes(`${path}index.html`);
      const css = [...new Set((readFileSync(`out${path}index.html`, 'utf8').match(/\/_next\/static\/[^"]+\.css/g) ?? []))].reduce((sum, p) => sum + gzipBytes(p), 0);
      rows.push({ kind, path, html, css, initial: initial.reduce((s, p) => s + gzipBytes(p), 0), scrolled: all.reduce((s, p) => s + gzipBytes(p), 0), recharts: recharts.reduce((s, p) => s + gzipBytes(p), 0), initialRecharts: initial.some((p) => recharts.includes(p)) });
      await page.close();
    }
  }
  console.log('Bytes downloaded per page, gzip -9, in KB (phone viewport; "scrolled" = after scrolling to the end)\n');
  console.log(`${'page'.padEnd(14)} ${'path'.padEnd(13)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS at load'.padStart(10)} ${'JS scrolled'.padStart(11)} ${'of it Recharts'.padStart(14)}`);
  for (const r of rows) {
    console.log(`${r.kind.padEnd(14)} ${r.path.padEnd(13)} ${kb(r.html)} ${kb(r.css)} ${kb(r.initial).padStart(10)} ${kb(r.scrolled).padStart(11)} ${(r.recharts ? kb(r.recharts) + (r.initialRecharts ? ' (at load)' : '') : '     —').padStart(14)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
