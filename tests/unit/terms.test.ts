import { describe, expect, it } from 'vitest';
import { getReport, loadReport } from '@/lib/content/load';
import { termCandidates } from '@/lib/glossary/candidates';
import { candidateDecisions } from '@/lib/glossary/decisions';
import { findDigitsToSpell } from '@/lib/glossary/drift';
import { getGlossary, loadGlossary } from '@/lib/glossary/load';
import { getTerms, loadTerms } from '@/lib/glossary/terms';
import { refused } from './refused';

const fixtureReport = (en = 'tests/fixtures/base.en.md') =>
  loadReport({ meta: 'tests/fixtures/base.meta.json', zh: 'tests/fixtures/base.zh.md', en, source: 'tests/fixtures/base.source.txt' });
const GLOSSARY = 'tests/fixtures/glossary-valid.json';
const loadFixture = (file: string) => {
  const report = fixtureReport();
  return loadTerms(report, loadGlossary(report, GLOSSARY), `tests/fixtures/${file}`, undefined, GLOSSARY);
};

describe('the method that finds the terms', () => {
  it('counts recurring word sequences between generic words and keeps the longest that is met as often', () => {
    // Counted by hand: 行政 stands in 行政复议 three times and in 依法行政 once; 复议 in 行政复议 and in 强化复议调解.
    expect(termCandidates(['一是加强行政复议工作，推进行政复议调解。', '二是强化复议调解，完善行政复议制度。', '三是推进依法行政。'])).toEqual([
      { zh: '复议', count: 4 },
      { zh: '行政', count: 4 },
      { zh: '行政复议', count: 3 },
      { zh: '复议调解', count: 2 },
    ]);
  });

  it('leaves no candidate of the report undecided: each is a term (glossary or term list) or is listed as not a term', () => {
    const undecided = candidateDecisions().filter((c) => c.decision === 'UNDECIDED');
    expect(
      undecided.map((c) => c.zh),
      'decide each in content/terms.json: a term with its rendering, or under "not_terms" with why (npm run terms:candidates)',
    ).toEqual([]);
  });

  it('lists under "not_terms" only what the method still finds, so that the review stays current', () => {
    const found = new Set(candidateDecisions().map((c) => c.zh));
    expect(
      getTerms()
        .notTerms.flatMap((g) => g.zh)
        .filter((zh) => !found.has(zh)),
    ).toEqual([]);
  });
});

describe('one Chinese term, one English rendering', () => {
  const report = getReport();
  const english = report.sections.flatMap((s) => [s.heading?.en ?? '', ...s.points.map((p) => p.text.en)]).join('\n');

  it('records every recurring term once, most of them outside the glossary', () => {
    const glossary = getGlossary();
    const { terms } = getTerms();
    expect(terms.length).toBeGreaterThanOrEqual(100);
    const all = [...glossary.terms.map((t) => t.zh), ...terms.map((t) => t.zh)];
    expect(new Set(all).size).toBe(all.length);
  });

  // Hand-checked against the report: the drifts the issue and the blind review found are gone.
  it('says “supervision” for 监督, never “oversight”', () => expect(english).not.toMatch(/oversight/i));
  it('says “demonstration” for 示范, never “model city”', () => expect(english).not.toMatch(/model city/i));
  it('keeps 巡查 and 巡察 apart in I(1), point 2', () => {
    const point = report.sections.flatMap((s) => s.points).find((p) => p.id === 'ch1-1-p2')!;
    expect(point.text.zh).toContain('巡查');
    expect(point.text.zh).toContain('巡察');
    // 巡查: patrols (a variant of “patrol inspections”, content/terms.json); 巡察: inspection tours.
    expect(point.text.en).toContain('patrols');
    expect(point.text.en).toContain('Party committee inspection tours');
  });
  it('renders the national formula of I(5) in its standard English', () =>
    expect(report.sections.find((s) => s.id === 'ch1-5')!.heading!.en).toBe('(5) Ensuring strict, procedure-based, impartial and non-abusive law enforcement'));
  it('spells out one to nine in every point (headings keep their printed numbers)', () => {
    // An oracle apart from the check: every digit 1–9 that stands alone.
    const points = report.sections.flatMap((s) => s.points.map((p) => p.text.en)).join('\n');
    const lone = points.match(/(?<![\w.,+\-–/])[1-9](?![\w%+\-–/]|[.,]\d)/g) ?? [];
    expect(lone).toEqual([]);
  });
});

describe('the term check refuses drift, naming the file, the line, the term and the fix', () => {
  it('loads a term list that agrees with the translation, with an exception for characters that are not the term', () => {
    expect(loadFixture('terms-valid.json').terms.map((t) => t.zh)).toEqual(['调解', '同比', '公职律师', '工作室']);
  });

  it('refuses a point that renders a term another way, or with a form the list rules out', () => {
    expect(refused(() => loadFixture('terms-drift.json'))).toEqual([
      'tests/fixtures/base.en.md:11: term “调解”: point "ch1-1-p2" renders “调解” as “mediation offices”, which tests/fixtures/terms-drift.json rules out\n' +
        '  fix: write “mediation” instead (tests/fixtures/terms-drift.json, line 3)',
      'tests/fixtures/base.en.md:11: term “工作室”: point "ch1-1-p2" has “工作室” in the Chinese but none of “studio” in the English\n' +
        '  fix: use “studio” here, the rendering tests/fixtures/terms-drift.json (line 5) records; if the wording here is the same rendering in another form, add it to "variants" there',
      'tests/fixtures/base.en.md:15: term “公职律师”: point "ch2-intro" has “公职律师” in the Chinese but none of “public-sector lawyers” in the English\n' +
        '  fix: use “public-sector lawyers” here, the rendering tests/fixtures/terms-drift.json (line 4) records; if the wording here is the same rendering in another form, add it to "variants" there',
    ]);
  });

  it('refuses a distinction lost in English, a term recorded twice, a stale exception and a term also listed as not one', () => {
    expect(refused(() => loadFixture('terms-distinction-lost.json'))).toEqual([
      'tests/fixtures/terms-distinction-lost.json:3:38: term “调解”: it is kept apart from “调解工作” in the Chinese, but “mediation” and “mediation work” cannot be told apart\n' +
        '  fix: give the two terms renderings of which neither contains the other',
      'tests/fixtures/terms-distinction-lost.json:5:7: term “行政复议”: it is also in tests/fixtures/glossary-valid.json (term "administrative-reconsideration")\n' +
        '  fix: keep it in one place: the glossary, if readers need it explained; otherwise here',
      'tests/fixtures/terms-distinction-lost.json:6:7: term “复议”: its not_in “复议局” does not occur in the Chinese text\n' +
        '  fix: remove it: the exception no longer applies',
      'tests/fixtures/terms-distinction-lost.json:9:44: “调解” is listed both as a term and under "not_terms"\n' +
        '  fix: decide: remove it from "not_terms" or from the terms',
    ]);
  });

  it('refuses a number from one to nine written in digits', () => {
    expect(findDigitsToSpell(fixtureReport('tests/fixtures/digit-not-spelled.en.md')).map((p) => `${p.file}:${p.line}: ${p.problem}\n  fix: ${p.fix}`)).toEqual(
      [
        'tests/fixtures/digit-not-spelled.en.md:15: point "ch2-intro" writes the number 9 in digits\n' +
          '  fix: spell it out (“nine”): the English writes one to nine in words, and digits for 10 and above, percentages and decimals',
      ],
    );
  });
});
