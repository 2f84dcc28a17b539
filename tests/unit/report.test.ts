import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { ID_PATTERN } from '@/lib/content/validate';
import { EN, ZH } from './oracle';
import { LANGS } from '@/lib/content/types';

const report = getReport();
const points = report.sections.flatMap((s) => s.points);
const source = readFileSync('content/source/report-2020.zh.txt', 'utf8');

describe('the report content', () => {
  it('has the structure of the source: opening, three chapters with their sub-sections, closing', () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      'opening',
      'ch1',
      'ch1-1',
      'ch1-2',
      'ch1-3',
      'ch1-4',
      'ch1-5',
      'ch1-6',
      'ch1-7',
      'ch2',
      'ch3',
      'ch3-1',
      'ch3-2',
      'ch3-3',
      'ch3-4',
      'closing',
    ]);
    expect(points).toHaveLength(36);
    expect(report.sections.find((s) => s.id === 'ch1-6')!.points.map((p) => p.ordinal)).toEqual([1, 2, 3]);
    expect(report.sections.find((s) => s.id === 'ch2')!.points.map((p) => p.id)).toEqual(['ch2-intro', 'ch2-p1', 'ch2-p2', 'ch2-p3', 'ch2-p4']);
  });

  it('satisfies the fidelity rule against the source text (an oracle apart from the loader)', () => {
    // The Markdown and the metadata read with this test's own parsing, joined in file order, then NFKC and no whitespace.
    const meta = JSON.parse(readFileSync('content/meta.json', 'utf8'));
    const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
    const joined = [meta.delivered.zh, meta.issuer.zh, ...ZH().values()].join('');
    expect(squash(joined)).toBe(squash(source));
    // And it would notice a single changed character.
    expect(squash(joined.replace('3662', '3663'))).not.toBe(squash(source));
  });

  it('splits paragraphs only at their enumerators, numbered from 一是 in each section', () => {
    for (const section of report.sections) {
      const numbered = section.points.filter((p) => p.ordinal !== null);
      expect(numbered.map((p) => p.ordinal)).toEqual(numbered.map((_, i) => i + 1));
      for (const point of numbered) expect(point.text.zh).toMatch(/^[一二三四五六七]是/);
      for (const point of numbered) expect(point.text.en).toMatch(/^(First|Second|Third|Fourth), /);
    }
  });

  it('shows Chinese with full-width punctuation only (read from the file itself)', () => {
    for (const [id, text] of ZH()) expect(text, id).not.toMatch(/[,():;]/);
    // The source, by contrast, has the ASCII forms: the check is not vacuous.
    expect(source).toMatch(/[,():;]/);
  });

  it('gives every section and point a unique, URL-safe id shared by both languages', () => {
    const ids = [...report.sections.map((s) => s.id), ...points.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('has an English text for every Chinese one, keeping every number (an oracle apart from the loader)', () => {
    const zh = ZH();
    const en = EN();
    expect([...en.keys()]).toEqual([...zh.keys()]);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    for (const [id, chinese] of zh) {
      const english = en.get(id)!;
      // An unheaded section (the opening, the closing) is empty in both.
      expect(english.trim() === '', id).toBe(chinese.trim() === '');
      expect(english, id).not.toMatch(/\p{Script=Han}/u);
      // Numbers written in digits, thousands separators dropped: 3,662 is 3662.
      const digitsIn = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '').replace(/[,.]$/, ''));
      const numbers = digitsIn(english);
      for (const number of digitsIn(chinese)) {
        const found = numbers.includes(number) || (Number(number) <= 10 && new RegExp(`\\b${words[Number(number)]}\\b`, 'i').test(english));
        expect(found, `${number} in ${id}`).toBe(true);
      }
    }
  });

  it('uses the key figures exactly as stated', () => {
    const text = (id: string) => points.find((p) => p.id === id)!.text;
    expect(text('ch1-6-p2').zh).toContain('共收到行政复议案件3662件，同比下降7%');
    expect(text('ch1-6-p2').en).toContain('3,662 administrative reconsideration cases, down 7% year on year');
    expect(text('ch1-6-p2').en).toContain('the loss rate was 9.8%, down 6.64 percentage points');
    expect(text('ch1-6-p3').en).toContain('93,630 people’s mediation cases were received and 93,085 were successfully mediated');
  });

  it('renders inline text without any element other than emphasis', () => {
    const elements = (nodes: (typeof points)[number]['inline']['zh']): string[] =>
      nodes.flatMap((node) => (node.type === 'element' ? [node.tagName, ...elements(node.children)] : []));
    const used = points.flatMap((point) => LANGS.flatMap((lang) => elements(point.inline[lang])));
    expect(used.filter((tag) => tag !== 'em' && tag !== 'strong')).toEqual([]);
  });
});

describe('the source copy', () => {
  const shared = '../shared/source/report-2020.zh.txt';
  // Without ../shared beside the checkout there is nothing to compare with: the test is reported as skipped, and says why.
  if (!existsSync(shared)) console.warn(`SKIPPED: ${shared} is not beside this checkout, so the source copy is not compared with the shared authoritative one`);
  it.skipIf(!existsSync(shared))('is byte-identical to the shared authoritative copy', () => {
    expect(readFileSync('content/source/report-2020.zh.txt', 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
