import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { contentHash, getChangelog, getVersion, loadChangelog } from '@/lib/version/load';
import { refused } from './refused';

const report = getReport();
describe('the content version', () => {
  it('is the newest release and a short hash of the content as built', () => {
    const version = getVersion();
    expect(version.release).toBe(getChangelog().releases[0].version);
    expect(version.date).toBe(version.release.replace(/\./g, '-'));
    expect(version.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(version.hash).toBe(contentHash());
  });

  describe('the content hash', () => {
    const copies: string[] = [];
    const copy = () => {
      const root = mkdtempSync(join(tmpdir(), 'content-hash-'));
      cpSync('content', join(root, 'content'), { recursive: true });
      copies.push(root);
      return root;
    };
    afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

    it('is the same for the same bytes, wherever they are', () => {
      expect(contentHash(copy())).toBe(contentHash());
    });

    it('changes when one byte changes, a file is added or a file is renamed', () => {
      const edited = copy();
      writeFileSync(join(edited, 'content/en/about.md'), `${readFileSync('content/en/about.md', 'utf8')} `);
      expect(contentHash(edited)).not.toBe(contentHash());

      const added = copy();
      writeFileSync(join(added, 'content/zh/extra.md'), '');
      expect(contentHash(added)).not.toBe(contentHash());

      const renamed = copy();
      renameSync(join(renamed, 'content/en/about.md'), join(renamed, 'content/en/about2.md'));
      expect(contentHash(renamed)).not.toBe(contentHash());
    });
  });
});

describe('the changelog', () => {
  it('lists the releases newest first, with the translation corrections each includes', () => {
    const { releases } = loadChangelog(report, 'tests/fixtures/changelog-valid.json');
    expect(releases.map((r) => [r.version, r.date])).toEqual([
      ['2026.12.01', '2026-12-01'],
      ['2026.11.27', '2026-11-27'],
    ]);
    expect(releases[0].corrections[0].ids).toEqual(['ch1-6-p2', 'ch3-1']);
  });

  it('records the corrections made to the English so far, each naming real ids', () => {
    const corrections = getChangelog().releases.flatMap((r) => r.corrections);
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrections.flatMap((c) => c.ids)).toContain('ch1-7-p3');
  });

  it('refuses a correction after its release, an unknown id and a date that does not exist, naming the line', () => {
    expect(refused(() => loadChangelog(report, 'tests/fixtures/changelog-bad-release.json'))).toEqual([
      'tests/fixtures/changelog-bad-release.json:7:11: a correction dated 2026-12-02 is listed under the earlier release "2026.11.27"\n  fix: list a correction under the first release that includes it',
      'tests/fixtures/changelog-bad-release.json:7:55: a correction names "ch1-6-p9", which is not a section or point of the report\n  fix: use the id of the corrected point or section, as in content/zh/report.md, e.g. "ch1-6-p2"',
      'tests/fixtures/changelog-bad-release.json:11:7: release "2026.02.30" is not a real date\n  fix: name the release by the date it was published, YYYY.MM.DD',
    ]);
  });

  it('refuses releases out of order', () => {
    expect(refused(() => loadChangelog(report, 'tests/fixtures/changelog-out-of-order.json'))).toEqual([
      'tests/fixtures/changelog-out-of-order.json:9:7: release "2026.12.01" is listed after "2026.11.27"\n  fix: list releases newest first, each version once',
    ]);
  });

  it('refuses a version that is not YYYY.MM.DD', () => {
    const [problem] = refused(() => loadChangelog(report, 'tests/fixtures/changelog-malformed-version.json'));
    expect(problem).toBe(
      'tests/fixtures/changelog-malformed-version.json:4:7: releases.0.version: must be the release date as YYYY.MM.DD, e.g. "2026.11.27"\n' +
        '  fix: each release needs "version" (YYYY.MM.DD), "summary" {zh, en} and "corrections", each correction "date" (YYYY-MM-DD), "lang", "ids" and "summary"; see the README',
    );
  });
});
