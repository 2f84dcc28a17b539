#!/usr/bin/env node
/**
 * Serves out/ locally the way the shipped configuration does (`npm start`, `npm run serve`), with no
 * server to install: every response carries the headers of deploy/headers.mjs (the security headers
 * with the build's own Content-Security-Policy, read from out/_headers, the cache rules, the content
 * types with their charset, CORS on /data/), the precompressed .br/.gz twins are sent as the client
 * accepts them (never by their own names), /zh/ch1-6 redirects to /zh/ch1-6/ keeping the query,
 * unknown URLs get the bilingual 404 with status 404, and the errors nginx answers with the site's
 * error page (deploy/nginx/rules.conf.template) get it here too: a malformed address or request
 * (400, 431 for headers over Node's limit), a method other than GET and HEAD (405, with Allow).
 * So the CSP a reader gets is in force on a developer's machine too.
 * The end-to-end tests use Debian's nginx with the generated rules instead (lib/build/nginx-serve.mjs).
 * Usage: node lib/build/serve-out.mjs [--port 3000] [--dir out]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { STATUS_CODES, createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { ALLOWED_METHODS, CACHE, PUBLIC_DATA_HEADERS, PUBLIC_DATA_PREFIX, cacheControlFor, contentTypeFor, securityHeaders } from '../../deploy/headers.mjs';

/** The bilingual page of every error but 404, as the build writes it (app/(picker)/request-error/). */
const ERROR_PAGE = join('request-error', 'index.html');

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
      const twin = ['br', 'gzip'].find(
        (encoding) => new RegExp(`\\b${encoding}\\b`).test(accepted) && existsSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`),
      );
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
    // A build from before the error page existed has only the 404 page to show.
    const errorPage = existsSync(join(root, ERROR_PAGE)) ? join(root, ERROR_PAGE) : join(root, '404.html');
    const error = (status, headers = {}) => send(status, errorPage, { 'Cache-Control': CACHE.error, ...headers });
    if (!ALLOWED_METHODS.includes(request.method ?? '')) return error(405, { Allow: ALLOWED_METHODS.join(', ') });
    if (path === null || path.includes('\0')) return error(400);
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

/**
 * What Node answers by itself, a request it cannot parse (a bad request line, headers over its
 * 16 KB limit), answered as nginx does: the error page with every header, then the connection closed.
 */
export function clientErrorHandler(dir) {
  const root = resolve(dir);
  const security = securityHeaders(builtPolicy(root));
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const page = existsSync(join(root, ERROR_PAGE)) ? readFileSync(join(root, ERROR_PAGE)) : Buffer.from(`${status} ${STATUS_CODES[status]}\n`);
    const headers = {
      ...security,
      'Cache-Control': CACHE.error,
      'Content-Type': contentTypeFor(ERROR_PAGE) ?? 'text/plain; charset=utf-8',
      'Content-Length': page.length,
      Connection: 'close',
    };
    const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\r\n');
    socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), page]));
  };
}

/** The local server for dir: its requests, and what Node cannot parse. */
export function createSiteServer(dir) {
  const server = createServer(handler(dir));
  server.on('clientError', clientErrorHandler(dir));
  return server;
}

const option = (args, name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const port = Number(option(args, '--port', 3000));
  const dir = option(args, '--dir', 'out');
  let server;
  try {
    server = createSiteServer(dir);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  server.listen(port, '127.0.0.1', () => console.log(`serving ${dir}/ at http://127.0.0.1:${port}/ with the shipped headers (Ctrl+C stops)`));
}
