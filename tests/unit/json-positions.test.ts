import { describe, expect, it } from 'vitest';
import { positionOfPath } from '@/lib/content/json';
import { getReport, loadReport } from '@/lib/content/load';
import { getDisplay } from '@/lib/figures/display';
import { getFigures, loadFigures } from '@/lib/figures/load';
import { getGlossary, loadGlossary } from '@/lib/glossary/load';
import { loadChangelog } from '@/lib/version/load';
import { loadProblemLinks } from '@/lib/plans/load';
import { currentIds, loadAliases } from '@/lib/site/published';
import { refused } from './refused';

/**
 * Every content JSON error names its true line and column: found from the parsed syntax tree
 * (jsonc-parser), not by searching the text, so spacing, key order and repeated words cannot move it.
 */
describe('positionOfPath', () => {
  const text = '{\n  "a": [\n    { "x": 1 },\n    { "x": 2, "2019": "y" }\n  ],\n  "b": {}\n}\n';

  it('finds a value deep in the file: the key of a property, the start of an array element', () => {
    expect(positionOfPath(text, ['a', 1, 'x'])).toEqual({ line: 4, column: 7 });
    expect(positionOfPath(text, ['a', 1])).toEqual({ line: 4, column: 5 });
    // Indices may come as digits (from a path of strings); a key made of digits stays a key.
    expect(positionOfPath(text, ['a', '1', '2019'])).toEqual({ line: 4, column: 15 });
  });

  it('points a missing key at the object that should hold it', () => {
    expect(positionOfPath(text, ['b', 'missing'])).toEqual({ line: 6, column: 3 });
    expect(positionOfPath(text, ['a', 7, 'x'])).toEqual({ line: 2, column: 3 });
  });

  it('does not depend on spacing or on the same words elsewhere in the file', () => {
    const compact = '{"a":[{"x":1},{"x":2,"2019":"y"}],"b":{}}';
    expect(positionOfPath(compact, ['a', 1, 'x'])).toEqual({ line: 1, column: 16 });
    const repeated = '{\n  "note": "x id loss-rate",\n  "items": [{ "id": "loss-rate" }]\n}';
    expect(positionOfPath(repeated, ['items', 0, 'id'])).toEqual({ line: 3, column: 15 });
  });
});

describe('a value deep in each content file, at its true line and column', () => {
  const base = loadReport({
    meta: 'tests/fixtures/base.meta.json',
    zh: 'tests/fixtures/base.zh.md',
    en: 'tests/fixtures/base.en.md',
    source: 'tests/fixtures/base.source.txt',
  });

  it('glossary: the attested status of the last term', () => {
    expect(refused(() => loadGlossary(base, 'tests/fixtures/glossary-bad-status.json'))[0]).toMatch(
      /^tests\/fixtures\/glossary-bad-status\.json:10:21: terms\.0\.attested\.status: /,
    );
  });

  it('metrics: the unit of the last metric', () => {
    expect(refused(() => loadFigures(base, 'tests/fixtures/metrics-bad-unit.json', { ...getDisplay(), charts: [], checks: [] }))[0]).toMatch(
      /^tests\/fixtures\/metrics-bad-unit\.json:48:7: metric "law-firm-mediation-offices": unit: /,
    );
  });

  it('problems → plans: the gap of the last problem, missing its English (the place is the object that should hold it)', () => {
    expect(refused(() => loadProblemLinks(getReport(), 'tests/fixtures/plans-gap-without-english.json'))).toEqual([
      'tests/fixtures/plans-gap-without-english.json:116:7: links.3.gap.en: Invalid input: expected string, received undefined\n  fix: see the problems → plans format in the README',
    ]);
  });

  it('aliases: an alias that is not a string', () => {
    const current = currentIds(getReport(), getFigures(), getGlossary());
    expect(refused(() => loadAliases(current, 'tests/fixtures/aliases-not-a-string.json'))[0]).toMatch(
      /^tests\/fixtures\/aliases-not-a-string\.json:6:5: figures\.reconsideration-cases-old: /,
    );
  });

  it('changelog: an unknown id inside the ids of a correction', () => {
    const [, unknown] = refused(() => loadChangelog(getReport(), 'tests/fixtures/changelog-bad-release.json'));
    expect(unknown).toMatch(/^tests\/fixtures\/changelog-bad-release\.json:7:55: a correction names "ch1-6-p9"/);
  });
});
