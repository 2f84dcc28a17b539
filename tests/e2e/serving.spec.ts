/**
 * The site as production serves it: Debian's nginx with the shipped rules (deploy/nginx/generated/rules.conf)
 * on 127.0.0.1:4180 (E2E_PORT), started by playwright.config.ts for every spec. Headers, compression,
 * redirects and the 404 are read from raw HTTP responses; then every page is used in Chromium,
 * failing on any CSP violation, console error or request off the site's origin. The last group
 * shows each of those checks failing on a page or policy built to break it.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { securityHeaders } from '../../deploy/headers.mjs';
import { builtPolicy } from '../../lib/build/serve-out.mjs';
import type { Page } from '@playwright/test';
import { ORIGIN, expect, test } from './fixtures';
import { cspProblems, headerProblems, watchPage, type Headers, type PageWatch } from './serving-checks';
import { LANGS, ONE_OF_EACH_KIND, pagesOf } from './site';

const HTML = 'text/html; charset=utf-8';

interface Raw {
  status: number;
  headers: Headers;
  body: Buffer;
}

const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** One request with exactly these headers, the body as sent (no decompression, no redirects). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${ORIGIN}${path}`, { method, headers }, (res) => {
      const chunks: Uint8Array[] = [];
      res.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(response: Raw): string {
  const encoding = response.headers['content-encoding'];
  const decoded = encoding === 'br' ? brotliDecompressSync(bytes(response.body)) : encoding === 'gzip' ? gunzipSync(bytes(response.body)) : response.body;
  return decoded.toString('utf8');
}

/**
 * Bytes as they are sent, for requests no HTTP client library would make (a malformed request line,
 * a URL or header over 8 KB): the answer's status, headers and body, or status 0 if there was none.
 */
function rawBytes(bytes: string): Promise<Raw> {
  const { hostname, port } = new URL(ORIGIN);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    const chunks: Uint8Array[] = [];
    socket.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && chunks.length ? socket.emit('end') : reject(error)));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers: Headers = {};
      for (const line of head.slice(1)) {
        const at = line.indexOf(':');
        const name = line.slice(0, at).toLowerCase();
        // A header sent twice would show here as two values joined, and fail the equality checks.
        headers[name] = headers[name] === undefined ? line.slice(at + 1).trim() : `${headers[name]}, ${line.slice(at + 1).trim()}`;
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0])?.[1] ?? 0), headers, body: all.subarray(split + 4) });
    });
  });
}

/** The security headers of deploy/headers.mjs with the build's policy: every response must carry exactly these. */
const SECURITY = securityHeaders(builtPolicy('out'));
const securityOf = (headers: Headers) => Object.fromEntries(Object.keys(SECURITY).map((name) => [name, headers[name.toLowerCase()]]));
const NOT_FOUND_PAGE = ['页面不存在', 'Page not found'];
const ERROR_PAGE = ['无法处理这个请求', 'This request could not be handled'];

/** A hashed asset the home page loads (a stylesheet or a script under /_next/static/ or /_islands/). */
async function hashedAsset(): Promise<{ path: string; type: string }> {
  const html = decode(await raw('/zh/'));
  const match = /(?:href|src)="(\/(?:_next\/static|_islands)\/[^"?]+\.(css|js))"/.exec(html);
  if (!match) throw new Error('/zh/ loads no file from /_next/static/ or /_islands/');
  return { path: match[1], type: match[2] === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' };
}

test.describe('nginx headers', () => {
  test('a section page: security headers, HTML with charset, revalidated', async () => {
    const page = await raw('/zh/ch1-6/');
    expect(page.status).toBe(200);
    expect(headerProblems(page.headers, { contentType: HTML, cache: 'revalidate' })).toEqual([]);
    expect(page.headers['etag'] ?? page.headers['last-modified']).toBeTruthy();
  });

  test('a hashed asset: a year, immutable, with its type and charset', async () => {
    const asset = await hashedAsset();
    const response = await raw(asset.path);
    expect(response.status).toBe(200);
    expect(headerProblems(response.headers, { contentType: asset.type, cache: 'immutable' })).toEqual([]);
  });

  for (const [path, contentType] of [
    ['/data/metrics.json', 'application/json; charset=utf-8'],
    ['/data/report.json', 'application/json; charset=utf-8'],
    ['/data/metrics.csv', 'text/csv; charset=utf-8'],
  ] as const) {
    test(`${path}: ${contentType}, revalidated, readable by other sites' scripts`, async () => {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(headerProblems(response.headers, { contentType, cache: 'revalidate' })).toEqual([]);
      expect(response.headers['access-control-allow-origin']).toBe('*');
    });
  }

  test('a page revalidates to 304 Not Modified with its ETag', async () => {
    const first = await raw('/en/ch1-6/', { 'accept-encoding': 'br' });
    const again = await raw('/en/ch1-6/', { 'accept-encoding': 'br', 'if-none-match': first.headers['etag'] ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

test.describe('nginx compression', () => {
  for (const path of ['/zh/ch1-6/', '/data/metrics.json']) {
    test(`${path} is sent as brotli, gzip or identity as the client asks, the same text each way`, async () => {
      const identity = await raw(path, { 'accept-encoding': 'identity' });
      const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await raw(path, { 'accept-encoding': 'gzip' });
      const none = await raw(path);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      for (const response of [identity, br, gzip]) expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(br.body.length).toBeLessThan(gzip.body.length);
      expect(gzip.body.length).toBeLessThan(identity.body.length / 3);
      expect(decode(br)).toBe(identity.body.toString('utf8'));
      expect(decode(gzip)).toBe(identity.body.toString('utf8'));
      // Headers do not change with the encoding.
      expect(br.headers['content-type']).toBe(identity.headers['content-type']);
      expect(br.headers['content-security-policy']).toBe(identity.headers['content-security-policy']);
    });
  }
});

test.describe('nginx redirects and 404', () => {
  for (const [from, to] of [
    ['/zh/ch1-6', '/zh/ch1-6/'],
    ['/en', '/en/'],
    ['/en/parallel/full', '/en/parallel/full/'],
    ['/zh/ch1-6?from=print', '/zh/ch1-6/?from=print'],
  ]) {
    test(`${from} → 301 ${to}`, async () => {
      const response = await raw(from);
      expect(response.status).toBe(301);
      expect(response.headers['location']).toBe(to);
      expect(cspProblems(response.headers['content-security-policy'])).toEqual([]);
    });
  }

  for (const path of ['/zh/no-such-section/', '/no-such-page', '/data/no-such.json', '/404/', '/_not-found/', '/_headers']) {
    test(`${path} → 404 with the bilingual page and every header`, async () => {
      const response = await raw(path, { 'accept-encoding': 'br' });
      expect(response.status).toBe(404);
      expect(headerProblems(response.headers, { contentType: HTML, cache: 'revalidate' })).toEqual([]);
      const text = decode(response);
      expect(text).toContain('页面不存在');
      expect(text).toContain('Page not found');
    });
  }

  test('the 404 page is served in the browser with status 404 and works', async ({ page }) => {
    const watch = await watchPage(page, ORIGIN);
    const response = await page.goto('/zh/ch9-9/');
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: /Read in English/ }).click();
    await expect(page).toHaveURL(`${ORIGIN}/en/`);
    await page.waitForLoadState('networkidle');
    // Chromium logs the document's own 404, and nothing else may fail.
    expect(watch).toEqual({
      violations: [],
      consoleErrors: [`Failed to load resource: the server responded with a status of 404 (Not Found) (${ORIGIN}/zh/ch9-9/)`],
      offsite: [],
    });
  });
});

test.describe('every status nginx sends, with the site’s page and every header', () => {
  const long = 'a'.repeat(9000);
  const line = (request: string, headers: string[] = []) => [request, `Host: ${new URL(ORIGIN).host}`, ...headers, 'Connection: close', '', ''].join('\r\n');
  const cases: { name: string; status: number; send: () => Promise<Raw>; page: string[]; cache: 'revalidate' | 'no-store'; allow?: boolean }[] = [
    { name: '400 a NUL in the path (/%00)', status: 400, send: () => raw('/%00'), page: ERROR_PAGE, cache: 'no-store' },
    { name: '400 a path above the root (/../)', status: 400, send: () => rawBytes(line('GET /../ HTTP/1.1')), page: ERROR_PAGE, cache: 'no-store' },
    { name: '400 a malformed request line', status: 400, send: () => rawBytes('GARBAGE\r\n\r\n'), page: ERROR_PAGE, cache: 'no-store' },
    { name: '400 a header of 9 KB', status: 400, send: () => raw('/zh/', { 'x-big': long }), page: ERROR_PAGE, cache: 'no-store' },
    {
      name: '400 a Host that is no host name',
      status: 400,
      send: () => rawBytes(line('GET / HTTP/1.1').replace(/Host: [^\r]+/, 'Host: ../x')),
      page: ERROR_PAGE,
      cache: 'no-store',
    },
    { name: '404 (was nginx’s 403) a folder without an index: /og/', status: 404, send: () => raw('/og/'), page: NOT_FOUND_PAGE, cache: 'revalidate' },
    { name: '404 (was nginx’s 403) a folder without an index: /_next/', status: 404, send: () => raw('/_next/'), page: NOT_FOUND_PAGE, cache: 'revalidate' },
    {
      name: '405 POST to a page',
      status: 405,
      send: () => raw('/zh/ch1-6/', { 'content-length': '0' }, 'POST'),
      page: ERROR_PAGE,
      cache: 'no-store',
      allow: true,
    },
    { name: '405 TRACE', status: 405, send: () => raw('/', {}, 'TRACE'), page: ERROR_PAGE, cache: 'no-store', allow: true },
    { name: '405 DELETE to data', status: 405, send: () => raw('/data/metrics.json', {}, 'DELETE'), page: ERROR_PAGE, cache: 'no-store', allow: true },
    { name: '412 a precondition that fails', status: 412, send: () => raw('/zh/', { 'if-match': '"no-such-etag"' }), page: ERROR_PAGE, cache: 'no-store' },
    { name: '414 a URL of 9 KB', status: 414, send: () => raw(`/zh/search/?q=${long}`), page: ERROR_PAGE, cache: 'no-store' },
    { name: '505 an HTTP version nginx does not speak', status: 505, send: () => rawBytes(line('GET / HTTP/2.0')), page: ERROR_PAGE, cache: 'no-store' },
    { name: '404 the error page asked for by name', status: 404, send: () => raw('/request-error/'), page: NOT_FOUND_PAGE, cache: 'revalidate' },
  ];
  for (const { name, status, send, page, cache, allow } of cases) {
    test(`${name}: the page in both languages, every header once, ${cache}`, async () => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(securityOf(response.headers)).toEqual(SECURITY);
      expect(headerProblems(response.headers, { contentType: HTML, cache })).toEqual([]);
      const text = decode(response);
      for (const words of page) expect(text).toContain(words);
      if (allow) expect(response.headers['allow']).toBe('GET, HEAD');
    });
  }

  test('200 and 304: every header', async () => {
    const page = await raw('/zh/ch1-6/', { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(securityOf(page.headers)).toEqual(SECURITY);
    const again = await raw('/zh/ch1-6/', { 'accept-encoding': 'br', 'if-none-match': page.headers['etag'] ?? '' });
    expect(again.status).toBe(304);
    expect(securityOf(again.headers)).toEqual(SECURITY);
  });

  test('301: every header, the query kept', async () => {
    const response = await raw('/en/figures?q=3662');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/en/figures/?q=3662');
    expect(securityOf(response.headers)).toEqual(SECURITY);
  });

  test('416 is never sent: byte ranges are off, so a range past the end gets the whole file, with every header', async () => {
    const whole = await raw('/data/report.json');
    for (const range of ['bytes=99999999-', 'bytes=0-9']) {
      const response = await raw('/data/report.json', { range });
      expect(response.status, range).toBe(200);
      expect(response.headers['content-range'], range).toBeUndefined();
      expect(response.body.equals(bytes(whole.body)), range).toBe(true);
      expect(securityOf(response.headers)).toEqual(SECURITY);
      expect(headerProblems(response.headers, { contentType: 'application/json; charset=utf-8', cache: 'revalidate' })).toEqual([]);
    }
  });

  for (const path of ['/index.html.br', '/index.html.gz', '/404.html.gz', '/data/report.json.br', '/zh/ch1-6/index.html.gz']) {
    test(`${path}: a precompressed twin is not found by its own name`, async () => {
      const response = await raw(path, { 'accept-encoding': 'br' });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe(HTML);
      expect(securityOf(response.headers)).toEqual(SECURITY);
      for (const words of NOT_FOUND_PAGE) expect(decode(response)).toContain(words);
    });
  }

  test('an island bundle’s twin too, and the bundle itself is served as before', async () => {
    const asset = await hashedAsset();
    expect((await raw(`${asset.path}.br`)).status).toBe(404);
    expect((await raw(asset.path, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  test('in the browser, an address over 8 KB shows the error page, which works under the CSP', async ({ page }) => {
    const watch = await watchPage(page, ORIGIN);
    const response = await page.goto(`/zh/search/?q=${'复'.repeat(1000)}`);
    expect(response?.status()).toBe(414);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('无法处理这个请求');
    await page.getByRole('link', { name: /Read in English/ }).click();
    await expect(page).toHaveURL(`${ORIGIN}/en/`);
    expect(watch.violations).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });
});

test.describe('third-party licences', () => {
  test('a bundle with third-party code names its notices, served with the other hashed files: stemmer, MIT', async () => {
    const manifest = JSON.parse(decode(await raw('/_islands/manifest.json'))) as Record<string, string>;
    const search = decode(await raw(manifest.search));
    const chunks = [...search.matchAll(/from"\.\/(shared-[^"]+\.js)"/g)].map((m) => `/_islands/${m[1]}`);
    const banners = (await Promise.all(chunks.map(async (chunk) => decode(await raw(chunk)))))
      .map((code) => /^\/\*! (.*): see (\/_islands\/LICENSES-[0-9a-f]{10}\.txt) \*\//.exec(code))
      .filter(Boolean);
    expect(banners.map((b) => b![1])).toEqual(['stemmer 2.0.1 (MIT)']);
    const notices = await raw(banners[0]![2]);
    expect(notices.status).toBe(200);
    expect(headerProblems(notices.headers, { contentType: 'text/plain; charset=utf-8', cache: 'immutable' })).toEqual([]);
    const text = decode(notices);
    expect(text).toContain('stemmer 2.0.1 (MIT)');
    expect(text).toContain('Copyright (c) 2014 Titus Wormer');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});

/** Which features a walk used, so a walk that silently did nothing is caught. */
type Feature = 'contents' | 'text-size' | 'glossary' | 'figures' | 'downloads' | 'search' | 'filter' | 'islands' | 'cite' | 'language';

/**
 * Uses everything a page offers: the contents menu, text size, the first glossary popover, every
 * figure and island scrolled into view, chart downloads (SVG and PNG), search and filter boxes,
 * and finally the language switch (which loads the twin page under the same watch).
 */
async function exerciseEveryFeature(page: Page): Promise<Set<Feature>> {
  const used = new Set<Feature>();
  const contents = page.locator('header details > summary').first();
  if (await contents.isVisible()) {
    await contents.click();
    await expect(page.locator('header details').first()).toHaveAttribute('open', '');
    await contents.click();
    used.add('contents');
  }
  const settings = page.locator('button[popovertarget="reading-settings"]:not([popovertargetaction="hide"])');
  if (await settings.isVisible()) {
    await settings.click();
    for (const step of await page.locator('button[data-text-size]').all()) await step.click();
    await page.locator('button[data-text-size="0"]').click();
    await page.keyboard.press('Escape');
    used.add('text-size');
  }
  const term = page.locator('a[data-term-popover]').first();
  if (await term.count()) {
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await expect(page.locator('[popover]:popover-open')).toHaveCount(1);
    await page.keyboard.press('Escape');
    used.add('glossary');
  }
  for (const island of await page.locator('figure:visible, [data-island]:visible').all()) {
    const trigger = await island.getAttribute('data-island-on');
    // The click islands are the Cite links (one per point and figure): opening one dialog runs the island's code.
    if (trigger === 'click' && used.has('cite')) continue;
    await island.scrollIntoViewIfNeeded();
    // An island waiting for intent or a click is woken the way a reader would (the loader calls preventDefault on the click).
    if (trigger === 'intent') await island.dispatchEvent('pointerdown');
    if (trigger === 'click') {
      await island.click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
      used.add('cite');
      continue;
    }
    used.add((await island.evaluate((element) => element.tagName)) === 'FIGURE' ? 'figures' : 'islands');
  }
  await page.waitForLoadState('networkidle');
  for (const link of await page.locator('figure a[download]:is([href$=".svg"], [href$=".png"])').all()) {
    const download = page.waitForEvent('download', { timeout: 3_000 }).catch(() => null);
    await link.click();
    if (await download) used.add('downloads');
  }
  const search = page.locator('input[type="search"]').first();
  if ((await search.count()) && (await search.isEnabled())) {
    await search.fill('2020');
    await search.fill('');
    used.add('search');
  }
  const select = page.locator('main select:visible').first();
  if ((await select.count()) && (await select.isEnabled())) {
    const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await select.selectOption(values[values.length - 1]);
    await select.selectOption(values[0]);
    used.add('filter');
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const twin = page.locator('header a[hreflang]').first();
  if (await twin.count()) {
    await twin.click();
    await page.waitForLoadState('networkidle');
    used.add('language');
  }
  await page.waitForLoadState('networkidle');
  return used;
}

async function walk(page: Page, path: string): Promise<{ watch: PageWatch; used: Set<Feature> }> {
  const watch = await watchPage(page, ORIGIN);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const used = await exerciseEveryFeature(page);
  return { watch, used };
}

/**
 * Every page is loaded under the shipped CSP, its islands woken, by pages.spec.ts. Here every feature
 * is used, on one page of each kind (the language switch at the end of each walk loads its twin).
 */

test.describe('every feature of each kind of page, under the shipped CSP', () => {
  test('the pages walked are one of each kind the site has', () => {
    const kind = (path: string) =>
      path
        .replace(/^\/(zh|en)\//, '/')
        .replace(/ch\d[-\w]*|full|opening/, 'section')
        .replace(/(figures|cite)\/[^/]+/, '$1/one');
    const all = new Set(['/', ...LANGS.flatMap(pagesOf)].map(kind));
    const walked = new Set(ONE_OF_EACH_KIND.map(kind));
    const left = [...all].filter((k) => !walked.has(k) && !['/translation/', '/accessibility/', '/changelog/'].includes(k));
    expect(left, 'a kind of page no walk uses').toEqual([]);
  });

  // The walk really uses the features: what it must have used on a chart section and on the figures page.
  const MUST_USE: Record<string, Feature[]> = {
    '/zh/ch1-6/': ['cite', 'downloads', 'figures', 'glossary', 'language', 'text-size'],
    '/en/figures/': ['contents', 'filter', 'language', 'search', 'text-size'],
  };
  test('the walks include a chart section and the figures page', () => {
    for (const path of Object.keys(MUST_USE)) expect(ONE_OF_EACH_KIND).toContain(path);
  });

  for (const path of ONE_OF_EACH_KIND) {
    test(`${path}: every feature, no CSP violation, no console error, no request off the site`, async ({ page }) => {
      test.setTimeout(90_000);
      const { watch, used } = await walk(page, path);
      if (MUST_USE[path]) expect([...used].sort()).toEqual(expect.arrayContaining(MUST_USE[path]));
      expect.soft(watch.violations, 'CSP violations').toEqual([]);
      expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
      expect.soft(watch.offsite, 'requests off the site').toEqual([]);
    });
  }
});

test.describe('the checks fail when they should', () => {
  // These pages break the policy on purpose: the suite's own guard (tests/e2e/fixtures.ts) would fail them.
  test.use({ allowCspViolations: true });

  test('the suite’s guard hears a style attribute in the test’s page and in a page of a context the test makes', async ({ page, browser, cspViolations }) => {
    const csp = (await raw('/zh/')).headers['content-security-policy'] ?? '';
    const body = '<!doctype html><html lang="en"><title>fixture</title><p style="color: red">x</p></html>';
    const serve = (target: Page) =>
      target.route(`${ORIGIN}/__fixture__/style-attribute/`, (route) =>
        route.fulfill({ status: 200, headers: { 'content-type': HTML, 'content-security-policy': csp }, body }),
      );
    await serve(page);
    await page.goto('/__fixture__/style-attribute/');
    await expect.poll(() => cspViolations.filter((v) => v.startsWith(`${ORIGIN}/__fixture__/style-attribute/: style-src`)).length).toBeGreaterThanOrEqual(1);
    const other = await browser.newPage({ baseURL: ORIGIN });
    await serve(other);
    const before = cspViolations.length;
    await other.goto('/__fixture__/style-attribute/');
    await expect.poll(() => cspViolations.slice(before).some((v) => /style-src/.test(v))).toBe(true);
    await other.context().close();
  });

  test('an inline script and a style attribute the CSP does not list are reported as violations', async ({ page }) => {
    const csp = (await raw('/zh/')).headers['content-security-policy'] ?? '';
    await page.route(`${ORIGIN}/__fixture__/unlisted-inline/`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': HTML, 'content-security-policy': csp },
        body: '<!doctype html><html lang="en"><title>fixture</title><p style="color: red">x</p><script>document.title = "ran";</script></html>',
      }),
    );
    const watch = await watchPage(page, ORIGIN);
    await page.goto('/__fixture__/unlisted-inline/');
    await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(2);
    expect(watch.violations.join('\n')).toMatch(/script-src/);
    expect(watch.violations.join('\n')).toMatch(/style-src/);
    expect(await page.title()).toBe('fixture');
  });

  test('a real page under a broken CSP (its hashes dropped) is reported', async ({ page }) => {
    const real = await raw('/zh/ch1-6/');
    const broken = (real.headers['content-security-policy'] ?? '').replace(/ 'sha256-[^']+'/g, '');
    await page.route(`${ORIGIN}/zh/ch1-6/`, (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': HTML, 'content-security-policy': broken }, body: real.body }),
    );
    const watch = await watchPage(page, ORIGIN);
    await page.goto('/zh/ch1-6/');
    await page.waitForLoadState('networkidle');
    expect(watch.violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    expect(watch.consoleErrors.some((error) => /Content Security Policy/.test(error))).toBe(true);
  });

  test('an external image, stylesheet, font and script are reported as requests off the site', async ({ page }) => {
    await page.route(`${ORIGIN}/__fixture__/third-party/`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': HTML },
        body: [
          '<!doctype html><html lang="en"><title>fixture</title>',
          '<link rel="stylesheet" href="https://fonts.example.com/css2?family=Noto">',
          '<style>@font-face { font-family: x; src: url(https://cdn.example.net/x.woff2); } p { font-family: x; }</style>',
          '<p>text</p><img src="https://analytics.example.org/pixel.gif" alt="">',
          '<script src="https://cdn.example.net/lib.js"></script></html>',
        ].join(''),
      }),
    );
    const watch = await watchPage(page, ORIGIN);
    await page.goto('/__fixture__/third-party/');
    await page.waitForLoadState('networkidle');
    expect(watch.offsite).toEqual(
      expect.arrayContaining(['https://fonts.example.com/css2?family=Noto', 'https://analytics.example.org/pixel.gif', 'https://cdn.example.net/lib.js']),
    );
  });
});

test.describe('the suite’s guard fails a test', () => {
  // Expected to fail: nothing in the body fails, so the failure is the guard's, at the end of the test.
  test.fail();
  test('whose page breaks the CSP (a style attribute), though the test itself checks nothing about it', async ({ page }) => {
    const csp = (await raw('/zh/')).headers['content-security-policy'] ?? '';
    await page.route(`${ORIGIN}/__fixture__/guard/`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': HTML, 'content-security-policy': csp },
        body: '<!doctype html><html lang="en"><title>fixture</title><p style="color: red">x</p></html>',
      }),
    );
    await page.goto('/__fixture__/guard/');
    await expect(page.locator('p')).toHaveText('x');
  });
});
