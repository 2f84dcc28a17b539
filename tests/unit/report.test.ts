import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { normalizeForFidelity } from '@/lib/content/fidelity';
import { englishNumbersIn, ID_PATTERN, numbersIn } from '@/lib/content/validate';
import { LANGS } from '@/lib/content/types';

const report = getReport();
const points = report.sections.flatMap((s) => s.points);
const source = readFileSync('content/source/report-2020.zh.txt', 'utf8');

describe('the report content', () => {
  it('has the structure of the source: opening, three chapters with their sub-sections, closing', () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      'opening', 'ch1', 'ch1-1', 'ch1-2', 'ch1-3', 'ch1-4', 'ch1-5', 'ch1-6', 'ch1-7', 'ch2', 'ch3', 'ch3-1', 'ch3-2', 'ch3-3', 'ch3-4', 'closing',
    ]);
    expect(points).toHaveLength(36);
    expect(report.sections.find((s) => s.id === 'ch1-6')!.points.map((p) => p.ordinal)).toEqual([1, 2, 3]);
    expect(report.sections.find((s) => s.id === 'ch2')!.points.map((p) => p.id)).toEqual(['ch2-intro', 'ch2-p1', 'ch2-p2', 'ch2-p3', 'ch2-p4']);
  });

  it('satisfies the fidelity rule against the source text', () => {
    // Computed here from the loaded report, independently of the loader's own check.
    const joined = [report.meta.delivered.zh, report.meta.issuer.zh, ...report.sections.flatMap((s) => [s.heading?.zh ?? '', ...s.points.map((p) => p.text.zh)])].join('');
    expect(normalizeForFidelity(joined)).toBe(normalizeForFidelity(source));
  });

  it('splits paragraphs only at their enumerators, numbered from 一是 in each section', () => {
    for (const section of report.sections) {
      const numbered = section.points.filter((p) => p.ordinal !== null);
      expect(numbered.map((p) => p.ordinal)).toEqual(numbered.map((_, i) => i + 1));
      for (const point of numbered) expect(point.text.zh).toMatch(/^[一二三四五六七]是/);
      for (const point of numbered) expect(point.text.en).toMatch(/^(First|Second|Third|Fourth), /);
    }
  });

  it('shows Chinese with full-width punctuation only', () => {
    for (const text of [...points.map((p) => p.text.zh), ...report.sections.map((s) => s.heading?.zh ?? '')]) {
      expect(text).not.toMatch(/[,():;]/);
    }
  });

  it('gives every section and point a unique, URL-safe id shared by both languages', () => {
    const ids = [...report.sections.map((s) => s.id), ...points.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('has an English text for every Chinese one, keeping every number', () => {
    for (const section of report.sections) {
      if (section.heading) expect(section.heading.en.trim()).not.toBe('');
    }
    for (const point of points) {
      expect(point.text.en.trim(), point.id).not.toBe('');
      expect(point.text.en, point.id).not.toMatch(/\p{Script=Han}/u);
      const english = englishNumbersIn(point.text.en);
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      for (const number of numbersIn(point.text.zh)) {
        const found = english.includes(number) || (Number(number) <= 10 && new RegExp(`\\b${words[Number(number)]}\\b`, 'i').test(point.text.en));
        expect(found, `${number} in ${point.id}`).toBe(true);
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
    for (const point of points) {
      for (const lang of LANGS) {
        for (const node of point.inline[lang]) expect(['text', 'element']).toContain(node.type);
      }
    }
  });
});

describe('the source copy', () => {
  const shared = '../shared/source/report-2020.zh.txt';
  it.skipIf(!existsSync(shared))('is byte-identical to the shared authoritative copy', () => {
    expect(readFileSync('content/source/report-2020.zh.txt', 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
