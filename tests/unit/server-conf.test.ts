import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../deploy/headers.mjs';
import { renderRules, renderStandalone } from '../../deploy/nginx/render.mjs';

/**
 * deploy/nginx/server.conf.example, run as it is but for its names, paths and ports: nginx on
 * loopback, a certificate made for the test by a throwaway CA (no key is ever committed), and that
 * CA's OCSP responder. Each probe is shown to catch what it looks for on a block built to fail it.
 */
const NGINX = '/usr/sbin/nginx';
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const missing = [existsSync(NGINX) ? '' : `nginx (${NGINX})`, hasOpenssl ? '' : 'openssl'].filter(Boolean);
const HOST = 'report.example.org';
const EXAMPLE = 'deploy/nginx/server.conf.example';

/** Mozilla intermediate's TLS 1.2 suites that an RSA certificate can use. */
const INTERMEDIATE_RSA = [
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-CHACHA20-POLY1305',
];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const openssl = (args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) => execFileSync('openssl', args, { ...options, stdio: 'pipe' });

/** A throwaway CA, a certificate for HOST naming the OCSP responder, the chain, the DH group, and the responder's index. */
function makeCertificates(dir: string, ocspPort: number) {
  const run = (args: string[]) => openssl(args, { cwd: dir });
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Throwaway test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'privkey.pem', '-out', 'leaf.csr', '-subj', `/CN=${HOST}`]);
  writeFileSync(join(dir, 'leaf.ext'), `subjectAltName=DNS:${HOST}\nauthorityInfoAccess=OCSP;URI:http://127.0.0.1:${ocspPort}\nbasicConstraints=CA:FALSE\n`);
  run(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'cert.pem', '-days', '2', '-extfile', 'leaf.ext']);
  writeFileSync(join(dir, 'fullchain.pem'), readFileSync(join(dir, 'cert.pem'), 'utf8') + readFileSync(join(dir, 'ca.pem'), 'utf8'));
  run(['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', 'ffdhe2048.pem']);
  const serial = run(['x509', '-in', 'cert.pem', '-noout', '-serial']).toString().trim().split('=')[1];
  const ends = new Date(run(['x509', '-in', 'cert.pem', '-noout', '-enddate']).toString().trim().split('=')[1]);
  const asn1 = ends.toISOString().replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d).*$/, '$1$2$3$4$5$6Z');
  writeFileSync(join(dir, 'index.txt'), `V\t${asn1}\t\t${serial}\tunknown\t/CN=${HOST}\n`);
}

/**
 * The example with test names, paths and ports: every replaced text must be there (so the test follows
 * the file), and the IPv6 listens go (loopback here is 127.0.0.1).
 */
function runnable(example: string, { dir, httpPort, httpsPort }: { dir: string; httpPort: number; httpsPort: number }): string {
  const replacements: [RegExp | string, string][] = [
    [/^ +listen \[::\]:.*\n/gm, ''],
    [/listen 80\b/g, `listen 127.0.0.1:${httpPort}`],
    [/listen 443\b/g, `listen 127.0.0.1:${httpsPort}`],
    [`/etc/letsencrypt/live/${HOST}/fullchain.pem`, join(dir, 'fullchain.pem')],
    [`/etc/letsencrypt/live/${HOST}/privkey.pem`, join(dir, 'privkey.pem')],
    [`/etc/letsencrypt/live/${HOST}/chain.pem`, join(dir, 'ca.pem')],
    ['/etc/nginx/ffdhe2048.pem', join(dir, 'ffdhe2048.pem')],
    ['/var/www/hangzhou-report', join(dir, 'root')],
    ['/etc/nginx/snippets/hangzhou-report.conf', join(dir, 'rules.conf')],
  ];
  let text = example;
  for (const [from, to] of replacements) {
    const next = typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
    if (next === text) throw new Error(`${EXAMPLE} no longer has ${from}: update this test`);
    text = next;
  }
  return text;
}

interface Server {
  httpPort: number;
  httpsPort: number;
  check: string;
  stop: () => Promise<void>;
}

/** Starts nginx on `config` (the example made runnable, or a variant of it) in its own prefix under dir. */
async function startServer(dir: string, name: string, example: string, ports: { httpPort: number; httpsPort: number }): Promise<Server> {
  const prefix = join(dir, name);
  mkdirSync(prefix);
  const servers = runnable(example, { dir, ...ports })
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), renderStandalone({ prefix, servers, user: process.getuid?.() === 0 ? 'root' : undefined }));
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused ${name}:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (let tries = 0; ; tries++) {
    const up = await new Promise<boolean>((resolve) =>
      connect(ports.httpPort, '127.0.0.1')
        .on('connect', function (this: ReturnType<typeof connect>) {
          this.destroy();
          resolve(true);
        })
        .on('error', () => resolve(false)),
    );
    if (up) break;
    if (tries > 100) throw new Error(`nginx (${name}) did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    ...ports,
    check: check.stderr,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

/** A TLS handshake with openssl s_client: whether it succeeded, and what it said. Old protocols are offered only if asked (@SECLEVEL=0). */
function handshake(port: number, args: string[], servername = HOST) {
  const run = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', servername, ...args], {
    input: '',
    encoding: 'utf8',
    timeout: 10_000,
    env: { ...process.env, OPENSSL_CONF: '/dev/null' },
  });
  // TLS 1.3 names the suite only on the "New, TLSv1.3, Cipher is …" line: the session block may not come before s_client quits.
  const cipher = /\bCipher is (\S+)|^\s*Cipher\s*:\s*(\S+)/m.exec(run.stdout)?.slice(1).find(Boolean);
  return { ok: run.status === 0 && !!cipher && cipher !== '(NONE)' && cipher !== '0000', cipher, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * The TLS 1.2 suites a server with an RSA certificate accepts, from every suite this openssl can offer
 * that such a server could use (not ECDSA, DSS, PSK or SRP ones), tried a few at a time.
 */
async function acceptedTls12Suites(port: number): Promise<string[]> {
  const env = { ...process.env, OPENSSL_CONF: '/dev/null' };
  const all = execFileSync('openssl', ['ciphers', '-tls1_2', 'ALL:COMPLEMENTOFALL:!PSK:!SRP:!aECDSA:!aDSS:@SECLEVEL=0'], { encoding: 'utf8', env })
    .trim()
    .split(':')
    .filter((suite) => !suite.startsWith('TLS_'));
  expect(all).toEqual(expect.arrayContaining(['AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA256', ...INTERMEDIATE_RSA]));
  const accepts = (suite: string) =>
    new Promise<boolean>((resolve) => {
      const child = spawn('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', HOST, '-tls1_2', '-cipher', `${suite}:@SECLEVEL=0`], {
        env,
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      let out = '';
      // Stdin stays open until the handshake has printed its result: closed at once, s_client may quit before it does.
      const timer = setTimeout(() => child.kill(), 10_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (/Cipher is /.test(out)) child.stdin.end();
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code === 0 && new RegExp(`Cipher is ${suite}\\b`).test(out));
      });
    });
  const accepted: string[] = [];
  for (let at = 0; at < all.length; at += 6) {
    const batch = all.slice(at, at + 6);
    const results = await Promise.all(batch.map(accepts));
    accepted.push(...batch.filter((_, i) => results[i]));
  }
  return accepted.sort();
}

/** A raw HTTP/1.1 request: the status line and headers, or '' when the server closes without answering. */
function request(port: number, host: string | null, path = '/'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(text.split('\r\n\r\n')[0]));
    // Closed while the request was still being sent: no answer either.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && !text ? resolve('') : reject(error)));
  });
}

/** The same over TLS, with SNI for `servername`. */
function requestTls(port: number, servername: string, host: string): string {
  const run = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', servername, '-quiet', '-ign_eof'], {
    input: `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    encoding: 'latin1',
    timeout: 10_000,
  });
  return run.stdout.split('\r\n\r\n')[0];
}

describe.skipIf(missing.length > 0)(
  `the production server block (${EXAMPLE})${missing.length ? `: skipped, ${missing.join(' and ')} missing here (.ci/run installs nginx)` : ''}`,
  { timeout: 120_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-server-conf-'));
    const csp = contentSecurityPolicy({ scriptHashes: ['sha256-abc='] });
    let server: Server;
    let responder: ChildProcess;
    let ocspPort: number;

    beforeAll(async () => {
      ocspPort = await freePort();
      makeCertificates(dir, ocspPort);
      // openssl ocsp takes a port only, and listens on every interface for the few seconds of the test.
      responder = spawn(
        'openssl',
        ['ocsp', '-index', 'index.txt', '-port', String(ocspPort), '-rsigner', 'ca.pem', '-rkey', 'ca.key', '-CA', 'ca.pem', '-nmin', '60'],
        { cwd: dir, stdio: 'ignore' },
      );
      mkdirSync(join(dir, 'root', 'request-error'), { recursive: true });
      writeFileSync(join(dir, 'root', 'index.html'), '<!doctype html><title>report</title>');
      writeFileSync(join(dir, 'root', '404.html'), '<!doctype html><title>404</title>');
      writeFileSync(join(dir, 'root', 'request-error', 'index.html'), '<!doctype html><title>error</title>');
      writeFileSync(join(dir, 'rules.conf'), renderRules({ csp, brotli: false }));
      server = await startServer(dir, 'example', readFileSync(EXAMPLE, 'utf8'), { httpPort: await freePort(), httpsPort: await freePort() });
    });
    afterAll(async () => {
      await server?.stop();
      responder?.kill();
      rmSync(dir, { recursive: true, force: true });
    });

    it('passes nginx -t', () => {
      expect(server.check).toMatch(/test is successful/);
    });

    it('speaks TLS 1.3 and 1.2, and refuses 1.1 and 1.0 even to a client that offers them', () => {
      expect(handshake(server.httpsPort, ['-tls1_3']).ok).toBe(true);
      expect(handshake(server.httpsPort, ['-tls1_2']).ok).toBe(true);
      for (const old of ['-tls1_1', '-tls1']) {
        const refused = handshake(server.httpsPort, [old, '-cipher', 'DEFAULT:@SECLEVEL=0']);
        expect(refused.ok, old).toBe(false);
        // Refused by the server (an alert), not by the client's own settings.
        expect(refused.output, old).toMatch(/alert protocol version|unsupported protocol|wrong version number/);
      }
    });

    it('accepts exactly the intermediate TLS 1.2 suites: forward secrecy and AEAD only, no CBC-SHA1 (AES128-SHA, ECDHE-RSA-AES128-SHA)', async () => {
      expect(handshake(server.httpsPort, ['-tls1_2', '-cipher', 'AES128-SHA']).ok).toBe(false);
      expect(handshake(server.httpsPort, ['-tls1_2', '-cipher', 'ECDHE-RSA-AES128-SHA']).ok).toBe(false);
      expect(await acceptedTls12Suites(server.httpsPort)).toEqual([...INTERMEDIATE_RSA].sort());
    });

    it('staples the OCSP answer of a certificate that names a responder', async () => {
      // nginx asks the responder on the first handshakes and staples from then on.
      let stapled = '';
      for (let tries = 0; tries < 40 && !/OCSP Response Status: successful/.test(stapled); tries++) {
        stapled = handshake(server.httpsPort, ['-status']).output;
        if (!/OCSP Response Status: successful/.test(stapled)) await new Promise((wait) => setTimeout(wait, 250));
      }
      expect(stapled).toMatch(/OCSP Response Status: successful/);
      expect(stapled).toMatch(/Cert Status: good/);
    });

    it('redirects HTTP to the one fixed name, keeping the path and query, whatever the Host says', async () => {
      const answer = await request(server.httpPort, HOST, '/zh/ch1-6/?q=%E5%A4%8D%E8%AE%AE');
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 301 Moved Permanently');
      expect(answer.split('\r\n')).toContain(`Location: https://${HOST}/zh/ch1-6/?q=%E5%A4%8D%E8%AE%AE`);
      expect(answer).not.toMatch(/Server: nginx\//);
    });

    it('closes the connection without an answer (444) for an unknown host or none, and refuses TLS for an unknown name', async () => {
      expect(await request(server.httpPort, 'evil.example')).toBe('');
      expect(await request(server.httpPort, '127.0.0.1')).toBe('');
      expect(await request(server.httpPort, '')).toBe('');
      // Too malformed to name a host, or to the redirect's host: closed too, never nginx's own page.
      expect(await request(server.httpPort, HOST, '/%00')).toBe('');
      expect(await request(server.httpPort, HOST, `/${'a'.repeat(9000)}`)).toBe('');
      const unknown = handshake(server.httpsPort, ['-tls1_3'], 'evil.example');
      expect(unknown.ok).toBe(false);
      expect(unknown.output).toMatch(/unrecognized name/);
      // The right name in TLS, another in Host: that request goes to the default server, and is closed.
      expect(requestTls(server.httpsPort, HOST, 'evil.example')).toBe('');
    });

    it('serves the site over TLS with every header', () => {
      const answer = requestTls(server.httpsPort, HOST, HOST);
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
      for (const [name, value] of Object.entries(securityHeaders(csp))) expect(answer, name).toContain(`\r\n${name}: ${value}\r\n`);
    });

    it('the probes catch a block without these settings: old protocols and CBC suites, an echoed Host, unknown hosts served', async () => {
      // The block as it was before: nginx's default protocols and suites, the Host echoed, no default server.
      const weak = readFileSync(EXAMPLE, 'utf8')
        .replace(/^ssl_protocols .*$/m, 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;')
        .replace(/^ssl_ciphers .*$/m, 'ssl_ciphers DEFAULT:@SECLEVEL=0;')
        .replace(`return 301 https://${HOST}$request_uri;`, 'return 301 https://$host$request_uri;')
        .replace(/^server \{\n {4}listen 80 default_server;[\s\S]*?\n\}\n/m, '');
      expect(weak).not.toContain('default_server');
      const bad = await startServer(dir, 'weak', weak, { httpPort: await freePort(), httpsPort: await freePort() });
      try {
        expect(handshake(bad.httpsPort, ['-tls1', '-cipher', 'DEFAULT:@SECLEVEL=0']).ok).toBe(true);
        expect(handshake(bad.httpsPort, ['-tls1_2', '-cipher', 'AES128-SHA']).ok).toBe(true);
        expect((await request(bad.httpPort, 'evil.example')).split('\r\n')).toContain('Location: https://evil.example/');
        expect(handshake(bad.httpsPort, ['-tls1_3'], 'evil.example').ok).toBe(true);
      } finally {
        await bad.stop();
      }
    });
  },
);
