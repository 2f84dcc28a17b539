/**
 * The one source of truth for how out/ is served: security headers, the Content-Security-Policy,
 * cache rules, content types and which files are precompressed. lib/build/postbuild-serve.mjs turns
 * it into out/_headers (Netlify, Cloudflare Pages) and deploy/nginx/generated/rules.conf (nginx), so every
 * host sends the same headers. Plain ESM (types in headers.d.mts) so Node runs it with no build step.
 */

/** Hashed files (content hash in the name or in a build-id folder): cached for a year, never revalidated. */
export const IMMUTABLE_PREFIXES = ['/_next/static/', '/_islands/'];

export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  // Pages, data files and share cards keep their URL when a correction is published: a short lifetime, then revalidate (ETag / Last-Modified).
  revalidate: 'public, max-age=300, must-revalidate',
  // An error other than 404 (a bad request, a server failure) says nothing worth keeping: no cache stores it.
  error: 'no-store',
};

/** The methods a static site answers; any other gets 405 with `Allow` naming these. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];

/** Public data files may be fetched by anyone's scripts: they carry no credentials and no personal data. */
export const PUBLIC_DATA_PREFIX = '/data/';

/** Extension → media type. Text types get `; charset=utf-8`. */
export const CONTENT_TYPES = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  map: 'application/json',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
};

/** Extensions served with `; charset=utf-8`, and precompressed to .br and .gz at build. */
export const TEXT_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'map', 'json', 'webmanifest', 'csv', 'txt', 'xml', 'svg'];

/** Smaller files are sent as they are: compressing them saves less than a packet. */
export const COMPRESS_MIN_BYTES = 256;

/** The media type, with charset, that a file path is served with; undefined for unknown extensions. */
export function contentTypeFor(path) {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const type = CONTENT_TYPES[ext];
  if (!type) return undefined;
  return TEXT_EXTENSIONS.includes(ext) ? `${type}; charset=utf-8` : type;
}

/** The Cache-Control a URL path is served with. */
export function cacheControlFor(path) {
  return IMMUTABLE_PREFIXES.some((prefix) => path.startsWith(prefix)) ? CACHE.immutable : CACHE.revalidate;
}

/**
 * The Content-Security-Policy for the site, given the hashes of every inline script, <style>
 * element and style attribute the build emitted (see deploy/inline-hashes.mjs).
 * - scripts: only files from this origin and the exact inline scripts shipped, no 'unsafe-inline';
 * - styles: this origin's stylesheet; style attributes only by exact hash ('unsafe-hashes' is
 *   added only when the pages have style attributes, and allows nothing but those declarations);
 * - images only from this origin (the charts are inline SVG, their downloads static files);
 * - nothing may frame the site, and no <base> may redirect its relative links.
 */
export function contentSecurityPolicy({ scriptHashes = [], styleHashes = [], styleAttributeHashes = [] } = {}) {
  const quote = (hash) => `'${hash}'`;
  const styleSources = ["'self'", ...styleHashes.map(quote)];
  if (styleAttributeHashes.length > 0) styleSources.push("'unsafe-hashes'", ...styleAttributeHashes.map(quote));
  const directives = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...scriptHashes.map(quote)],
    ['style-src', ...styleSources],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Headers every response carries, pages, data and errors alike. */
export function securityHeaders(csp) {
  return {
    'Content-Security-Policy': csp,
    // Two years; only sent over HTTPS by browsers' rules, harmless on the loopback test server.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    // Readers following a link to another site take nothing of this one with them.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), xr-spatial-tracking=()',
    // For browsers older than CSP's frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Extra headers for the public data files. */
export const PUBLIC_DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' };

/**
 * out/_headers (Netlify and Cloudflare Pages): those hosts merge every rule that matches a path and
 * join repeated headers with a comma, so no header appears in two rules that can match one path:
 * security headers in `/*` only, Cache-Control in one rule per top-level entry of out/, content
 * types on exact file paths. `entries` are the top-level names in out/ (a trailing / marks a folder);
 * `typedFiles` are the URL paths whose host-default type lacks the charset (JSON, CSV).
 */
export function renderHeadersFile({ csp, entries, typedFiles }) {
  const rules = [['/*', securityHeaders(csp)]];
  for (const prefix of IMMUTABLE_PREFIXES) rules.push([`${prefix}*`, { 'Cache-Control': CACHE.immutable }]);
  const immutableRoots = IMMUTABLE_PREFIXES.map((prefix) => prefix.split('/')[1]);
  rules.push(['/', { 'Cache-Control': CACHE.revalidate }]);
  for (const entry of [...entries].sort()) {
    const name = entry.replace(/\/$/, '');
    if (name === '_headers' || name === '_next' || immutableRoots.includes(name)) continue;
    const path = entry.endsWith('/') ? `/${name}/*` : `/${name}`;
    const headers = { 'Cache-Control': CACHE.revalidate };
    if (`/${name}/` === PUBLIC_DATA_PREFIX) Object.assign(headers, PUBLIC_DATA_HEADERS);
    rules.push([path, headers]);
  }
  for (const file of [...typedFiles].sort()) rules.push([file, { 'Content-Type': contentTypeFor(file) }]);
  const lines = ['# Generated by lib/build/postbuild-serve.mjs from deploy/headers.mjs: edit those, not this file.'];
  for (const [path, headers] of rules) {
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}
