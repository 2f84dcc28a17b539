#!/usr/bin/env node
/**
 * npm run bench:serve: a bounded load test of the shipped nginx rules on loopback. Starts nginx on
 * 127.0.0.1:4181 (lib/build/nginx-serve.mjs; build first), then runs autocannon for a fixed time per
 * case (BENCH_SECONDS, default 10 s; BENCH_CONNECTIONS, default 10) against a section page and
 * /data/metrics.json, brotli and gzip, and prints requests/s, p99 latency and bytes per response.
 * Beside each page case it measures a bare file of the same bytes (the page's own .br or .gz copy,
 * put in out/ for the run under a name no rule knows, identity encoding), so the rules' cost shows
 * as the ratio of the two. Numbers depend on the machine: the client and nginx share its cores.
 */
import { copyFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { startNginx } from '../../lib/build/nginx-serve.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** [path, encoding, the file whose bytes a bare twin of the same size copies] */
const CASES = [
  ['/zh/ch1-6/', 'br', 'out/zh/ch1-6/index.html.br'],
  ['/zh/ch1-6/', 'gzip', 'out/zh/ch1-6/index.html.gz'],
  ['/data/metrics.json', 'br'],
  ['/data/metrics.json', 'gzip'],
];
const bare = (encoding) => `/bench-bare-${encoding}.bin`;

const server = await startNginx({ port: 4181, workers: Number(process.env.NGINX_WORKERS ?? 1) });
const rows = [];
const bareFiles = CASES.filter((c) => c[2]).map(([, encoding, twin]) => [twin, `out${bare(encoding)}`]);
const measure = async (path, headers) => {
  const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: SECONDS, headers });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) throw new Error(`${path}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  return result;
};
try {
  for (const [from, to] of bareFiles) copyFileSync(from, to);
  for (const [path, encoding, twin] of CASES) {
    // One request first: the case must answer 200 in the encoding asked for, or the numbers mean nothing.
    const check = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } });
    await check.arrayBuffer();
    if (check.status !== 200 || check.headers.get('content-encoding') !== encoding) {
      throw new Error(`${path} with Accept-Encoding: ${encoding} answered ${check.status}, Content-Encoding ${check.headers.get('content-encoding')}`);
    }
    const result = await measure(path, { 'accept-encoding': encoding });
    const plain = twin ? await measure(bare(encoding), { 'accept-encoding': 'identity' }) : null;
    rows.push({
      path,
      encoding,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'KB/resp': (result.throughput.total / result.requests.total / 1024).toFixed(1),
      requests: result.requests.total,
      'bare file req/s': plain ? Math.round(plain.requests.average) : '',
      'page ÷ bare': plain ? (result.requests.average / plain.requests.average).toFixed(2) : '',
    });
  }
} finally {
  await server.stop();
  for (const [, to] of bareFiles) rmSync(to, { force: true });
}

console.log(`nginx on 127.0.0.1, ${CONNECTIONS} connections, ${SECONDS} s per case, autocannon`);
const headers = Object.keys(rows[0]);
const widths = headers.map((header) => Math.max(header.length, ...rows.map((row) => String(row[header]).length)));
const line = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
console.log(line(headers));
for (const row of rows) console.log(line(headers.map((header) => row[header])));
