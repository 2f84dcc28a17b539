import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE, contentSecurityPolicy, contentTypeFor, renderHeadersFile, securityHeaders } from '../../deploy/headers.mjs';
import { cspHash, distinctHashes, inlineSources } from '../../deploy/inline-hashes.mjs';
import { assignInChunks, fillTemplate, renderRules, renderStandalone } from '../../deploy/nginx/render.mjs';
import { cspProblems, headerProblems } from '../e2e/serving-checks';

const SCRIPT_HASH = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

describe('CSP hashes of inline code', () => {
  it('hashes a script as the CSP specification does', () => {
    // The example of https://w3c.github.io/webappsec-csp/#source-list-syntax
    expect(cspHash("alert('Hello, world.');")).toBe(SCRIPT_HASH);
  });

  it('collects executable scripts, <style> and style attributes, and skips data blocks and external scripts', () => {
    const html = [
      '<!doctype html><html><head><style>p{color:red}</style></head><body>',
      "<script>alert('Hello, world.');</script>",
      '<script type="module">import "/_islands/a.js";</script>',
      '<script type="importmap">{"imports":{}}</script>',
      '<script type="application/json" data-island-props>{"a":1}</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script src="/_next/static/chunks/a.js"></script>',
      '<div style="height:280px">&amp;</div><p style="height:280px"></p>',
      '</body></html>',
    ].join('\n');
    const found = inlineSources(html);
    expect(found.scripts).toEqual(["alert('Hello, world.');", 'import "/_islands/a.js";', '{"imports":{}}']);
    expect(found.styles).toEqual(['p{color:red}']);
    expect(found.styleAttributes).toEqual(['height:280px', 'height:280px']);
    expect(found.problems).toEqual([]);
    expect(distinctHashes(found.styleAttributes)).toHaveLength(1);
    expect(distinctHashes(found.scripts)).toContain(SCRIPT_HASH);
  });

  it('refuses inline event handlers and javascript: URLs, naming the line and the fix', () => {
    const found = inlineSources('<!doctype html>\n<p>\n<button onclick="go()">go</button>\n<a href="javascript:void(0)">x</a></p>');
    expect(found.problems).toEqual([
      {
        line: 3,
        problem: '<button> has an inline event handler (onclick), which the Content-Security-Policy blocks',
        fix: 'attach the listener from components/shell/PageScript.tsx or an island instead',
      },
      {
        line: 4,
        problem: '<a> has a javascript: URL, which the Content-Security-Policy blocks',
        fix: 'use a <button> with a listener from PageScript or an island, or a real URL',
      },
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  const csp = contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH], styleAttributeHashes: [cspHash('height:280px')] });

  it('allows this origin and the listed hashes only, and passes the checks', () => {
    expect(csp).toContain(`script-src 'self' '${SCRIPT_HASH}'`);
    expect(csp).toContain(`style-src 'self' 'unsafe-hashes' '${cspHash('height:280px')}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(cspProblems(csp)).toEqual([]);
  });

  it("adds 'unsafe-hashes' only when the pages have style attributes", () => {
    expect(contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] })).toContain("style-src 'self'; ");
    expect(contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] })).not.toContain('unsafe-hashes');
  });

  it.each([
    ["script-src 'unsafe-inline'", (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), "script-src allows 'unsafe-inline'"],
    ['a script CDN', (p: string) => p.replace("script-src 'self'", "script-src 'self' https://cdn.example.net"), 'script-src allows https://cdn.example.net'],
    ["'unsafe-eval'", (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"), "script-src allows 'unsafe-eval'"],
    ["style-src 'unsafe-inline'", (p: string) => p.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), "style-src allows 'unsafe-inline'"],
    [
      'a font host',
      (p: string) => p.replace("font-src 'self'", "font-src 'self' https://fonts.gstatic.com"),
      'font-src allows another origin: https://fonts.gstatic.com',
    ],
    ['no frame-ancestors', (p: string) => p.replace("; frame-ancestors 'none'", ''), "frame-ancestors must be 'none', is missing"],
    ['default-src *', (p: string) => p.replace("default-src 'none'", 'default-src *'), "default-src must be 'none' or 'self', is *"],
  ])('the checks refuse a policy with %s', (_name, breakIt, problem) => {
    expect(cspProblems(breakIt(csp))).toContain(problem);
  });
});

describe('response header checks', () => {
  const csp = contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] });
  const good = () =>
    Object.fromEntries(
      Object.entries({ ...securityHeaders(csp), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': CACHE.revalidate, Server: 'nginx' }).map(
        ([name, value]) => [name.toLowerCase(), value],
      ),
    ) as Record<string, string | undefined>;
  const page = { contentType: 'text/html; charset=utf-8', cache: 'revalidate' } as const;

  it('pass on the headers deploy/headers.mjs defines', () => {
    expect(headerProblems(good(), page)).toEqual([]);
    expect(
      headerProblems(
        { ...good(), 'content-type': 'text/css; charset=utf-8', 'cache-control': CACHE.immutable },
        { contentType: 'text/css; charset=utf-8', cache: 'immutable' },
      ),
    ).toEqual([]);
  });

  it.each([
    ['no charset', { 'content-type': 'text/html' }, 'Content-Type must be "text/html; charset=utf-8", is "text/html"'],
    ['no HSTS', { 'strict-transport-security': undefined }, 'Strict-Transport-Security must last at least a year, is missing'],
    ['a short HSTS', { 'strict-transport-security': 'max-age=3600' }, 'Strict-Transport-Security must last at least a year, is max-age=3600'],
    ['sniffing allowed', { 'x-content-type-options': undefined }, 'X-Content-Type-Options must be nosniff, is missing'],
    ['a leaky referrer policy', { 'referrer-policy': 'unsafe-url' }, 'Referrer-Policy leaks or is missing: unsafe-url'],
    ['camera allowed', { 'permissions-policy': 'geolocation=(), microphone=()' }, 'Permissions-Policy must deny camera'],
    [
      'an HTML page cached immutable',
      { 'cache-control': CACHE.immutable },
      `a page or data file must be revalidated within minutes: Cache-Control is "${CACHE.immutable}"`,
    ],
    [
      'an HTML page cached a day',
      { 'cache-control': 'public, max-age=86400' },
      'a page or data file must be revalidated within minutes: Cache-Control is "public, max-age=86400"',
    ],
    ['the server version shown', { server: 'nginx/1.22.1' }, 'the Server header gives the version away: nginx/1.22.1'],
    ['no CSP', { 'content-security-policy': undefined }, 'no Content-Security-Policy'],
  ])('fail on %s', (_name, change, problem) => {
    expect(headerProblems({ ...good(), ...change }, page)).toContain(problem);
  });

  it('fail on a hashed asset that is revalidated', () => {
    expect(
      headerProblems({ ...good(), 'content-type': 'text/javascript; charset=utf-8' }, { contentType: 'text/javascript; charset=utf-8', cache: 'immutable' }),
    ).toEqual([`a hashed file must be cached a year, immutable: Cache-Control is "${CACHE.revalidate}"`]);
  });
});

describe('content types', () => {
  it.each([
    ['/zh/ch1-6/index.html', 'text/html; charset=utf-8'],
    ['/data/metrics.json', 'application/json; charset=utf-8'],
    ['/data/metrics.csv', 'text/csv; charset=utf-8'],
    ['/_islands/chart-1a2b3c.js', 'text/javascript; charset=utf-8'],
    ['/cards/zh/ch1-6.png', 'image/png'],
  ])('%s is served as %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });
});

/** The rules of a _headers file, as [path pattern, header names]. */
function parseHeadersFile(text: string): [string, string[]][] {
  const rules: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push([line, []]);
    else rules[rules.length - 1][1].push(line.trim().split(':')[0]);
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

describe('out/_headers', () => {
  const csp = contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] });
  const text = renderHeadersFile({
    csp,
    entries: ['_next/', '_islands/', 'data/', 'zh/', 'en/', 'index.html', '404.html', 'icon.svg', '_headers'],
    typedFiles: ['/data/metrics.json', '/data/metrics.csv'],
  });
  const rules = parseHeadersFile(text);

  it.each([
    '/',
    '/zh/ch1-6/',
    '/en/',
    '/_next/static/chunks/a.css',
    '/_islands/chart-1a2b.js',
    '/data/metrics.json',
    '/data/metrics.csv',
    '/icon.svg',
    '/no-such-page',
  ])('%s gets every security header once and at most one Cache-Control (hosts join repeated headers with a comma)', (path) => {
    const names = rules.filter(([pattern]) => matches(pattern, path)).flatMap(([, headers]) => headers);
    expect(names.filter((name) => name === 'Cache-Control').length).toBeLessThanOrEqual(1);
    expect(new Set(names).size).toBe(names.length);
    for (const name of Object.keys(securityHeaders(csp))) expect(names).toContain(name);
  });

  it('freezes hashed files, revalidates the rest, and types the data files with their charset', () => {
    expect(text).toContain(`/_next/static/*\n  Cache-Control: ${CACHE.immutable}`);
    expect(text).toContain(`/_islands/*\n  Cache-Control: ${CACHE.immutable}`);
    expect(text).toContain(`/zh/*\n  Cache-Control: ${CACHE.revalidate}`);
    expect(text).toContain('/data/metrics.csv\n  Content-Type: text/csv; charset=utf-8');
    expect(text).not.toMatch(/^\/_headers$/m);
  });
});

describe('nginx rules', () => {
  const csp = contentSecurityPolicy({ scriptHashes: [SCRIPT_HASH] });
  const rules = renderRules({ csp, brotli: true });

  const rulesWithAlias = renderRules({ csp, brotli: true, redirects: [{ from: '/zh/old/', to: '/zh/ch1-6/', status: 301 }] });
  const locations = (text: string) =>
    new Map(
      text
        .split(/\n(?=location )/)
        .slice(1)
        .map((block) => [block.slice(0, block.indexOf('{')).trim(), block]),
    );
  const headerLine = (name: string, value: string, always: boolean) =>
    name === 'Content-Security-Policy'
      ? `add_header Content-Security-Policy $content_security_policy${always ? ' always' : ''};`
      : `add_header ${name} "${value}"${always ? ' always' : ''};`;

  it('give every location that answers every security header and a Cache-Control; the error pages `always`, the rest not', () => {
    const blocks = locations(rulesWithAlias);
    expect([...blocks.keys()]).toEqual([
      'location ^~ /_next/static/',
      'location ^~ /_islands/',
      'location ^~ /data/',
      'location ~ ^/(404|_not-found)(/|$)',
      'location = /_headers',
      'location = /_redirects',
      'location = /zh/old/',
      'location = /404.html',
      'location ^~ /request-error/',
      'location = /request-error/not-allowed',
      'location /',
    ]);
    for (const [name, block] of blocks) {
      // These only send a 404, which is answered by /404.html.
      if (/^\s*return 404;/m.test(block)) continue;
      const always = /^\s*internal;/m.test(block);
      for (const [header, value] of Object.entries(securityHeaders(csp))) expect(block, name).toContain(headerLine(header, value, always));
      expect(block, name).toMatch(always ? /add_header Cache-Control "[^"]+" always;/ : /add_header Cache-Control "[^"]+";/);
    }
    expect(blocks.get('location ^~ /request-error/')).toContain(`add_header Cache-Control "${CACHE.error}" always;`);
    expect(blocks.get('location = /request-error/not-allowed')).toContain('add_header Allow "GET, HEAD" always;');
    expect(rules).toContain(`set $content_security_policy "${csp}";`);
    expect(rules).toContain('gzip_static on;');
    expect(rules).toContain('brotli_static on;');
    expect(rules).toContain('text/javascript js mjs;');
    expect(rules).not.toMatch(/@[A-Z_]+@/);
  });

  it('send every error nginx can answer to the site’s pages, at server level (before any location is chosen), and keep the twins out of reach', () => {
    const serverLevel = rules.slice(0, rules.indexOf('\nlocation '));
    const pages = new Map(
      [...serverLevel.matchAll(/^error_page ([\d =]+?) (\S+);$/gm)].flatMap(([, codes, page]) =>
        codes
          .split(' ')
          .filter((code) => /^\d+$/.test(code))
          .map((code) => [Number(code), page]),
      ),
    );
    expect(pages.get(404)).toBe('/404.html');
    expect(serverLevel).toContain('error_page 403 =404 /404.html;');
    expect(serverLevel).toContain('error_page 494 =400 /request-error/index.html;');
    for (const status of [400, 408, 411, 412, 413, 414, 416, 421, 500, 501, 502, 503, 504, 505])
      expect(pages.get(status), String(status)).toBe('/request-error/index.html');
    expect(pages.get(405)).toBe('/request-error/not-allowed');
    expect(serverLevel).toMatch(/^if \(\$uri ~ "\\\.\(br\|gz\)\$"\) \{\n {4}return 404;\n\}$/m);
    expect(serverLevel).toContain('max_ranges 0;');
  });

  it('build a policy too long for one nginx parameter (4 KB) in pieces that join to the exact policy', () => {
    const long = contentSecurityPolicy({ scriptHashes: Array.from({ length: 200 }, (_, i) => cspHash(`script ${i}`)) });
    const lines = assignInChunks('content_security_policy', long).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    const pieces = lines.map((line) => /^set \$content_security_policy "(?:\$\{content_security_policy\})?(.*)";$/.exec(line)?.[1] ?? '');
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(4000);
    expect(pieces.join('')).toBe(long);
    expect(lines.slice(1).every((line) => line.startsWith('set $content_security_policy "${content_security_policy}'))).toBe(true);
  });

  it('leave brotli out when asked', () => {
    expect(renderRules({ csp, brotli: false })).not.toMatch(/^brotli_static/m);
  });

  it('refuse a template placeholder without a value', () => {
    expect(() => fillTemplate('root @ROOT@;', {}, 'x.conf')).toThrow('x.conf: no value for placeholder @ROOT@');
  });

  it.runIf(existsSync('/usr/sbin/nginx'))('pass `nginx -t`, and a broken rule does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-nginx-test-'));
    try {
      const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
      const modules = existsSync(brotliModule) ? [brotliModule] : [];
      const check = (rulesText: string) => {
        writeFileSync(join(dir, 'rules.conf'), rulesText);
        writeFileSync(join(dir, 'nginx.conf'), renderStandalone({ prefix: dir, listen: '127.0.0.1:4199', root: dir, rules: join(dir, 'rules.conf'), modules }));
        return execFileSync('/usr/sbin/nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'pipe' });
      };
      expect(() => check(renderRules({ csp, brotli: modules.length > 0 }))).not.toThrow();
      const long = contentSecurityPolicy({ scriptHashes: Array.from({ length: 300 }, (_, i) => cspHash(`script ${i}`)) });
      expect(() => check(renderRules({ csp: long, brotli: modules.length > 0 }))).not.toThrow();
      expect(() => check(renderRules({ csp, brotli: modules.length > 0 }).replace('gzip_static on;', 'gzip_static sometimes;'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lib/build/postbuild-serve.mjs', () => {
  it('stops the build on a page whose inline code no hash can allow, naming the file, the line and the fix', () => {
    const out = mkdtempSync(join(tmpdir(), 'hz-postbuild-'));
    try {
      mkdirSync(join(out, 'zh', 'ch1-6'), { recursive: true });
      writeFileSync(join(out, 'zh', 'ch1-6', 'index.html'), '<!doctype html>\n<title>x</title>\n<button onclick="go()">go</button>\n');
      const run = spawnSync(process.execPath, ['lib/build/postbuild-serve.mjs', out], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /zh\/ch1-6\/index\.html:3: <button> has an inline event handler \(onclick\), which the Content-Security-Policy blocks\n  fix: attach the listener/,
      );
      expect(existsSync(join(out, '_headers'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says to build first when there is no out/ folder', () => {
    const run = spawnSync(process.execPath, ['lib/build/postbuild-serve.mjs', join(tmpdir(), 'hz-no-such-out')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no such folder\n  fix: run `next build` first');
  });
});
