import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { getGlossary } from '@/lib/glossary/load';
import { searchData } from '@/lib/search/build';
import { fold, foldText, wordKey } from '@/lib/search/normalize';
import { createSearch, snippet } from '@/lib/search/query';
import { MAX_QUERY_LENGTH, clampQuery, queryFromSearch, withQuery } from '@/lib/search/query-text';
import type { SearchResult } from '@/lib/search/types';

const data = searchData(getReport(), getFigures(), getGlossary());
const engine = createSearch(data);
const { search } = engine;

/** The oracle: the report's blocks read straight from the Markdown, not through lib/content. */
function blocks(lang: 'zh' | 'en') {
  const found: { id: string; text: string }[] = [];
  for (const line of readFileSync(`content/${lang}/report.md`, 'utf8').split('\n')) {
    const point = /^\{#([a-z0-9-]+)\} (.+)$/.exec(line);
    const heading = /^#{1,2} (.+) \{#([a-z0-9-]+)\}$/.exec(line);
    if (point) found.push({ id: point[1], text: point[2].replace(/\*/g, '') });
    else if (heading) found.push({ id: heading[2], text: heading[1] });
  }
  return found;
}
const zhBlocks = blocks('zh');
const enBlocks = blocks('en');

/** Ids of the headings and points found in one language. */
const textIds = (results: SearchResult[], lang: 'zh' | 'en') =>
  new Set(results.filter((r) => r.lang === lang && (r.kind === 'point' || r.kind === 'section')).map((r) => r.id));
const scan = (query: string) => new Set(zhBlocks.filter((b) => b.text.includes(query)).map((b) => b.id));
const marked = (h: { text: string; marks: [number, number][] }) => h.marks.map(([s, e]) => h.text.slice(s, e));

describe('the search data', () => {
  it('has every heading and point in both languages, every stated figure and every term, each with its label and link', () => {
    const report = getReport();
    const pointCount = report.sections.reduce((n, s) => n + s.points.length, 0);
    const headings = report.sections.filter((s) => s.heading).length;
    const stated = getFigures().metrics.filter((m) => m.kind === 'stated').length;
    for (const lang of ['zh', 'en'] as const) {
      const docs = data.docs.filter((d) => d.lang === lang);
      expect(docs.filter((d) => d.kind === 'point')).toHaveLength(pointCount);
      expect(docs.filter((d) => d.kind === 'section')).toHaveLength(headings);
      expect(docs.filter((d) => d.kind === 'figure')).toHaveLength(stated);
      expect(docs.filter((d) => d.kind === 'term')).toHaveLength(getGlossary().terms.length);
    }
    expect(data.docs).toContainEqual(
      expect.objectContaining({ kind: 'point', lang: 'zh', id: 'ch1-6-p2', label: '一（六）“二是”', url: '/zh/ch1-6/#ch1-6-p2' }),
    );
    expect(data.docs).toContainEqual(
      expect.objectContaining({ kind: 'point', lang: 'en', id: 'ch1-6-p2', label: 'I(6), point 2', url: '/en/ch1-6/#ch1-6-p2' }),
    );
    expect(data.docs).toContainEqual(
      expect.objectContaining({ kind: 'figure', lang: 'en', id: 'reconsideration-cases', label: 'I(6), point 2', url: '/en/figures/#reconsideration-cases' }),
    );
    expect(data.docs).toContainEqual(
      expect.objectContaining({ kind: 'term', lang: 'zh', id: 'two-highs-and-one-low', label: '一（六）“二是”', url: '/zh/glossary/#two-highs-and-one-low' }),
    );
  });
});

describe('Chinese: a substring finds exactly the points that contain it', () => {
  it.each([
    ['复议', ['ch1-6-p1', 'ch1-6-p2', 'ch2-p3', 'ch3-3-p1']],
    ['复议调解', ['ch1-6-p1', 'ch3-3-p1']],
    ['行政复议', ['ch1-6-p1', 'ch1-6-p2', 'ch2-p3']],
    ['两高一低', ['ch1-6-p2']],
    ['3662件', ['ch1-6-p2']],
    ['量子计算', []],
    ['复计', []],
  ])('%s (hand-checked)', (query, ids) => {
    expect([...textIds(search(query, 'zh'), 'zh')].sort()).toEqual(ids);
  });

  it.each([
    '调解',
    '营商环境',
    '法治政府',
    '亚运会',
    '城市大脑',
    '疫情防控',
    '同比下降',
    '杭州',
    '一是',
    '行政执法监督',
    '律师',
    '“两高一低”',
    '（试行）',
    '法治浙江（法治政府）',
    '百分点。',
  ])('%s (against a scan of content/zh/report.md)', (query) => {
    const found = textIds(search(query, 'zh'), 'zh');
    expect(found).toEqual(scan(query));
    expect(found.size).toBeGreaterThan(0);
  });

  it('any stretch of two to twelve characters of any point finds exactly the blocks containing it', () => {
    const withHan = zhBlocks.filter((b) => /\p{Script=Han}/u.test(b.text));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: withHan.length - 1 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 2, max: 12 }), (b, at, length) => {
        const text = withHan[b].text;
        const start = at % Math.max(1, text.length - length);
        const query = text.slice(start, start + length);
        fc.pre(/\p{Script=Han}/u.test(query) && !/\s/.test(query));
        expect(textIds(search(query, 'zh'), 'zh')).toEqual(scan(query));
      }),
      { numRuns: 400 },
    );
  });

  it('one character finds every point that contains it (it is still an exact substring)', () => {
    expect(textIds(search('税', 'zh'), 'zh')).toEqual(scan('税'));
    expect(textIds(search('法', 'zh'), 'zh')).toEqual(scan('法'));
  });

  it('words separated by a space must all occur, anywhere in the point', () => {
    const both = new Set([...scan('复议')].filter((id) => scan('律师').has(id)));
    expect(textIds(search('复议 律师', 'zh'), 'zh')).toEqual(both);
  });
});

describe('English: word forms', () => {
  const forms = (pattern: RegExp) => new Set(enBlocks.filter((b) => pattern.test(b.text)).map((b) => b.id));
  it.each([
    ['mediate', /\bmediat(?:e|es|ed|ing|ion|ions|or|ors)\b/i, ['ch1-6-p1', 'ch1-6-p3', 'ch1-7-p3', 'ch3-3-p1']],
    ['reconsider', /\breconsider(?:s|ed|ing|ation|ations)?\b/i, ['ch1-6-p1', 'ch1-6-p2', 'ch2-p3', 'ch3-3-p1']],
    ['Reconsideration', /\breconsider(?:s|ed|ing|ation|ations)?\b/i, ['ch1-6-p1', 'ch1-6-p2', 'ch2-p3', 'ch3-3-p1']],
    ['lawyers', /\blawyers?\b/i, ['ch1-4-p3', 'ch1-6-p3', 'ch2-p4']],
    ['litigate', /\blitigat(?:e|es|ed|ing|ion|ions)\b/i, null],
    ['enforcement', /\benforc(?:e|es|ed|ing|ement|ements)\b/i, null],
    ['appeared', /\bappear(?:s|ed|ing|ance|ances)?\b/i, null],
  ] as const)('%s finds the points with %s', (query, pattern, ids) => {
    const found = textIds(search(query, 'en'), 'en');
    expect(found).toEqual(forms(pattern));
    if (ids) expect([...found].sort()).toEqual(ids);
  });

  it('highlights the word form the text uses', () => {
    const [first] = search('mediate', 'en');
    expect(first).toMatchObject({ lang: 'en', kind: 'point' });
    expect(marked(first.snippet).every((w) => /^mediat/i.test(w))).toBe(true);
  });

  it('completes the last word while it is typed, but not a word that is already a word of the text', () => {
    expect(textIds(search('reconsid', 'en'), 'en')).toEqual(textIds(search('reconsideration', 'en'), 'en'));
    expect(textIds(search('mediato', 'en'), 'en')).toEqual(textIds(search('mediators', 'en'), 'en'));
    expect(textIds(search('mediato ', 'en'), 'en').size).toBe(0);
    // "law" is a word of the text: it finds law and laws, not lawyers.
    const law = search('law', 'en').filter((r) => r.kind === 'point');
    expect(law.length).toBeGreaterThan(10);
    expect(law.flatMap((r) => marked(r.snippet)).every((w) => /^laws?$/i.test(w))).toBe(true);
  });

  it('all words of a query must occur', () => {
    expect(textIds(search('mediation lawyers', 'en'), 'en')).toEqual(new Set(['ch1-6-p3']));
  });
});

describe('numbers with or without separators', () => {
  it.each(['3662', '3,662', '３６６２'])('%s finds the Chinese 3662 and the English 3,662', (query) => {
    const results = search(query, 'en');
    expect(textIds(results, 'zh')).toEqual(new Set(['ch1-6-p2']));
    expect(textIds(results, 'en')).toEqual(new Set(['ch1-6-p2']));
    const en = results.find((r) => r.lang === 'en' && r.kind === 'point')!;
    expect(marked(en.snippet)).toEqual(['3,662']);
    const zh = results.find((r) => r.lang === 'zh' && r.kind === 'point')!;
    expect(marked(zh.snippet)).toEqual(['3662']);
    expect(results.some((r) => r.kind === 'figure' && r.id === 'reconsideration-cases')).toBe(true);
  });

  it('a number is a whole number: 366 finds nothing, 10.6 finds the rate, 93630 finds 93,630', () => {
    expect(search('366', 'en')).toEqual([]);
    expect(textIds(search('10.6', 'en'), 'en')).toEqual(new Set(['ch1-6-p2']));
    expect(textIds(search('93630', 'zh'), 'en')).toEqual(new Set(['ch1-6-p3']));
  });

  it('every number written in the Chinese finds its point in both languages', () => {
    for (const block of zhBlocks) {
      for (const [number] of block.text.matchAll(/\d+(?:\.\d+)?/g)) {
        const results = search(number, 'zh');
        expect(textIds(results, 'zh').has(block.id), `${number} in ${block.id}`).toBe(true);
      }
    }
  });
});

describe('results', () => {
  it('come in the reader’s language first: points, then figures, then terms, then the other language', () => {
    const kinds = search('复议', 'zh').map((r) => `${r.lang}-${r.kind === 'section' ? 'point' : r.kind}`);
    const order = ['zh-point', 'zh-figure', 'zh-term', 'en-point', 'en-figure', 'en-term'];
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
    expect(kinds).toContain('zh-figure');
    expect(search('3662', 'en')[0]).toMatchObject({ lang: 'en', kind: 'point', id: 'ch1-6-p2', label: 'I(6), point 2', url: '/en/ch1-6/#ch1-6-p2' });
    expect(search('3662', 'zh')[0]).toMatchObject({ lang: 'zh', kind: 'point', id: 'ch1-6-p2', label: '一（六）“二是”', url: '/zh/ch1-6/#ch1-6-p2' });
  });

  it('carry highlights that are exactly the matched words, inside a snippet of the text', () => {
    for (const result of search('复议', 'zh')) {
      const words = [...marked(result.snippet), ...(result.title ? marked(result.title) : [])];
      expect(words.length, result.id).toBeGreaterThan(0);
      for (const w of words) expect(w).toContain('复议');
    }
    const point = search('两高一低', 'zh').find((r) => r.kind === 'point')!;
    expect(point.snippet.text.length).toBeLessThan(90);
    expect(marked(point.snippet)).toEqual(['两高一低', '两高一低', '两高一低']);
  });

  it('find glossary terms by their name, pinyin-free or in English, and figures by their label', () => {
    expect(search('two highs', 'en').find((r) => r.kind === 'term')).toMatchObject({ id: 'two-highs-and-one-low', url: '/en/glossary/#two-highs-and-one-low' });
    expect(search('两高一低', 'zh').find((r) => r.kind === 'term')?.title).toMatchObject({ marks: [[0, 4]] });
    expect(search('调解成功率', 'zh').filter((r) => r.kind === 'figure').length).toBeGreaterThan(0);
  });

  it('limit caps the list, count gives the whole number', () => {
    const { count } = createSearch(data);
    expect(search('调解', 'zh', { limit: 3 })).toHaveLength(3);
    expect(count('调解', 'zh')).toBe(search('调解', 'zh').length);
  });

  it('an empty or punctuation-only query finds nothing', () => {
    expect(search('', 'zh')).toEqual([]);
    expect(search('  ', 'en')).toEqual([]);
    expect(search('-', 'en')).toEqual([]);
  });
});

describe('folding and snippets', () => {
  it('maps folded text back to the original', () => {
    const folded = fold('Ｃａｓｅ 3,662 件 Café');
    expect(folded.text).toBe('case 3662 件 cafe');
    expect(folded.map[folded.text.indexOf('3662') + 4]).toBe('Ｃａｓｅ 3,662'.length);
  });

  it('the fast fold the index uses gives the same text as the mapped fold, for every document', () => {
    for (const doc of data.docs) expect(foldText(`${doc.title}\n${doc.text}`)).toBe(fold(`${doc.title}\n${doc.text}`).text);
    expect(foldText('Ａ𠀀Ｂ１,２３４')).toBe(fold('Ａ𠀀Ｂ１,２３４').text);
  });

  it('the two folds agree on any text, format characters and commas between digits included, and the map stays in order', () => {
    const unit = fc.constantFrom('1', '2', '3', ',', ' ', 'a', 'Ａ', '３', '复', '\u200b', '\u00ad', '\ufeff', '\u{e0001}', '𠀀', '\ud800');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const folded = fold(text);
        expect(foldText(text)).toBe(folded.text);
        expect(folded.map).toHaveLength(folded.text.length + 1);
        for (let i = 1; i < folded.map.length; i++) expect(folded.map[i]).toBeGreaterThanOrEqual(folded.map[i - 1]);
      }),
      { numRuns: 500 },
    );
    expect(fold('3\u200b,662 件').text).toBe('3662 件');
  });

  it('keeps a comma that is not a thousands separator', () => {
    expect(fold('2019, 150 and 1,2345').text).toBe('2019, 150 and 1,2345');
  });

  it('word keys meet: reconsider, reconsideration; mediate, mediation, mediators', () => {
    expect(wordKey('reconsider')).toBe(wordKey('reconsideration'));
    expect(new Set(['mediate', 'mediation', 'mediators', 'mediated'].map(wordKey)).size).toBe(1);
  });

  it('cuts long text around the first match, with ellipses, shifting the marks', () => {
    const text = `${'a '.repeat(100)}needle${' b'.repeat(100)}`;
    const at = text.indexOf('needle');
    const cut = snippet(text, [[at, at + 6]], 60);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(64);
    expect(marked(cut)).toEqual(['needle']);
  });
});

describe('hostile and pasted queries', () => {
  const ids = (results: SearchResult[]) => results.map((r) => `${r.lang} ${r.kind} ${r.id}`);
  /** Unicode format characters (\p{Cf}) a paste from a chat app or a PDF carries: zero-width space, non-joiner, joiner, soft hyphen, BOM, word joiner, left-to-right mark. */
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\ufeff', '\u2060', '\u200e'];

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    '%s inside a word is folded away: 复%s议 finds what 复议 finds',
    (_name, c) => {
      expect(ids(search(`复${c}议`, 'zh'))).toEqual(ids(search('复议', 'zh')));
      expect(ids(search(`media${c}tion`, 'en'))).toEqual(ids(search('mediation', 'en')));
      expect(ids(search(`3${c}662`, 'en'))).toEqual(ids(search('3662', 'en')));
      expect(search(`复${c}议`, 'zh').length).toBeGreaterThan(0);
    },
  );

  it('format characters anywhere in any query change nothing it finds, and highlight the same words', () => {
    const queries = fc.constantFrom('复议', '行政复议', '两高一低', '城市大脑', 'mediation', 'reconsider', '3,662', 'loss rate', 'law-based government');
    fc.assert(
      fc.property(queries, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 4 }), (query, inserts) => {
        let hostile = query;
        for (const [at, c] of inserts) hostile = hostile.slice(0, at % (hostile.length + 1)) + c + hostile.slice(at % (hostile.length + 1));
        const plain = search(query, 'en');
        const pasted = search(hostile, 'en');
        expect(ids(pasted)).toEqual(ids(plain));
        expect(pasted.map((r) => marked(r.snippet))).toEqual(plain.map((r) => marked(r.snippet)));
      }),
      { numRuns: 200 },
    );
  });

  it('no query throws: any characters, lone surrogates, escapes, regular-expression syntax, and any length', { timeout: 60_000 }, () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('复', '议', ' ', '\u200b', '.', '*', '(', '[', '\\', '%', '\ud800', '\udfff', ',', '3', 'a'), maxLength: 40 }),
      fc.constantFrom('%E0%A4%A', '(?<x>', '[', '\\', '$&', '__proto__', 'constructor'),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>, (query, lang) => {
        const results = search(query, lang, { limit: 8 });
        for (const r of results) for (const [s, e] of r.snippet.marks) expect(0 <= s && s < e && e <= r.snippet.text.length).toBe(true);
        expect(engine.count(query, lang)).toBeGreaterThanOrEqual(results.length);
      }),
      { numRuns: 200 },
    );
    // A query far longer than any box holds is cut to MAX_QUERY_LENGTH before it is searched.
    const long = `复议 ${'法'.repeat(100_000)}`;
    expect(ids(search(long, 'zh'))).toEqual(ids(search(`复议 ${'法'.repeat(MAX_QUERY_LENGTH - 3)}`, 'zh')));
  });
});

describe('queries in the address (lib/search/query-text.ts)', () => {
  it('are read without error however they are escaped, and cut, never inside a surrogate pair', () => {
    expect(queryFromSearch('?q=%E5%A4%8D%E8%AE%AE')).toBe('复议');
    expect(queryFromSearch('?q=%E0%A4%A')).toBe('\ufffd%A');
    expect(queryFromSearch('?x=1')).toBe('');
    expect(queryFromSearch(`?q=${'𝐀'.repeat(150)}`)).toBe('𝐀'.repeat(100));
    expect(clampQuery(`a${'𝐀'.repeat(150)}`)).toBe(`a${'𝐀'.repeat(99)}`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (raw) => {
        const query = queryFromSearch(`?q=${raw}`);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(/[\ud800-\udbff]$/.test(clampQuery(raw))).toBe(raw.length <= MAX_QUERY_LENGTH && /[\ud800-\udbff]$/.test(raw));
      }),
    );
  });

  it('are written into the address exactly, any characters, a blank one removed, never longer than the box holds', () => {
    const page = new URL('https://example.org/zh/search/?q=old&from=print#top');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (query) => {
        const url = withQuery(page, query);
        expect(url.searchParams.get('from')).toBe('print');
        expect(url.hash).toBe('#top');
        if (!query.trim()) expect(url.searchParams.has('q')).toBe(false);
        else expect(queryFromSearch(url.search)).toBe(clampQuery(query));
        expect(url.href.length).toBeLessThan(4000);
      }),
    );
    // A lone surrogate (a paste cut in half) becomes U+FFFD instead of throwing, as encodeURIComponent would.
    expect(() => encodeURIComponent('\ud800')).toThrow(URIError);
    expect(withQuery(page, 'a\ud800').searchParams.get('q')).toBe('a\ufffd');
  });
});
