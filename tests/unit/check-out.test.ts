import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtOrigin, checkOut, isLoopback, resolveUrl } from '../../lib/build/check-out.mjs';

const FIXTURES = 'tests/fixtures/export';
const ORIGIN = 'https://example.org';
const temps: string[] = [];

/** A copy of the valid fixture export with one case's files laid over it, and an optional edit. */
function exportWith(caseName?: string, edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-out-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, caseName), dir, { recursive: true });
  edit?.(dir);
  return dir;
}

/** The problems the checker reports, as "page: problem" lines. */
async function problemsOf(dir: string): Promise<string[]> {
  const { problems } = await checkOut(dir, { origin: ORIGIN });
  return problems.map(({ page, problem }) => `${page}: ${problem}`);
}

/** Replaces text in one file of an export; fails if the text is not there, so the edit cannot silently do nothing. */
function replaceIn(dir: string, file: string, from: string, to: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Each case validates a few pages with html-validate; slow only on a machine busy building.
describe('the output checker (lib/build/check-out.mjs)', { timeout: 30_000 }, () => {
  it('passes the valid fixture export, having followed its links, anchors and stylesheet', async () => {
    const { counts, problems } = await checkOut(join(FIXTURES, 'valid'), { origin: ORIGIN });
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ pages: 5, anchors: 3, external: 1, stylesheets: 1, islands: 0, sitemap: 3 });
    expect(counts.links).toBeGreaterThan(20);
  });

  it('catches a broken link', async () => {
    expect(await problemsOf(exportWith('broken-link'))).toEqual([
      '/zh/: <a href="/data/report-2019.json"> points at /data/report-2019.json, which is not in the export',
    ]);
  });

  it('catches a broken anchor on another page', async () => {
    expect(await problemsOf(exportWith('broken-anchor'))).toEqual(['/en/: <a href="/zh/#introduction"> points at #introduction, which is not an id in /zh/']);
  });

  it('catches a broken anchor on the same page', async () => {
    const dir = exportWith(undefined, (d) => replaceIn(d, 'zh/index.html', 'href="#intro"', 'href="#preface"'));
    expect(await problemsOf(dir)).toEqual(['/zh/: <a href="#preface"> points at #preface, which is not an id in /zh/']);
  });

  it('catches an HTML error, with its line and rule', async () => {
    expect(await problemsOf(exportWith('html-error'))).toEqual([
      '/en/: line 16:12: <p> element is not permitted as content under <ul> (html-validate element-permitted-content)',
    ]);
  });

  it('catches a missing canonical', async () => {
    expect(await problemsOf(exportWith('missing-canonical'))).toEqual(['/en/: has no <link rel="canonical">']);
  });

  it('catches a page missing from the sitemap', async () => {
    expect(await problemsOf(exportWith('missing-from-sitemap'))).toEqual(['/en/: is not in /sitemap.xml']);
  });

  it('catches a link without its trailing slash, which every static host redirects', async () => {
    const dir = exportWith(undefined, (d) => replaceIn(d, 'en/index.html', 'href="/zh/"', 'href="/zh"'));
    expect(await problemsOf(dir)).toEqual(['/en/: <a href="/zh"> leaves out the trailing slash of /zh/ (a redirect on every static host)']);
  });

  it('catches a font that a stylesheet loads but the export lacks', async () => {
    const dir = exportWith(undefined, (d) => rmSync(join(d, '_next/static/body.woff2')));
    expect(await problemsOf(dir)).toEqual(['/_next/static/site.css: url(./body.woff2) points at /_next/static/body.woff2, which is not in the export']);
  });

  it('catches a missing title and description, a wrong canonical and a one-sided hreflang pair', async () => {
    const dir = exportWith(undefined, (d) => {
      replaceIn(d, 'en/index.html', '    <title>The report</title>\n', '');
      replaceIn(d, 'en/index.html', '    <meta name="description" content="The report: a page of the fixture site.">\n', '');
      replaceIn(d, 'zh/index.html', '<link rel="canonical" href="https://example.org/zh/">', '<link rel="canonical" href="https://example.org/en/">');
      replaceIn(d, 'zh/index.html', 'hreflang="en" href="https://example.org/en/"', 'hreflang="en" href="https://example.org/"');
    });
    expect(await problemsOf(dir)).toEqual([
      '/en/: line 3:4: <head> element must have <title> as content (html-validate element-required-content)',
      '/en/: has no <title>',
      '/en/: has no <meta name="description">',
      '/en/: its hreflang="zh-Hans" twin /zh/ does not list it back as hreflang="en"',
      '/zh/: has the canonical https://example.org/en/; expected https://example.org/zh/',
      '/sitemap.xml: gives /zh/ the alternates [en https://example.org/en/, x-default https://example.org/, zh-Hans https://example.org/zh/], but the page has [en https://example.org/, x-default https://example.org/, zh-Hans https://example.org/zh/]',
    ]);
  });

  it('requires every hreflang of the pair and x-default', async () => {
    const dir = exportWith(undefined, (d) => replaceIn(d, 'en/index.html', '<link rel="alternate" hreflang="x-default" href="https://example.org/">', ''));
    const problems = await problemsOf(dir);
    expect(problems).toContain('/en/: has no <link rel="alternate" hreflang="x-default">');
  });

  describe('islands', () => {
    /** The fixture with a chart island on /en/: its bundle imports a shared chunk on demand. */
    const withIsland = (edit?: (dir: string) => void) =>
      exportWith(undefined, (d) => {
        mkdirSync(join(d, '_islands'));
        writeFileSync(join(d, '_islands/manifest.json'), '{ "chart": "/_islands/chart-1a2b.js" }\n');
        writeFileSync(
          join(d, '_islands/chart-1a2b.js'),
          'import{r as e}from"./shared-3c4d.js";export function mount(t){return import("./draw-5e6f.js").then(n=>n.draw(t,e))}\n',
        );
        writeFileSync(join(d, '_islands/shared-3c4d.js'), 'export const r=1;\n');
        writeFileSync(join(d, '_islands/draw-5e6f.js'), 'export function draw(){}\n');
        replaceIn(d, 'en/index.html', '      <h1>The report</h1>', '      <h1>The report</h1>\n      <div data-island="chart" data-island-on="visible"></div>');
        edit?.(d);
      });

    it('follows the manifest and every chunk a bundle imports', async () => {
      const { counts, problems } = await checkOut(withIsland(), { origin: ORIGIN });
      expect(problems).toEqual([]);
      expect(counts.islands).toBe(3);
    });

    it('catches an island missing from the manifest, and a missing manifest', async () => {
      expect(await problemsOf(withIsland((d) => replaceIn(d, 'en/index.html', 'data-island="chart"', 'data-island="map"')))).toEqual([
        '/en/: has data-island="map", which is not in /_islands/manifest.json',
      ]);
      expect(await problemsOf(withIsland((d) => rmSync(join(d, '_islands/manifest.json'))))).toEqual([
        '/en/: has data-island="chart", but the export has no /_islands/manifest.json',
      ]);
    });

    it('catches a bundle or a chunk missing from the export', async () => {
      expect(await problemsOf(withIsland((d) => rmSync(join(d, '_islands/draw-5e6f.js'))))).toEqual([
        '/_islands/chart-1a2b.js: imports ./draw-5e6f.js: it points at /_islands/draw-5e6f.js, which is not in the export',
      ]);
      expect(await problemsOf(withIsland((d) => rmSync(join(d, '_islands/chart-1a2b.js'))))).toEqual([
        '/_islands/manifest.json: "chart": /_islands/chart-1a2b.js points at /_islands/chart-1a2b.js, which is not in the export',
      ]);
    });

    it('catches a bundle of third-party code whose licence notices are not in the export', async () => {
      const withNotices = (notices: boolean) =>
        withIsland((d) => {
          writeFileSync(join(d, '_islands/shared-3c4d.js'), '/*! stemmer 2.0.1 (MIT): see /_islands/LICENSES-0123456789.txt */\nexport const r=1;\n');
          if (notices) writeFileSync(join(d, '_islands/LICENSES-0123456789.txt'), 'stemmer 2.0.1 (MIT)\n');
        });
      expect(await problemsOf(withNotices(true))).toEqual([]);
      expect(await problemsOf(withNotices(false))).toEqual([
        '/_islands/shared-3c4d.js: names its licence notices /_islands/LICENSES-0123456789.txt, which is not in the export',
      ]);
    });
  });

  describe('charts', () => {
    const drawing = (layout: string, marks: number, labelledBy = 'c-caption') =>
      `<svg class="chart-drawing chart-${layout}" viewBox="0 0 10 10" role="group" aria-labelledby="${labelledBy}">${'<g class="mark" tabindex="0" role="img"><title>v</title><rect width="1" height="1"></rect></g>'.repeat(marks)}</svg>`;
    const withChart = (drawings: string) =>
      exportWith(undefined, (d) =>
        replaceIn(
          d,
          'en/index.html',
          '      <h1>The report</h1>',
          `      <h1>The report</h1>\n      <figure id="chart-c"><figcaption id="c-caption">C</figcaption><div class="chart-box">${drawings}</div><table><tbody><tr><th>a</th><td>1</td></tr><tr><th>b</th><td>2</td></tr></tbody></table></figure>`,
        ),
      );

    it('passes a figure drawn narrow and wide, a mark per value, named by its caption', async () => {
      const { counts, problems } = await checkOut(withChart(drawing('narrow', 2) + drawing('wide', 2)), { origin: ORIGIN });
      expect(problems).toEqual([]);
      expect(counts.charts).toBe(1);
    });

    it('catches a chart not drawn, a drawing missing a mark, and one named by nothing', async () => {
      expect(await problemsOf(withChart(''))).toEqual([
        '/en/: figure #chart-c has the drawings [], not one chart-narrow and one chart-wide: the charts were not drawn into the page (npm run build:charts runs before next build)',
      ]);
      expect(await problemsOf(withChart(drawing('narrow', 2) + drawing('wide', 1, 'nowhere')))).toEqual([
        '/en/: line 16:475: Element references missing id "nowhere" (html-validate no-missing-references)',
        '/en/: figure #chart-c: its chart-wide drawing has 1 marks for the 2 values of its table',
      ]);
    });
  });

  describe('QR codes', () => {
    const qr = (name: string) => `<svg class="qr-code" role="img" aria-label="${name}" viewBox="0 0 1 1"><path d="M0 0h1"></path></svg>`;
    const withQr = (codes: string) =>
      exportWith(undefined, (d) => replaceIn(d, 'en/index.html', '      <h1>The report</h1>', `      <h1>The report</h1>\n      ${codes}`));

    it('passes a page whose QR code opens its canonical URL', async () => {
      const { counts, problems } = await checkOut(withQr(qr('QR code: https://example.org/en/')), { origin: ORIGIN });
      expect(problems).toEqual([]);
      expect(counts.qr).toBe(1);
    });

    it('catches a code of another page or origin, one that does not say what it opens, and two on a page', async () => {
      expect(await problemsOf(withQr(qr('QR code: http://127.0.0.1:3000/en/')))).toEqual([
        "/en/: its QR code opens http://127.0.0.1:3000/en/, not the page's canonical URL https://example.org/en/: was it built with another SITE_ORIGIN?",
      ]);
      expect(await problemsOf(withQr(qr('QR code')))).toEqual(['/en/: its QR code is named "QR code", which does not end with the URL it opens']);
      expect(await problemsOf(withQr(qr('QR code: https://example.org/en/') + qr('QR code: https://example.org/en/')))).toEqual([
        '/en/: has 2 QR codes; a page has one, of its own URL',
      ]);
    });
  });

  it('catches a description or robots meta given twice', async () => {
    const dir = exportWith(undefined, (d) =>
      replaceIn(d, '404.html', '<meta name="robots" content="noindex">', '<meta name="robots" content="noindex"><meta name="robots" content="noindex">'),
    );
    expect(await problemsOf(dir)).toEqual(['/404.html: has <meta name="robots"> 2 times']);
  });

  it('requires the 404 to be noindex and to stay out of the sitemap', async () => {
    const dir = exportWith(undefined, (d) => {
      replaceIn(d, '404.html', '    <meta name="robots" content="noindex">\n', '');
      replaceIn(d, 'sitemap.xml', '</urlset>', '<url>\n<loc>https://example.org/404.html</loc>\n</url>\n</urlset>');
    });
    expect(await problemsOf(dir)).toEqual([
      '/404.html: is a 404 page without <meta name="robots" content="noindex">',
      '/sitemap.xml: lists the 404 page /404.html',
    ]);
  });

  it('requires the error page to be noindex and to stay out of the sitemap, without asking it for a canonical', async () => {
    const dir = exportWith(undefined, (d) => {
      replaceIn(d, 'request-error/index.html', '    <meta name="robots" content="noindex">\n', '');
      replaceIn(d, 'sitemap.xml', '</urlset>', '<url>\n<loc>https://example.org/request-error/</loc>\n</url>\n</urlset>');
    });
    expect(await problemsOf(dir)).toEqual([
      '/request-error/: is an error page without <meta name="robots" content="noindex">',
      '/sitemap.xml: lists the error page /request-error/',
    ]);
  });

  it('catches a sitemap URL that is not a page, and a missing robots.txt', async () => {
    const dir = exportWith(undefined, (d) => {
      replaceIn(d, 'sitemap.xml', '</urlset>', '<url>\n<loc>https://example.org/fr/</loc>\n</url>\n</urlset>');
      rmSync(join(d, 'robots.txt'));
    });
    expect(await problemsOf(dir)).toEqual(['/sitemap.xml: lists /fr/, which is not a page of the export', '/robots.txt: is missing']);
  });

  it('catches robots.txt rules that hide pages or forget the sitemap', async () => {
    const dir = exportWith(undefined, (d) => writeFileSync(join(d, 'robots.txt'), 'User-agent: *\nDisallow: /en/\n'));
    expect(await problemsOf(dir)).toEqual([
      '/robots.txt: does not name the sitemap: add "Sitemap: https://example.org/sitemap.xml"',
      '/en/: is disallowed by robots.txt ("Disallow: /en/")',
    ]);
  });

  it('refuses javascript: URLs', async () => {
    const dir = exportWith(undefined, (d) => replaceIn(d, 'zh/index.html', 'href="/en/" hreflang="en"', 'href="javascript:alert(1)" hreflang="en"'));
    expect(await problemsOf(dir)).toContain('/zh/: <a href="javascript:alert(1)">: a javascript: URL');
  });

  it('reads absolute URLs on the site as internal, and others as external', () => {
    expect(resolveUrl('https://example.org/zh/#ch1-6-p2', `${ORIGIN}/en/`, ORIGIN)).toEqual({ kind: 'internal', path: '/zh/', fragment: 'ch1-6-p2' });
    expect(resolveUrl('../data/report.json', `${ORIGIN}/en/about/`, ORIGIN)).toEqual({ kind: 'internal', path: '/en/data/report.json', fragment: null });
    expect(resolveUrl('/icon.svg?v=1', `${ORIGIN}/`, ORIGIN)).toEqual({ kind: 'internal', path: '/icon.svg', fragment: null });
    expect(resolveUrl('https://z.hangzhou.com.cn/', `${ORIGIN}/`, ORIGIN)).toEqual({ kind: 'external' });
    expect(resolveUrl('mailto:someone@example.org', `${ORIGIN}/`, ORIGIN)).toEqual({ kind: 'other' });
  });

  it('prints counts and each problem, and exits non-zero on any problem', () => {
    const run = (dir: string) => {
      try {
        return { status: 0, output: execFileSync('node', ['lib/build/check-out.mjs', '--dir', dir, '--origin', ORIGIN], { encoding: 'utf8' }) };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { status: failed.status, output: failed.stdout };
      }
    };
    const good = run(join(FIXTURES, 'valid'));
    expect(good.status).toBe(0);
    expect(good.output).toMatch(
      /^check-out: tests\/fixtures\/export\/valid for https:\/\/example\.org: 5 pages, \d+ internal links \(3 with an #anchor\), 1 external links, 1 stylesheets, 0 island bundles, 0 charts, 0 QR codes, 3 URLs in the sitemap\nno problems/,
    );
    const bad = run(exportWith('broken-anchor'));
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('\n/en/: <a href="/zh/#introduction"> points at #introduction, which is not an id in /zh/\n1 problem\n');
  });

  describe('the origin a deploy would publish', () => {
    const LOCAL = 'http://127.0.0.1:3000';
    /** The valid export as a build without SITE_ORIGIN writes it: every absolute URL on this machine, a citation too. */
    const localBuild = () =>
      exportWith(undefined, (d) => {
        mkdirSync(join(d, 'data/cite'), { recursive: true });
        writeFileSync(
          join(d, 'data/cite/ch1-6-p2.json'),
          JSON.stringify({ target: { url: { zh: 'https://example.org/zh/ch1-6/#ch1-6-p2', en: 'https://example.org/en/ch1-6/#ch1-6-p2' } } }),
        );
        for (const file of ['index.html', 'en/index.html', 'zh/index.html', 'sitemap.xml', 'robots.txt', 'data/cite/ch1-6-p2.json']) {
          writeFileSync(join(d, file), readFileSync(join(d, file), 'utf8').replaceAll('https://example.org', LOCAL));
        }
      });

    it('knows loopback origins', () => {
      for (const origin of [
        'http://127.0.0.1:3000',
        'http://localhost:3000',
        'https://app.localhost',
        'http://[::1]:8080',
        'http://127.8.0.1',
        'http://0.0.0.0:3000',
      ])
        expect(isLoopback(origin), origin).toBe(true);
      for (const origin of ['https://example.org', 'https://127.0.0.1.example.org', 'http://10.0.0.1', 'not a url'])
        expect(isLoopback(origin), origin).toBe(false);
    });

    it('refuses a build on a loopback origin in one problem naming the origin and the fix, unless it is a local preview', async () => {
      const dir = localBuild();
      expect(builtOrigin(dir)).toBe(LOCAL);
      const { problems } = await checkOut(dir, { origin: LOCAL });
      expect(problems).toEqual([
        {
          page: `${dir}/`,
          problem: `canonical links, sitemap.xml, robots.txt and citations use ${LOCAL}, this machine: deployed, they would send readers, search engines and everyone who cites the report to their own computer\n  fix: build for the real host: SITE_ORIGIN=https://report.example.org npm run build (then SITE_ORIGIN=https://report.example.org npm run check:out); to check a local preview, say so: npm run check:out -- --local-preview (or CHECK_OUT_LOCAL=1)`,
        },
      ]);
      expect((await checkOut(dir, { origin: LOCAL, localPreview: true })).problems).toEqual([]);
    });

    it('says once that a build was made for another origin than the one checked', async () => {
      const { problems } = await checkOut(localBuild(), { origin: ORIGIN });
      expect(problems.map((p) => p.problem)).toEqual([
        `was built for ${LOCAL}, but is checked for ${ORIGIN}\n  fix: build for the host it goes to (SITE_ORIGIN=${ORIGIN} npm run build), or check it for the one it was built for (SITE_ORIGIN=${LOCAL} npm run check:out)`,
      ]);
    });

    it('catches a citation whose permalink is on another origin', async () => {
      const dir = exportWith(undefined, (d) => {
        mkdirSync(join(d, 'data/cite'), { recursive: true });
        writeFileSync(
          join(d, 'data/cite/report.json'),
          JSON.stringify({ target: { url: { zh: 'http://127.0.0.1:3000/zh/', en: 'https://example.org/en/' } } }),
        );
      });
      expect(await problemsOf(dir)).toEqual([`/data/cite/report.json: cites http://127.0.0.1:3000/zh/, which is not on ${ORIGIN}`]);
    });

    it('run alone (`npm run check:out`), fails on a loopback build with the fix; passes when told it is a local preview', () => {
      const dir = localBuild();
      const run = (args: string[], env: Record<string, string> = {}) => {
        const { SITE_ORIGIN: _, CHECK_OUT_LOCAL: __, ...rest } = process.env;
        try {
          return {
            status: 0,
            output: execFileSync('node', ['lib/build/check-out.mjs', '--dir', dir, ...args], { encoding: 'utf8', env: { ...rest, ...env } }),
          };
        } catch (error) {
          const failed = error as { status: number; stdout: string };
          return { status: failed.status, output: failed.stdout };
        }
      };
      const alone = run([]);
      expect(alone.status).toBe(1);
      expect(alone.output).toContain(`use ${LOCAL}, this machine`);
      expect(alone.output).toContain('fix: build for the real host: SITE_ORIGIN=https://report.example.org npm run build');
      expect(run(['--local-preview'])).toMatchObject({ status: 0, output: expect.stringContaining(`for ${LOCAL} (a local preview): 5 pages`) });
      expect(run([], { CHECK_OUT_LOCAL: '1' }).status).toBe(0);
      expect(run([], { SITE_ORIGIN: ORIGIN })).toMatchObject({
        status: 1,
        output: expect.stringContaining(`was built for ${LOCAL}, but is checked for ${ORIGIN}`),
      });
    });
  });
});
