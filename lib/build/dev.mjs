#!/usr/bin/env node
/**
 * `npm run dev`: the everyday loop. Bundles the page script and islands, draws the charts and the
 * share cards once, then runs `next dev` on http://127.0.0.1:3000/ and keeps the generated parts in
 * step: an edit under content/ redraws the charts (the page reloads with the new figures on the next
 * request); an edit to an island or the page script rebundles them. Components and lib/ reload
 * through Next itself.
 *
 * What differs from production (README, "Everyday work"): Next's client runtime runs (the built site
 * strips it), no Content-Security-Policy or other shipped header is sent (use `npm start` for that),
 * and share cards are redrawn only by `npm run og:images`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';

const PORT = process.env.PORT ?? '3000';
const run = (script) => spawnSync('node', [script], { stdio: 'inherit' }).status === 0;

for (const script of ['lib/build/build-islands.mjs', 'lib/build/draw-charts.mjs', 'lib/build/og-images.mjs']) {
  if (!run(script)) {
    console.error(`dev: ${script} failed (its message is above); fix it and run npm run dev again`);
    process.exit(1);
  }
}

/** Runs a step again after edits settle, one run at a time. */
function rerun(script, why) {
  let timer;
  let running = false;
  let again = false;
  const go = () => {
    if (running) return void (again = true);
    running = true;
    console.log(`dev: ${why}: node ${script}`);
    const child = spawn('node', [script], { stdio: 'inherit' });
    child.on('exit', () => {
      running = false;
      if (again) {
        again = false;
        go();
      }
    });
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(go, 200);
  };
}

const redraw = rerun('lib/build/draw-charts.mjs', 'content changed, redrawing the charts');
const rebundle = rerun('lib/build/build-islands.mjs', 'client code changed, rebundling');
const watchers = [
  watch('content', { recursive: true }, redraw),
  watch('components/islands', { recursive: true }, rebundle),
  watch('components/shell/page-script', { recursive: true }, rebundle),
];

const next = spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', PORT], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const stop = () => {
  for (const watcher of watchers) watcher.close();
  next.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => process.exit(code ?? 0));
