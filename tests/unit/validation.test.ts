import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/errors';
import { loadReport, type ContentFiles } from '@/lib/content/load';

const fixture = (name: string) => `tests/fixtures/${name}`;
const base: ContentFiles = {
  meta: fixture('base.meta.json'),
  zh: fixture('base.zh.md'),
  en: fixture('base.en.md'),
  source: fixture('base.source.txt'),
};

/** Loads the base fixture with some files replaced and returns the formatted problems. */
function problemsWith(replace: Partial<ContentFiles>): string[] {
  try {
    loadReport({ ...base, ...replace });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map(formatProblem);
  }
  throw new Error('expected the content to be refused');
}

describe('the content validator', () => {
  it('accepts the valid base fixture', () => {
    const report = loadReport(base);
    expect(report.sections.map((s) => s.id)).toEqual(['opening', 'ch1', 'ch1-1', 'ch2', 'closing']);
    expect(report.sections[2].points[1].text.en).toBe('Second, we strengthened mediation work. The number of mediation offices in law firms rose to 60.');
  });

  it('refuses a duplicate id, naming both lines', () => {
    expect(problemsWith({ zh: fixture('duplicate-id.zh.md') })).toEqual([
      'tests/fixtures/duplicate-id.zh.md:11: the id "ch1-1-p1" is already used on line 9\n' +
        '  fix: give this block an id of its own; ids are published in links, so keep the id the earlier block has',
    ]);
  });

  it('refuses a malformed id', () => {
    expect(problemsWith({ en: fixture('malformed-id.en.md') })).toEqual([
      'tests/fixtures/malformed-id.en.md:9: the id "Ch1_1-P1" is malformed\n' +
        '  fix: ids use lowercase letters, digits and single hyphens and start with a letter, e.g. "ch1-6" for a section or "ch1-6-p2" for a point',
    ]);
  });

  it('refuses a point missing from the English, saying where to add it', () => {
    expect(problemsWith({ en: fixture('missing-translation.en.md') })).toEqual([
      'tests/fixtures/missing-translation.en.md:9: point "ch1-1-p2" is in tests/fixtures/base.zh.md (line 11) but missing here\n' +
        '  fix: translate it: add a paragraph starting with "{#ch1-1-p2} " after "{#ch1-1-p1}" (line 9)',
    ]);
  });

  it('refuses a section missing from the English', () => {
    expect(problemsWith({ en: fixture('missing-section.en.md') })).toEqual([
      'tests/fixtures/missing-section.en.md:11: section "ch2" is in tests/fixtures/base.zh.md (line 13) but missing here\n' +
        '  fix: add its heading, ending with "{#ch2}", after "{#ch1-1-p2}" (line 11)',
    ]);
  });

  it('refuses an English point that lost a number of the Chinese', () => {
    expect(problemsWith({ en: fixture('missing-number.en.md') })).toEqual([
      'tests/fixtures/missing-number.en.md:9: the number 7 in the Chinese of point "ch1-1-p1" (tests/fixtures/base.zh.md:9) is missing from its English\n' +
        '  fix: write 7 in the English, or the word "seven"',
    ]);
  });

  it('refuses Chinese text that no longer matches the source', () => {
    expect(problemsWith({ zh: fixture('fidelity-drift.zh.md') })).toEqual([
      'tests/fixtures/fidelity-drift.zh.md:9: the Chinese of point "ch1-1-p1" no longer matches the source (tests/fixtures/base.source.txt) at character 58: the source reads "化解社会矛盾纠纷一是健全行政复议工作机制", the content reads "化解社会矛盾纠纷一是完善行政复议工作机制"\n' +
        '  fix: restore the source wording; the Chinese text is never edited (only , ( ) : ; are shown as full-width ，（ ）：；)',
    ]);
  });

  it('refuses ASCII punctuation in the Chinese', () => {
    expect(problemsWith({ zh: fixture('ascii-punctuation.zh.md') })).toEqual([
      'tests/fixtures/ascii-punctuation.zh.md:3: "opening-salutation" has the ASCII ":" at "主任、各位委员:"\n' +
        '  fix: write the full-width "："; Chinese text is shown with full-width punctuation',
    ]);
  });

  it('refuses Chinese left in the English', () => {
    expect(problemsWith({ en: fixture('untranslated.en.md') })).toEqual([
      'tests/fixtures/untranslated.en.md:13: "ch2" contains untranslated Chinese: "存在问题"\n  fix: translate it into English',
    ]);
  });

  it('refuses a raw HTML block', () => {
    expect(problemsWith({ en: fixture('raw-html-block.en.md') })).toEqual([
      'tests/fixtures/raw-html-block.en.md:11: raw HTML is not allowed in the report\n' +
        '  fix: write the text as a paragraph that starts with its id, e.g. "{#ch1-6-p2} 二是……"',
    ]);
  });

  it('refuses raw HTML inside a point', () => {
    expect(problemsWith({ en: fixture('raw-html-inline.en.md') })).toEqual([
      'tests/fixtures/raw-html-inline.en.md:9: point "ch1-1-p1" contains raw HTML; only plain text, *emphasis* and **strong** are allowed\n' +
        '  fix: remove the HTML and write the text itself',
    ]);
  });

  it('refuses broken JSON in the metadata, with its line', () => {
    const [problem] = problemsWith({ meta: fixture('broken-json.meta.json') });
    expect(problem).toMatch(
      /^tests\/fixtures\/broken-json\.meta\.json:11:44: not valid JSON \(.+\)\n {2}fix: repair the JSON syntax: quotes around keys and strings, commas between entries, no trailing comma$/,
    );
  });

  it('refuses metadata with a missing field, naming the key', () => {
    expect(problemsWith({ meta: fixture('missing-field.meta.json') })).toEqual([
      'tests/fixtures/missing-field.meta.json:3:3: issuer.en: Invalid input: expected string, received undefined\n' +
        '  fix: meta.json needs title, issuer, delivered (with date YYYY-MM-DD), meeting and licence, each with non-empty "zh" and "en", and an http(s) source_url; see the README',
    ]);
  });

  it('lists every problem at once, in file order, in the error message', () => {
    try {
      loadReport({ ...base, zh: fixture('ascii-punctuation.zh.md'), en: fixture('missing-number.en.md') });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'The report content has 2 problems:\n\n' +
          'tests/fixtures/ascii-punctuation.zh.md:3: "opening-salutation" has the ASCII ":" at "主任、各位委员:"\n' +
          '  fix: write the full-width "："; Chinese text is shown with full-width punctuation\n\n' +
          'tests/fixtures/missing-number.en.md:9: the number 7 in the Chinese of point "ch1-1-p1" (tests/fixtures/ascii-punctuation.zh.md:9) is missing from its English\n' +
          '  fix: write 7 in the English, or the word "seven"\n',
      );
    }
  });
});
