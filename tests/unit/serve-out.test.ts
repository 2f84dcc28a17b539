import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE, contentSecurityPolicy, renderHeadersFile, securityHeaders } from '../../deploy/headers.mjs';
import { createSiteServer } from '../../lib/build/serve-out.mjs';

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
    writeFileSync(
      join(dir, '_headers'),
      renderHeadersFile({ csp, entries: ['en/', 'zh/', 'data/', '404.html', 'index.html'], typedFiles: ['/data/metrics.json'] }),
    );
    server = createSiteServer(dir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(origin + path, { headers, method, redirect: 'manual' });
  /** What the server sends back to bytes no client library would send. */
  const raw = (bytes: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect((server.address() as { port: number }).port, '127.0.0.1', () => socket.write(bytes));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });

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
    for (const path of ['/nope/', '/_headers', '/en/index.html.br', '/en/../../etc/passwd', '/data/']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers.get('content-security-policy'), path).toBe(csp);
      expect(await missing.text(), path).toContain('Page not found');
    }
  });

  it('the errors nginx answers with the error page get it here too, with every header and no-store', async () => {
    const cases: [string, Response][] = [
      ['a malformed escape', await get('/%E0%A4%A')],
      ['a NUL', await get('/%00')],
      ['POST', await get('/en/', {}, 'POST')],
      ['DELETE', await get('/en/', {}, 'DELETE')],
    ];
    for (const [name, response] of cases) {
      expect(response.status, name).toBe(name === 'POST' || name === 'DELETE' ? 405 : 400);
      for (const [header, value] of Object.entries(securityHeaders(csp))) expect(response.headers.get(header), `${name}: ${header}`).toBe(value);
      expect(response.headers.get('cache-control'), name).toBe(CACHE.error);
      expect(await response.text(), name).toContain('This request could not be handled');
    }
    expect(cases[2][1].headers.get('allow')).toBe('GET, HEAD');
  });

  it('a request Node cannot parse gets the error page with every header, not a bare 400', async () => {
    for (const [bytes, status] of [
      ['GARBAGE\r\n\r\n', '400 Bad Request'],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, '431 Request Header Fields Too Large'],
    ]) {
      const answer = await raw(bytes);
      expect(answer.split('\r\n')[0]).toBe(`HTTP/1.1 ${status}`);
      expect(answer).toContain(`Content-Security-Policy: ${csp}`);
      expect(answer).toContain('X-Frame-Options: DENY');
      expect(answer).toContain('This request could not be handled');
    }
  });
});
