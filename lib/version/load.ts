import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bilingual } from '../content/schema';
import type { ContentVersion } from '../cite/types';
import { ContentError, type ContentProblem } from '../content/errors';
import { positionOfPath, readContentJson } from '../content/json';
import { getReport } from '../content/load';
import type { Bilingual, Report } from '../content/types';
import { once } from '../content/cache';

export const CHANGELOG_FILE = 'content/changelog.json';
export const CONTENT_DIR = 'content';
/** Hex digits of the content hash shown in versions: 32 bits tell releases apart; the full hash is not needed to cite. */
const HASH_LENGTH = 8;

const correctionSchema = z.strictObject({
  date: z.iso.date(),
  lang: z.enum(['zh', 'en']),
  ids: z.array(z.string()).min(1),
  summary: bilingual,
});
const releaseSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/, 'must be the release date as YYYY.MM.DD, e.g. "2026.11.27"'),
  summary: bilingual,
  corrections: z.array(correctionSchema),
});
const schema = z.strictObject({ releases: z.array(releaseSchema).min(1) });

export interface Correction {
  date: string;
  lang: 'zh' | 'en';
  ids: string[];
  summary: Bilingual;
}
export interface Release {
  version: string;
  /** The version as an ISO date. */
  date: string;
  summary: Bilingual;
  corrections: Correction[];
}
export interface Changelog {
  releases: Release[];
}

const releaseDate = (version: string) => version.replace(/\./g, '-');
const isRealDate = (iso: string) => !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

/**
 * Reads content/changelog.json: releases newest first, each version a real date, every correction
 * dated no later than its release and naming ids of the report. Throws a ContentError (file, line, fix).
 */
export function loadChangelog(report: Report, file = CHANGELOG_FILE, root = process.cwd()): Changelog {
  const { raw, data } = readContentJson(
    file,
    root,
    schema,
    'each release needs "version" (YYYY.MM.DD), "summary" {zh, en} and "corrections", each correction "date" (YYYY-MM-DD), "lang", "ids" and "summary"; see the README',
  );

  const problems: ContentProblem[] = [];
  const known = new Set(report.sections.flatMap((s) => [s.id, ...s.points.map((p) => p.id)]));
  const releases = data.releases.map((release) => ({ ...release, date: releaseDate(release.version) }));
  releases.forEach((release, index) => {
    const at = (...path: PropertyKey[]) => positionOfPath(raw, ['releases', index, ...path]);
    if (!isRealDate(release.date))
      problems.push({
        file,
        ...at('version'),
        problem: `release "${release.version}" is not a real date`,
        fix: 'name the release by the date it was published, YYYY.MM.DD',
      });
    const newer = releases[index - 1];
    if (newer && newer.version <= release.version) {
      problems.push({
        file,
        ...at('version'),
        problem: `release "${release.version}" is listed after "${newer.version}"`,
        fix: 'list releases newest first, each version once',
      });
    }
    release.corrections.forEach((correction, c) => {
      if (correction.date > release.date)
        problems.push({
          file,
          ...at('corrections', c, 'date'),
          problem: `a correction dated ${correction.date} is listed under the earlier release "${release.version}"`,
          fix: 'list a correction under the first release that includes it',
        });
      correction.ids.forEach((id, i) => {
        if (!known.has(id))
          problems.push({
            file,
            ...at('corrections', c, 'ids', i),
            problem: `a correction names "${id}", which is not a section or point of the report`,
            fix: 'use the id of the corrected point or section, as in content/zh/report.md, e.g. "ch1-6-p2"',
          });
      });
    });
  });
  if (problems.length) throw new ContentError(problems);
  return { releases };
}

/** Every file under `dir`, as paths relative to the root with forward slashes, sorted: what the content hash covers. */
function contentFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return contentFiles(root, path);
      return entry.isFile() ? [path] : [];
    })
    .sort();
}

/**
 * A short SHA-256 over every content file's path and bytes, in path order: the same content gives
 * the same hash on any machine, and any changed, added or removed byte changes it.
 */
export function contentHash(root = process.cwd(), dir = CONTENT_DIR): string {
  const hash = createHash('sha256');
  for (const file of contentFiles(root, dir)) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(new Uint8Array(bytes));
  }
  return hash.digest('hex').slice(0, HASH_LENGTH);
}

/** The site's changelog, loaded and validated once per build. */
export const getChangelog = once((): Changelog => loadChangelog(getReport()));

/** The content version this build publishes: the newest release and the hash of the content as built. */
export const getVersion = once((): ContentVersion => {
  const [latest] = getChangelog().releases;
  return { release: latest.version, date: latest.date, hash: contentHash() };
});
