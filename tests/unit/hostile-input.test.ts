/**
 * Hostile and broken content (issue 7, part 5): copies of content/ are mutated at random with
 * fast-check and loaded as the build loads them. Each mutation must be refused with a ContentError
 * that names the file (and the line, where there is one), and nothing altered may ever load.
 * Runs are bounded (numRuns) so the file takes well under 30 s; a failure prints its seed and shrunk counterexample.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '@/lib/content/errors';
import { jsonErrorOffset, lineAt } from '@/lib/content/json';
import { CONTENT_FILES, loadReport, type ContentFiles } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/errors';
import { inlineToHast, parseMarkdown, proseToHast } from '@/lib/content/markdown';
import { loadProse } from '@/lib/content/prose';
import { DISPLAY_FILE, loadDisplay } from '@/lib/figures/display';
import { loadFigures, METRICS_FILE } from '@/lib/figures/load';
import { GLOSSARY_FILE, loadGlossary } from '@/lib/glossary/load';
import { loadProblemLinks, PLANS_FILE } from '@/lib/plans/load';
import { LANGS } from '@/lib/site/i18n';

const REPORT_FILES = { zh: CONTENT_FILES.zh, en: CONTENT_FILES.en } as const;
const JSON_FILES = [CONTENT_FILES.meta, METRICS_FILE, GLOSSARY_FILE, PLANS_FILE];
const PROSE_FILES = LANGS.flatMap((lang) => ['about', 'translation', 'accessibility'].map((name) => ({ lang, name, file: `content/${lang}/${name}.md` })));
const RUNS = 10;
// Generous: each run loads the whole content (~0.1 s), and CI machines are shared.
const TIMEOUT = { timeout: 60_000 };

/** Everything the build loads from content/, from a given project root. */
function loadEverything(root: string) {
  const report = loadReport(CONTENT_FILES, root);
  return {
    report,
    figures: loadFigures(report, METRICS_FILE, loadDisplay(DISPLAY_FILE, root), root),
    glossary: loadGlossary(report, GLOSSARY_FILE, root),
    plans: loadProblemLinks(report, PLANS_FILE, root),
    prose: PROSE_FILES.map(({ lang, name }) => toHtml(loadProse(lang, name, root))),
  };
}

/** The text the site publishes: meta, every heading and point in both languages, and the prose pages. */
function publishedText(loaded: ReturnType<typeof loadEverything>) {
  const { report } = loaded;
  return JSON.stringify([
    report.meta,
    report.sections.map((s) => [s.id, s.heading, s.points.map((p) => [p.id, p.text, toHtml({ type: 'root', children: [...p.inline.zh, ...p.inline.en] })])]),
    loaded.prose,
  ]);
}

const original = Object.fromEntries(
  [...Object.values(REPORT_FILES), ...JSON_FILES, ...PROSE_FILES.map((p) => p.file)].map((file) => [file, readFileSync(file, 'utf8')]),
);
const baseline = publishedText(loadEverything(process.cwd()));

const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Loads a copy of content/ with some files replaced. Returns the problems it was refused with;
 * fails the test if it loaded with any published text changed, or threw anything but a ContentError.
 */
function refusal(replace: Record<string, string>): ContentProblem[] {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  roots.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  for (const [file, text] of Object.entries(replace)) writeFileSync(join(root, file), text);
  let loaded: ReturnType<typeof loadEverything>;
  try {
    loaded = loadEverything(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  expect(publishedText(loaded), 'mutated content loaded with altered text').toBe(baseline);
  return [];
}

/** A report file as blocks (a blank line between blocks, as the format says), each with its first line. */
function blocksOf(text: string) {
  const parts = text.replace(/\n$/, '').split('\n\n');
  let line = 1;
  return parts.map((part) => {
    const block = { text: part, line, id: /\{#([^}]*)\}/.exec(part)?.[1] ?? '', isPoint: part.startsWith('{#') };
    line += part.split('\n').length + 1;
    return block;
  });
}
const joinBlocks = (parts: string[]) => `${parts.join('\n\n')}\n`;

const blocks = { zh: blocksOf(original[REPORT_FILES.zh]), en: blocksOf(original[REPORT_FILES.en]) };
const pointIndexes = (lang: 'zh' | 'en') => blocks[lang].flatMap((b, i) => (b.isPoint ? [i] : []));
const lang = fc.constantFrom('zh' as const, 'en' as const);
/** A language and the index (among all blocks) of one of its points. */
const aPoint = lang.chain((l) => fc.constantFrom(...pointIndexes(l)).map((index) => ({ lang: l, index })));

const describeProblems = (problems: ContentProblem[]) => problems.map((p) => `${p.file}:${p.line}: ${p.problem}`);

describe('hostile and broken content is refused, naming the file and the line', TIMEOUT, () => {
  it('refuses a dropped point', () => {
    fc.assert(
      fc.property(aPoint, ({ lang, index }) => {
        const { id } = blocks[lang][index];
        const problems = describeProblems(refusal({ [REPORT_FILES[lang]]: joinBlocks(blocks[lang].filter((_, i) => i !== index).map((b) => b.text)) }));
        if (lang === 'en') {
          const zhLine = blocks.zh.find((b) => b.id === id)!.line;
          expect(
            problems.some(
              (p) => p.startsWith(`${REPORT_FILES.en}:`) && p.endsWith(`: point "${id}" is in ${REPORT_FILES.zh} (line ${zhLine}) but missing here`),
            ),
          ).toBe(true);
        } else {
          expect(problems).toContain(`${REPORT_FILES.en}:${blocks.en.find((b) => b.id === id)!.line}: point "${id}" is not in ${REPORT_FILES.zh}`);
          expect(problems.some((p) => p.startsWith(`${REPORT_FILES.zh}:`) && p.includes('no longer matches the source'))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a duplicated point, naming both lines', () => {
    fc.assert(
      fc.property(aPoint, ({ lang, index }) => {
        const block = blocks[lang][index];
        const parts = blocks[lang].map((b) => b.text);
        parts.splice(index + 1, 0, block.text);
        const copyLine = block.line + block.text.split('\n').length + 1;
        expect(describeProblems(refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) }))).toContain(
          `${REPORT_FILES[lang]}:${copyLine}: the id "${block.id}" is already used on line ${block.line}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a malformed id at its line', () => {
    const malform = fc.constantFrom(
      (id: string) => id.toUpperCase(),
      (id: string) => id.replace(/-/g, '_'),
      (id: string) => `${id}-`,
      (id: string) => `${id} x`,
      (id: string) => `1${id}`,
      (id: string) => id.replace('-', '--'),
      (id: string) => `${id}é`,
    );
    fc.assert(
      fc.property(aPoint, malform, ({ lang, index }, change) => {
        const block = blocks[lang][index];
        const bad = change(block.id);
        const parts = blocks[lang].map((b, i) => (i === index ? b.text.replace(`{#${b.id}}`, `{#${bad}}`) : b.text));
        expect(describeProblems(refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) }))).toContain(
          `${REPORT_FILES[lang]}:${block.line}: the id "${bad}" is malformed`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses any other id in place of a point’s id', () => {
    fc.assert(
      fc.property(aPoint, fc.string({ maxLength: 12 }), ({ lang, index }, other) => {
        const block = blocks[lang][index];
        fc.pre(other !== block.id);
        const parts = blocks[lang].map((b, i) => (i === index ? b.text.replace(`{#${b.id}}`, `{#${other}}`) : b.text));
        const problems = refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) });
        expect(problems.length).toBeGreaterThan(0);
        // The file changed is named, as the file of a problem or (parity, seen from the other language) in its text.
        expect(problems.some((p) => p.file === REPORT_FILES[lang] || p.problem.includes(REPORT_FILES[lang]))).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('refuses two points swapped, naming where the order breaks', () => {
    const twoPoints = lang.chain((l) =>
      fc
        .uniqueArray(fc.constantFrom(...pointIndexes(l)), { minLength: 2, maxLength: 2 })
        .map(([a, b]) => ({ lang: l, first: Math.min(a, b), second: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(twoPoints, ({ lang, first, second }) => {
        const parts = blocks[lang].map((b) => b.text);
        [parts[first], parts[second]] = [parts[second], parts[first]];
        const [a, b] = [blocks[lang][first].id, blocks[lang][second].id];
        const enLine = blocks.en[first].line;
        const problems = describeProblems(refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) }));
        // The Chinese decides the order: the English is reported out of order at the first swapped place.
        expect(problems).toContain(
          lang === 'en'
            ? `${REPORT_FILES.en}:${enLine}: "${b}" is out of order: the Chinese has "${a}" here`
            : `${REPORT_FILES.en}:${enLine}: "${a}" is out of order: the Chinese has "${b}" here`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a changed digit in a Chinese point, at the point’s line', () => {
    const withDigits = pointIndexes('zh').filter((i) => /\d/.test(blocks.zh[i].text.replace(/^\{#[^}]*\}/, '')));
    const change = fc.constantFrom(...withDigits).chain((index) => {
      const text = blocks.zh[index].text;
      const start = text.indexOf('}') + 1;
      const digits = [...text.matchAll(/\d/g)].filter((m) => m.index >= start).map((m) => m.index);
      return fc.record({ index: fc.constant(index), at: fc.constantFrom(...digits), digit: fc.integer({ min: 1, max: 9 }) });
    });
    fc.assert(
      fc.property(change, ({ index, at, digit }) => {
        const block = blocks.zh[index];
        const replaced = String((Number(block.text[at]) + digit) % 10);
        const parts = blocks.zh.map((b, i) => (i === index ? b.text.slice(0, at) + replaced + b.text.slice(at + 1) : b.text));
        const problems = refusal({ [REPORT_FILES.zh]: joinBlocks(parts) });
        expect(
          problems.some(
            (p) =>
              p.file === REPORT_FILES.zh && p.line === block.line && p.problem.startsWith(`the Chinese of point "${block.id}" no longer matches the source`),
          ),
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a report file cut short, naming it', () => {
    const cut = lang.chain((l) => fc.integer({ min: 1, max: original[REPORT_FILES[l]].trimEnd().length - 1 }).map((length) => ({ lang: l, length })));
    fc.assert(
      fc.property(cut, ({ lang, length }) => {
        const file = REPORT_FILES[lang];
        const problems = refusal({ [file]: original[file].slice(0, length) });
        expect(problems.some((p) => p.file === file)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('refuses broken JSON in meta, metrics, glossary and problems → plans, at the line where it breaks', () => {
    const breakage = fc.record({
      file: fc.constantFrom(...JSON_FILES),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      how: fc.constantFrom('truncate', 'delete', 'insert'),
      char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', 'x', '\\', '\u0001'),
    });
    fc.assert(
      fc.property(breakage, ({ file, at, how, char }) => {
        const text = original[file];
        const offset = Math.floor(at * text.trimEnd().length);
        const broken =
          how === 'truncate'
            ? text.slice(0, offset)
            : how === 'delete'
              ? text.slice(0, offset) + text.slice(offset + 1)
              : text.slice(0, offset) + char + text.slice(offset);
        let parses = true;
        try {
          JSON.parse(broken);
        } catch {
          parses = false;
        }
        expect(jsonErrorOffset(broken) === -1).toBe(parses);
        fc.pre(!parses);
        const problems = refusal({ [file]: broken });
        expect(problems).toHaveLength(1);
        const [problem] = problems;
        expect(problem.file).toBe(file);
        expect(problem.problem).toMatch(/^not valid JSON/);
        // JSON is read left to right: it breaks at or after the change, never before it.
        expect(problem.line).toBeGreaterThanOrEqual(lineAt(broken, offset));
        if (how === 'truncate') expect(problem.line).toBe(lineAt(broken, broken.length));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

/** Markup that must never reach a page: scripts, event handlers, javascript: URLs, frames, styles. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
  '<div onclick="alert(1)">x</div>',
  '<!-- <script>alert(1)</script> -->',
];
const HOSTILE_MARKDOWN = ['[x](javascript:alert(1))', '![x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '<javascript:alert(1)>'];

/** No element that runs or loads anything, no on* handler, no javascript: URL, in a hast tree and its HTML. */
function expectSafe(tree: Root | ElementContent) {
  const walk = (node: Root | ElementContent | RootContent) => {
    if (node.type === 'element') {
      expect(['script', 'iframe', 'style', 'svg', 'object', 'embed', 'form']).not.toContain(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) {
        expect(name).not.toMatch(/^on/i);
        expect(String(value)).not.toMatch(/^\s*javascript:/i);
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  // Escaped text (&#x3C;img onerror=…>) is harmless; live markup is not.
  expect(toHtml(tree)).not.toMatch(/<(script|iframe|style|img[^>]*\son)/i);
}

describe('raw HTML never reaches a page', TIMEOUT, () => {
  it('refuses raw HTML anywhere in a point, at its line', () => {
    fc.assert(
      fc.property(aPoint, fc.constantFrom(...HOSTILE), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), ({ lang, index }, html, at) => {
        const block = blocks[lang][index];
        const start = block.text.indexOf('}') + 2;
        const offset = start + Math.floor(at * (block.text.length - start));
        const parts = blocks[lang].map((b, i) => (i === index ? b.text.slice(0, offset) + html + b.text.slice(offset) : b.text));
        const problems = refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) });
        expect(
          problems.some(
            (p) =>
              p.file === REPORT_FILES[lang] &&
              p.line === block.line &&
              p.problem === `point "${block.id}" contains raw HTML; only plain text, *emphasis* and **strong** are allowed`,
          ),
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a raw HTML block between points, and Markdown links and images in a point', () => {
    fc.assert(
      fc.property(aPoint, fc.constantFrom(...HOSTILE, ...HOSTILE_MARKDOWN), ({ lang, index }, html) => {
        const block = blocks[lang][index];
        const parts = blocks[lang].map((b) => b.text);
        parts.splice(index, 0, html);
        const problems = describeProblems(refusal({ [REPORT_FILES[lang]]: joinBlocks(parts) }));
        expect(problems.some((p) => p.startsWith(`${REPORT_FILES[lang]}:${block.line}: `) && /raw HTML|a link|an image|has no id/.test(p))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses raw HTML in the about and translation pages, inline or as a block, at its line', () => {
    const place = fc.record({
      page: fc.constantFrom(...PROSE_FILES),
      html: fc.constantFrom(...HOSTILE),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      inline: fc.boolean(),
    });
    fc.assert(
      fc.property(place, ({ page, html, at, inline }) => {
        const lines = original[page.file].split('\n');
        const textLines = lines.flatMap((line, i) => (/^[^\s#>|-].*\S/.test(line) ? [i] : []));
        const index = textLines[Math.floor(at * textLines.length)];
        lines[index] = inline ? `${lines[index]} ${html} ${lines[index]}` : `${html}\n\n${lines[index]}`;
        const problems = refusal({ [page.file]: lines.join('\n') });
        expect(problems).toContainEqual({
          file: page.file,
          line: index + 1,
          problem: 'raw HTML is not allowed in content',
          fix: 'write Markdown instead; content is data, not code',
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('renders a point’s Markdown without scripts, event handlers or javascript: URLs, even past the checks', () => {
    const words = fc.string({
      unit: fc.constantFrom('法', '治', 'a', ' ', '*', '_', '<', '>', '"', '=', '(', ')', '[', ']', '!', ':', '/', '\\', '`'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(words, fc.constantFrom(...HOSTILE, ...HOSTILE_MARKDOWN), words, (before, hostile, after) => {
        for (const node of parseMarkdown(`{#p} ${before}${hostile}${after}`).children) {
          if (node.type === 'paragraph') expectSafe({ type: 'root', children: inlineToHast(node.children) });
        }
        expectSafe(proseToHast(`${before}${hostile}${after}\n\n${hostile}\n`));
      }),
      { numRuns: 200 },
    );
  });

  it('publishes the about and translation pages’ javascript: links without their URLs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROSE_FILES), fc.constantFrom(...HOSTILE_MARKDOWN), ({ lang, name, file }, link) => {
        const root = mkdtempSync(join(tmpdir(), 'hostile-'));
        roots.push(root);
        cpSync('content', join(root, 'content'), { recursive: true });
        writeFileSync(join(root, file), `${original[file]}\n${link}\n`);
        expectSafe(loadProse(lang, name, root));
      }),
      { numRuns: RUNS },
    );
  });
});

// The published text of an untouched copy is the baseline itself: the harness can tell altered from unaltered.
it('loads an untouched copy of content/ with the same published text', TIMEOUT, () => {
  expect(refusal({})).toEqual([]);
  expect(() => refusal({ [REPORT_FILES.en]: original[REPORT_FILES.en].replace('deliberation.', 'approval.') })).toThrow(/altered text/);
});

/** What the fuzzing found, pinned as examples with their exact messages (fixed in lib/content). */
describe('found by fuzzing', () => {
  const fixture = (name: string) => `tests/fixtures/${name}`;
  const base: ContentFiles = { meta: fixture('base.meta.json'), zh: fixture('base.zh.md'), en: fixture('base.en.md'), source: fixture('base.source.txt') };
  const problemsWith = (replace: Partial<ContentFiles>) => {
    try {
      loadReport({ ...base, ...replace });
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map(formatProblem);
      throw error;
    }
    throw new Error('expected the content to be refused');
  };

  it('refuses an English file cut short inside its last point (it loaded, shortened, before)', () => {
    expect(problemsWith({ en: fixture('cut-short.en.md') })).toEqual([
      'tests/fixtures/cut-short.en.md:19: the file does not end with a line break: it may have been cut short\n' +
        '  fix: restore the end of the file (from version control if it was cut), ending its last line with a line break',
    ]);
  });

  it('names the last line of a JSON file cut short (it said line 1 before)', () => {
    expect(problemsWith({ meta: fixture('truncated.meta.json') })).toEqual([
      'tests/fixtures/truncated.meta.json:11:13: not valid JSON (Unexpected end of JSON input)\n' +
        '  fix: repair the JSON syntax: quotes around keys and strings, commas between entries, no trailing comma',
    ]);
  });

  it('refuses raw HTML inside a line of the about page (only HTML at the start of a line was refused before)', () => {
    const root = mkdtempSync(join(tmpdir(), 'hostile-'));
    roots.push(root);
    cpSync('content', join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/en/about.md'), `${original['content/en/about.md']}\nSee <img src=x onerror=alert(1)> here.\n`);
    const line = original['content/en/about.md'].split('\n').length + 1;
    expect(() => loadProse('en', 'about', root)).toThrow(`content/en/about.md:${line}: raw HTML is not allowed in content`);
  });

  it('finds where any text stops being JSON, as JSON.parse decides', () => {
    expect(jsonErrorOffset('{"a": x}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('"\\u12G4"')).toBe(2);
    expect(jsonErrorOffset(' {"a": [true, false, null, -1.5e3, "x\\"y"]} ')).toBe(-1);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '1', '-', '.', 'e', 'n', 'u', 'l', ' ', '\\'), maxLength: 16 }),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(jsonErrorOffset(text) === -1).toBe(parses);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
