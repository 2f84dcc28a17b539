import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { finalizeOut, finalizePage, isRscPayload } from '../../lib/build/finalize-out.mjs';
import { waitForAnswer } from '../../lib/build/nginx-serve.mjs';
import { inlineScriptProblems } from '../../lib/build/postbuild-serve.mjs';

/**
 * The boundary with Next's internals: lib/build/finalize-out.mjs on what Next 16 really exports
 * (tests/fixtures/next-export/, raw), and on every way that output could change under us.
 */
const FIXTURES = 'tests/fixtures/next-export';
const raw = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const PAGES = ['section.zh.html', 'chart.en.html', '404.html'];

/** Point and figure ids, read with a regular expression of this test's own, not the code under test. */
const ids = (html: string) => [...html.matchAll(/\sid="((?:ch\d|opening|closing|chart-|fig-)[^"]*)"/g)].map((m) => m[1]);
/** Every <script …> tag's attributes and first characters, by a regular expression of this test's own. */
const scripts = (html: string) => [...html.matchAll(/<script([^>]*)>([\s\S]{0,40})/g)].map(([, attributes, start]) => ({ attributes, start }));

describe("Next's raw export, finalised", () => {
  it.each(PAGES)('%s: only the page script and data scripts remain, no /_next/ script, every id kept', (name) => {
    const before = raw(name);
    // The fixture really is Next's output: its runtime is there to remove.
    expect(before).toContain('self.__next_f.push(');
    expect(before).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
    const { html, removed, problems } = finalizePage(before, name);
    expect(problems).toEqual([]);
    expect(removed).toBeGreaterThan(5);
    for (const script of scripts(html)) expect(script.attributes).toMatch(/data-page-script|type="application\/(ld\+)?json"/);
    // The 404 (outside both language trees) runs no script at all.
    expect(scripts(html).filter((s) => s.attributes.includes('data-page-script'))).toHaveLength(name === '404.html' ? 0 : 1);
    expect(html).not.toMatch(/\/_next\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(ids(html)).toEqual(ids(before));
  });

  it('keeps every point and chart of the section and chart pages', () => {
    expect(ids(finalizePage(raw('section.zh.html'), 'x').html)).toEqual(expect.arrayContaining(['ch1-5', 'ch1-5-p1', 'ch1-5-p2', 'ch1-5-p3']));
    const chart = finalizePage(raw('chart.en.html'), 'x').html;
    expect(ids(chart)).toEqual(expect.arrayContaining(['ch2-p1', 'ch2-p4', 'chart-township-shares']));
    expect(chart).toMatch(/<svg[^>]*class="chart-drawing chart-narrow"/);
  });
});

describe('what finalize-out refuses', () => {
  const page = raw('section.zh.html');
  const withBody = (extra: string) => page.replace('</body>', `${extra}</body>`);
  const problemsOf = (html: string) => finalizePage(html, 'zh/ch1-5/index.html').problems;

  it('a script that is not ours nor a known Next shape: inline or from a file', () => {
    expect(problemsOf(withBody('<script>window.analytics = 1</script>'))).toEqual([
      "zh/ch1-5/index.html: <script>window.analytics = 1 is neither the page script, a data script nor one of Next's known runtime scripts\n" +
        '  fix: if Next changed its output, teach NEXT_SCRIPT_SHAPES in lib/build/finalize-out.mjs the new shape; if it is ours, make it an island (components/islands) or part of the page script',
    ]);
    expect(problemsOf(withBody('<script src="/vendor/x.js"></script>'))[0]).toMatch(/^zh\/ch1-5\/index.html: <script src="\/vendor\/x.js"> is neither/);
    // A new Next runtime shape is refused too: the upgrade must teach it.
    expect(problemsOf(withBody('<script>self.__next_r="abc"</script>'))[0]).toMatch(/<script>self.__next_r="abc" is neither/);
  });

  it('a preload of a script that is not a Next chunk', () => {
    expect(problemsOf(page.replace('</head>', '<link rel="modulepreload" href="/other/x.js"></head>'))[0]).toMatch(
      /<link rel="modulepreload" href="\/other\/x.js"> is neither/,
    );
  });

  it('a pending streaming boundary, whose content a removed script would have revealed', () => {
    const pending = withBody('<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><div hidden id="S:0"><p>The real content</p></div>');
    expect(problemsOf(pending).map((p) => p.split('\n')[0])).toEqual([
      'zh/ch1-5/index.html: still holds "<!--$?-->": a pending streaming boundary (its content arrives by a script that is gone)',
      'zh/ch1-5/index.html: still holds "<template id="B:": a pending streaming boundary',
      'zh/ch1-5/index.html: still holds "hidden id="S:": content hidden until a removed script would reveal it',
    ]);
  });

  it('a page with islands but no page script to load them', () => {
    const noScript = page.replace(/<script data-page-script="true">[\s\S]*?<\/script>/, '');
    expect(noScript.length).toBeLessThan(page.length);
    expect(problemsOf(noScript)).toEqual([
      'zh/ch1-5/index.html: has islands but no page script to load them (render components/shell/PageScript.tsx in its layout)',
    ]);
  });
});

describe('the files only the runtime reads', () => {
  const temps: string[] = [];
  afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const exportDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'finalize-'));
    temps.push(dir);
    mkdirSync(join(dir, 'zh/ch1-5'), { recursive: true });
    cpSync(join(FIXTURES, 'section.zh.html'), join(dir, 'zh/ch1-5/index.html'));
    mkdirSync(join(dir, '_next/static/chunks'), { recursive: true });
    for (const chunk of page().matchAll(/\/_next\/static\/chunks\/([^"]+\.(?:js|css))/g))
      writeFileSync(join(dir, '_next/static/chunks', chunk[1]), '/* chunk */');
    writeFileSync(join(dir, 'zh/ch1-5/index.txt'), '1:"$Sreact.fragment"\n2:I[39756,[],"default"]\n');
    writeFileSync(join(dir, 'zh/ch1-5/__next._tree.txt'), ':HL["/_next/static/chunks/a.css","style"]\n');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    return dir;
  };
  const page = () => raw('section.zh.html');

  it('are deleted by what they hold, not by their names; robots.txt and the stylesheet stay', () => {
    const dir = exportDir();
    const result = finalizeOut(dir);
    expect(result.problems).toEqual([]);
    expect(existsSync(join(dir, 'zh/ch1-5/index.txt'))).toBe(false);
    expect(existsSync(join(dir, 'zh/ch1-5/__next._tree.txt'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt'))).toBe(true);
    const css = page().match(/\/_next\/static\/chunks\/[^"]+\.css/)![0];
    expect(existsSync(join(dir, css))).toBe(true);
    expect(result.deleted).toBeGreaterThanOrEqual(2 + 5);
  });

  it('a payload Next writes under a name it did not use before is reported, not published', () => {
    const dir = exportDir();
    writeFileSync(join(dir, 'zh/ch1-5/page.rsc'), '0:["$","div",null,{}]\n1:"$Sreact.fragment"\n');
    expect(finalizeOut(dir).problems).toEqual([
      'zh/ch1-5/page.rsc: looks like an RSC payload that was not deleted\n  fix: Next writes its payloads under a new name: teach finalizeOut in lib/build/finalize-out.mjs',
    ]);
  });

  it('tells a payload from other text', () => {
    expect(isRscPayload('1:"$Sreact.fragment"')).toBe(true);
    expect(isRscPayload(':HL["/_next/static/chunks/a.css","style"]')).toBe(true);
    expect(isRscPayload('3:I[39756,["$2"],"default"]')).toBe(true);
    expect(isRscPayload('User-agent: *')).toBe(false);
    expect(isRscPayload('id,topic,label_zh')).toBe(false);
  });
});

describe('guards after finalize-out', () => {
  it('postbuild-serve refuses a second distinct inline script, naming it', () => {
    expect(
      inlineScriptProblems([
        { text: 'a()', page: 'zh/index.html' },
        { text: 'a()', page: 'en/index.html' },
      ]),
    ).toEqual([]);
    const [problem] = inlineScriptProblems([
      { text: 'a()', page: 'zh/index.html' },
      { text: 'self.__next_f.push([1,"x"])', page: 'en/index.html' },
    ]);
    expect(problem).toContain('the pages carry 2 different inline scripts');
    expect(problem).toContain('"self.__next_f.push([1,\\"x\\"])" in 1 page(s), e.g. en/index.html');
    expect(problem).toContain('fix: run lib/build/finalize-out.mjs first');
  });

  describe('the nginx launcher says why a server did not answer', () => {
    let server: Server;
    afterAll(() => server?.close());

    it('headers too large for Node to read (an over-long CSP)', async () => {
      server = createServer((_request, response) => {
        response.setHeader('Content-Security-Policy', `script-src ${"'sha256-x' ".repeat(3000)}`);
        response.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      await expect(waitForAnswer(`http://127.0.0.1:${port}/`, { timeout: 300 })).rejects.toThrow(
        /did not answer within 0.3 s: the last attempt failed with UND_ERR_HEADERS_OVERFLOW/,
      );
    });

    it('nothing listening', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as { port: number };
      await new Promise((resolve) => closed.close(resolve));
      await expect(waitForAnswer(`http://127.0.0.1:${port}/`, { timeout: 200 })).rejects.toThrow(/the last attempt failed with ECONNREFUSED/);
    });

    it('the server exited', async () => {
      await expect(waitForAnswer('http://127.0.0.1:9/', { exited: () => 1 })).rejects.toThrow('nginx exited with code 1 (its error is above)');
    });
  });
});
