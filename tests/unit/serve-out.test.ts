import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE, contentSecurityPolicy, renderHeadersFile, securityHeaders } from '../../deploy/headers.mjs';
import { handler } from '../../lib/build/serve-out.mjs';

/** `npm start`'s server (lib/build/serve-out.mjs) on a copy of the fixture export with its _headers. */
describe('the local server sends what the shipped configuration sends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-out-'));
  const csp = contentSecurityPolicy({ scriptHashes: ['sha256-abc='] });
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    cpSync('tests/fixtures/export/valid', dir, { recursive: true });
    writeFileSync(join(dir, 'data/metrics.json'), '{"metrics":[]}\n');
    writeFileSync(join(dir, 'en/index.html.br'), new Uint8Array(brotliCompressSync(new Uint8Array(readFileSync(join(dir, 'en/index.html'))))));
    writeFileSync(join(dir, '_headers'), renderHeadersFile({ csp, entries: ['en/', 'zh/', 'data/', '404.html', 'index.html'], typedFiles: ['/data/metrics.json'] }));
    server = createServer(handler(dir));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers, redirect: 'manual' });

  it('a page: every security header with the build’s CSP, its cache rule and type', async () => {
    const response = await get('/en/');
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders(csp))) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toBe(CACHE.revalidate);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1>The report</h1>');
  });

  it('the brotli twin when the client accepts it, with Vary', async () => {
    const response = await get('/en/', { 'accept-encoding': 'gzip, br' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(await response.text()).toContain('<h1>The report</h1>');
  });

  it('data with CORS; a folder without its slash redirected, query kept; the 404 page for the rest', async () => {
    const data = await get('/data/metrics.json');
    expect(data.headers.get('access-control-allow-origin')).toBe('*');
    expect(data.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const redirect = await get('/en?x=1');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/en/?x=1']);
    expect(redirect.headers.get('content-security-policy')).toBe(csp);
    for (const path of ['/nope/', '/_headers', '/en/index.html.br', '/%E0%A4%A', '/en/../../etc/passwd']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers.get('content-security-policy'), path).toBe(csp);
    }
  });
});
