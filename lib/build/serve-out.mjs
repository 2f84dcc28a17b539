#!/usr/bin/env node
/**
 * Serves out/ locally the way the shipped configuration does (`npm start`, `npm run serve`), with no
 * server to install: every response carries the headers of deploy/headers.mjs (the security headers
 * with the build's own Content-Security-Policy, read from out/_headers, the cache rules, the content
 * types with their charset, CORS on /data/), the precompressed .br/.gz twins are sent as the client
 * accepts them, /zh/ch1-6 redirects to /zh/ch1-6/ keeping the query, and unknown URLs get the
 * bilingual 404 with status 404. So the CSP a reader gets is in force on a developer's machine too.
 * The end-to-end tests use Debian's nginx with the generated rules instead (lib/build/nginx-serve.mjs).
 * Usage: node lib/build/serve-out.mjs [--port 3000] [--dir out]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { PUBLIC_DATA_HEADERS, PUBLIC_DATA_PREFIX, cacheControlFor, contentTypeFor, securityHeaders } from '../../deploy/headers.mjs';

/** The build's Content-Security-Policy: the one out/_headers gives every path. */
export function builtPolicy(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) throw new Error(`${file}: not found\n  fix: build the site first: npm run build`);
  const policy = readFileSync(file, 'utf8').match(/^\/\*\n(?:\s+[^\n]*\n)*?\s+Content-Security-Policy: ([^\n]+)\n/m);
  if (!policy) throw new Error(`${file}: has no Content-Security-Policy for /*\n  fix: rebuild: npm run build (lib/build/postbuild-serve.mjs writes it)`);
  return policy[1];
}

/** The file a URL path names in dir, or null; never a file outside dir, the headers file or a compressed twin. */
function fileFor(dir, path) {
  const file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  if (path === '/_headers' || path === '/_redirects' || /\.(br|gz)$/.test(path)) return null;
  let found;
  try {
    found = statSync(file, { throwIfNoEntry: false });
  } catch {
    // ENOTDIR: a file named as if it were a folder.
    return null;
  }
  if (found?.isFile()) return file;
  if (found?.isDirectory() && path.endsWith('/') && existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return null;
}

/** A request handler for dir. */
export function handler(dir) {
  const root = resolve(dir);
  const security = securityHeaders(builtPolicy(root));
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = null;
    }
    const send = (status, file, headers = {}) => {
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const twin = ['br', 'gzip'].find((encoding) => new RegExp(`\\b${encoding}\\b`).test(accepted) && existsSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`));
      const body = twin ? `${file}.${twin === 'br' ? 'br' : 'gz'}` : file;
      response.writeHead(status, {
        ...security,
        'Cache-Control': cacheControlFor(path ?? '/'),
        ...(path?.startsWith(PUBLIC_DATA_PREFIX) ? PUBLIC_DATA_HEADERS : {}),
        'Content-Type': contentTypeFor(file) ?? 'application/octet-stream',
        'Content-Length': statSync(body).size,
        Vary: 'Accept-Encoding',
        ...(twin ? { 'Content-Encoding': twin } : {}),
        ...headers,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(body).pipe(response);
    };
    const notFound = () => send(404, join(root, '404.html'));
    if (path === null || !['GET', 'HEAD'].includes(request.method ?? '')) return notFound();
    const file = fileFor(root, path);
    if (file) return send(200, file);
    // A folder named without its slash: where every static host sends it.
    if (!path.endsWith('/') && fileFor(root, `${path}/`)) {
      response.writeHead(301, { ...security, Location: `${url.pathname}/${url.search}`, 'Cache-Control': cacheControlFor('/') });
      return response.end();
    }
    return notFound();
  };
}

const option = (args, name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const port = Number(option(args, '--port', 3000));
  const dir = option(args, '--dir', 'out');
  let serve;
  try {
    serve = handler(dir);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  createServer(serve).listen(port, '127.0.0.1', () => console.log(`serving ${dir}/ at http://127.0.0.1:${port}/ with the shipped headers (Ctrl+C stops)`));
}
