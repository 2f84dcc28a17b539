import { describe, expect, it } from 'vitest';
import { getReport, loadReport } from '@/lib/content/load';
import { readFileSync } from 'node:fs';
import { getGlossary, loadGlossary } from '@/lib/glossary/load';
import { EN, ZH } from './oracle';
import { getProblemLinks, loadProblemLinks } from '@/lib/plans/load';
import { refused } from './refused';

describe('the glossary', () => {
  const glossary = getGlossary();

  it('covers the jargon a newcomer meets', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(40);
    const chinese = glossary.terms.map((t) => t.zh);
    for (const term of ['两高一低', '三项制度', '证照分离', '亲清在线', '城市大脑', '一支队伍管执法', '最多跑一地', '直接纠错率', '负责人出庭率', '行政复议']) {
      expect(
        chinese.some((zh) => zh.includes(term) || term.includes(zh)),
        term,
      ).toBe(true);
    }
  });

  it('is consistent with the translation: wherever a term is in a Chinese point, its rendering is in the English point (an oracle apart from the loader)', () => {
    // content/glossary.json and the Markdown read here, not through the loader and its renderings().
    const terms = JSON.parse(readFileSync('content/glossary.json', 'utf8')).terms as { id: string; zh: string; en: string; variants: string[] }[];
    const zh = ZH();
    const en = EN();
    let checked = 0;
    for (const term of terms) {
      for (const [id, chinese] of zh) {
        if (!id.includes('-') || !chinese.includes(term.zh)) continue;
        const english = en.get(id)!.toLowerCase();
        expect(
          [term.en, ...term.variants].some((r) => english.includes(r.toLowerCase())),
          `${term.id} in ${id}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('marks the first use of each term in each section, in both languages', () => {
    const twoHighs = glossary.occurrences.filter((o) => o.termId === glossary.terms.find((t) => t.zh === '两高一低')!.id);
    expect(twoHighs.map((o) => `${o.sectionId}/${o.pointId}/${o.lang}`)).toEqual(['ch1-6/ch1-6-p2/zh', 'ch1-6/ch1-6-p2/en']);
    expect(twoHighs.map((o) => o.needle)).toEqual(['两高一低', 'two highs and one low']);
  });

  it('explains every term in both languages and says where its rendering comes from', () => {
    for (const term of glossary.terms) {
      expect(term.explanation.zh.length).toBeGreaterThan(10);
      expect(term.explanation.en.length).toBeGreaterThan(20);
      expect(['attested', 'partial', 'not-found']).toContain(term.attested.status);
    }
  });

  it('refuses drift between a term and the translation, naming the point and the fix', () => {
    const base = loadReport({
      meta: 'tests/fixtures/base.meta.json',
      zh: 'tests/fixtures/base.zh.md',
      en: 'tests/fixtures/base.en.md',
      source: 'tests/fixtures/base.source.txt',
    });
    expect(loadGlossary(base, 'tests/fixtures/glossary-valid.json').occurrences).toHaveLength(2);
    expect(refused(() => loadGlossary(base, 'tests/fixtures/glossary-drift.json'))).toEqual([
      'tests/fixtures/base.en.md:11: term "law-firm-mediation-studios": point "ch1-1-p2" has “律所调解工作室” in the Chinese but none of “lawyer mediation studios” in the English\n' +
        '  fix: use “lawyer mediation studios” here, the rendering tests/fixtures/glossary-drift.json (line 23) records; if the wording here is the same rendering in another form, add it to "variants" there',
    ]);
  });

  it('refuses broken JSON with the file and the line, not a bare syntax error', () => {
    const base = loadReport({
      meta: 'tests/fixtures/base.meta.json',
      zh: 'tests/fixtures/base.zh.md',
      en: 'tests/fixtures/base.en.md',
      source: 'tests/fixtures/base.source.txt',
    });
    const [problem] = refused(() => loadGlossary(base, 'tests/fixtures/broken-json.glossary.json'));
    expect(problem).toMatch(/^tests\/fixtures\/broken-json\.glossary\.json:6:34: not valid JSON \(.+\)\n {2}fix: repair the JSON syntax/);
  });
});

describe('problems → plans', () => {
  it('maps each of the four problems to plans of chapter III, quoting both languages', () => {
    const links = getProblemLinks();
    expect(links.map((l) => l.problem.id)).toEqual(['ch2-p1', 'ch2-p2', 'ch2-p3', 'ch2-p4']);
    for (const link of links) {
      expect(link.plans.length).toBeGreaterThan(0);
      for (const plan of link.plans) expect(plan.point.id).toMatch(/^ch3-\d-p1$/);
    }
    // The quotes checked against the Markdown read apart from the loader: every one is in its point, in both languages.
    const raw = JSON.parse(readFileSync('content/problems-plans.json', 'utf8')) as { links: { plans: { point: string; quote: string; quote_en: string }[] }[] };
    const zh = ZH();
    const en = EN();
    for (const plan of raw.links.flatMap((l) => l.plans)) {
      expect(zh.get(plan.point), plan.quote).toContain(plan.quote);
      expect(en.get(plan.point), plan.quote_en).toContain(plan.quote_en);
    }
  });

  it('refuses a quote that drifted from the text and a plan outside chapter III', () => {
    expect(refused(() => loadProblemLinks(getReport(), 'tests/fixtures/plans-quote-drift.json'))).toEqual([
      'tests/fixtures/plans-quote-drift.json:7:57: the English quote "We will step up inspections of…" is not in point "ch3-1-p1"\n  fix: copy the words exactly from content/en/report.md',
      'tests/fixtures/plans-quote-drift.json:12:83: "ch2-p1" is not a point of chapter III\n  fix: use a point id from ch3-1-p1 to ch3-4-p1',
    ]);
  });
});
