#!/usr/bin/env node
/**
 * Serves out/ with Debian's nginx and the shipped rules (deploy/nginx/generated/rules.conf, written by
 * lib/build/postbuild-serve.mjs), as one unprivileged foreground process whose pid file, logs and
 * temp files live in a fresh /tmp folder. Used by the Playwright `nginx` project and bench:serve.
 * Usage: node lib/build/nginx-serve.mjs [port]   (default 4180; NGINX_WORKERS, NGINX_BIN override)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderStandalone } from '../../deploy/nginx/render.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Starts nginx on 127.0.0.1:port; resolves with a handle once it answers. */
export async function startNginx({ port = 4180, workers = 1 } = {}) {
  const rules = join(ROOT, 'deploy', 'nginx', 'generated', 'rules.conf');
  for (const [path, fix] of [
    [NGINX, 'install it: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does)'],
    [join(ROOT, 'out', 'index.html'), 'build the site: npm run build'],
    [rules, 'run npm run build (its last step, lib/build/postbuild-serve.mjs, writes it)'],
  ]) {
    if (!existsSync(path)) throw new Error(`${path}: not found\n  fix: ${fix}`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'hz-nginx-'));
  const conf = renderStandalone({
    prefix,
    listen: `127.0.0.1:${port}`,
    root: join(ROOT, 'out'),
    rules,
    modules: existsSync(BROTLI_MODULE) ? [BROTLI_MODULE] : [],
    // A root master would hand requests to `nobody`, who may not read the worktree.
    user: process.getuid?.() === 0 ? 'root' : undefined,
    workers,
  });
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  // The temp folder goes with the process, however it ends.
  const exited = new Promise((resolveExit) =>
    child.on('exit', (code, signal) => {
      rmSync(prefix, { recursive: true, force: true });
      resolveExit({ code, signal });
    }),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited;
  };
  try {
    await waitForAnswer(`http://127.0.0.1:${port}/`, { timeout: 10_000, exited: () => child.exitCode });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, prefix, stop, exited };
}

/**
 * Waits until a server answers a GET, as a browser would fetch a page. If it never does, the error
 * says why the last attempt failed (refused, or an answer Node cannot read, such as headers over its
 * 16 KB limit: UND_ERR_HEADERS_OVERFLOW, which an over-long CSP causes), not only that time ran out.
 */
export async function waitForAnswer(url, { timeout = 10_000, exited = () => null } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    const code = exited();
    if (code !== null && code !== undefined) throw new Error(`nginx exited with code ${code} (its error is above)`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const cause = last?.cause ?? last;
      const detail = [cause?.code, cause?.message].filter(Boolean).join(': ');
      throw new Error(`${url} did not answer within ${timeout / 1000} s: the last attempt failed with ${detail || String(last)}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4180);
  const server = await startNginx({ port, workers: Number(process.env.NGINX_WORKERS ?? 1) });
  console.log(`nginx serves out/ at ${server.url}/ (config and logs in ${server.prefix})`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.stop().then(() => process.exit(0)));
  const { code } = await server.exited;
  process.exit(code ?? 0);
}
