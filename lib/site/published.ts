import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { citeIds } from '../cite/source';
import { citeDataUrl, citeUrl } from '../cite/urls';
import { ContentError, type ContentProblem } from '../content/errors';
import { parseJson, positionOfPath } from '../content/json';
import { LANGS, type Report } from '../content/types';
import { getCharts } from '../figures/charts';
import type { Corroboration } from '../corroboration/types';
import type { Figures } from '../figures/types';
import type { Glossary } from '../glossary/load';
import { statedMetrics } from '../figures/share';
import { languagePages, PICKER_URL } from './sitemap';
import { chartFileUrl, REPORT_JSON_URL, SEARCH_JSON_URL } from './urls';

/** What a reader or another site can link to; once published, none of it may disappear. */
export const PUBLISHED_KINDS = ['points', 'sections', 'figures', 'glossary', 'pages'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];
export type PublishedIds = Record<PublishedKind, string[]>;
/** An old id or URL, per kind, and the one that replaced it. */
export type Aliases = Record<PublishedKind, Record<string, string>>;

export const ALIASES_FILE = 'content/aliases.json';

/**
 * Every page and data file the static build publishes, as site-relative URLs: the picker, each
 * language's indexed pages (the sitemap's list), its cite pages, and the data files.
 */
export function sitePages(report: Report, figures: Figures): string[] {
  const cited = citeIds(report, figures);
  const perLanguage = LANGS.flatMap((lang) => [
    ...languagePages(
      report,
      statedMetrics(figures).map((m) => m.id),
      lang,
    ),
    ...cited.map((id) => citeUrl(lang, id)),
  ]);
  const pictures = getCharts()
    .filter((chart) => chart.kind === 'bars')
    .flatMap((chart) => LANGS.flatMap((lang) => (['svg', 'png'] as const).map((type) => chartFileUrl(lang, chart.id, type))));
  const data = [
    REPORT_JSON_URL,
    SEARCH_JSON_URL,
    '/data/metrics.json',
    '/data/metrics.csv',
    ...getCharts().map((chart) => `/data/charts/${chart.id}.csv`),
    ...pictures,
    ...cited.map(citeDataUrl),
  ];
  return [PICKER_URL, ...perLanguage, ...data];
}

/** The ids and URLs the site publishes now; the figures of other sources are published in /data/metrics.json too. */
export function currentIds(report: Report, figures: Figures, glossary: Glossary, corroboration?: Corroboration): PublishedIds {
  return {
    points: report.sections.flatMap((s) => s.points.map((p) => p.id)),
    sections: report.sections.map((s) => s.id),
    figures: [...figures.metrics.map((m) => m.id), ...(corroboration?.figures.map((f) => f.id) ?? [])],
    glossary: glossary.terms.map((t) => t.id),
    pages: sitePages(report, figures),
  };
}

const aliasesSchema = z.strictObject(
  Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, z.record(z.string(), z.string())])) as Record<PublishedKind, z.ZodRecord<z.ZodString, z.ZodString>>,
);

/**
 * Reads content/aliases.json: for each kind, an old id (or URL) that was renamed or removed, and the
 * live one it now means. A later step turns these into redirect pages and extra anchors. An alias may
 * not shadow a live id, and must lead to one.
 */
export function loadAliases(current: PublishedIds, file = ALIASES_FILE, root = process.cwd()): Aliases {
  const raw = readFileSync(join(root, file), 'utf8');
  const parsed = aliasesSchema.safeParse(parseJson(raw, file));
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file,
        ...positionOfPath(raw, issue.path),
        problem: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
        fix: `aliases.json holds ${PUBLISHED_KINDS.map((k) => `"${k}"`).join(', ')}, each an object mapping an old id to its new one, e.g. "points": { "ch1-6-p2": "ch1-6-p3" }`,
      })),
    );
  }
  const problems: ContentProblem[] = [];
  for (const kind of PUBLISHED_KINDS) {
    const live = new Set(current[kind]);
    for (const [old, target] of Object.entries(parsed.data[kind])) {
      const at = positionOfPath(raw, [kind, old]);
      if (live.has(old))
        problems.push({
          file,
          ...at,
          problem: `${kind}: "${old}" is an alias but also a live id`,
          fix: `remove the alias: "${old}" still exists, and an old link must keep meaning what it meant`,
        });
      if (!live.has(target))
        problems.push({
          file,
          ...at,
          problem: `${kind}: the alias "${old}" leads to "${target}", which does not exist`,
          fix: `point it at a live ${kind} id (or URL); chains are not followed, so give the final one`,
        });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return parsed.data;
}

export interface PublishedCheck {
  /** Published and gone, with no alias: each line names the kind and the id. */
  removed: string[];
  /** Live but not yet in the published list. */
  added: PublishedIds;
}

/** Compares the published list with what the site publishes now, accepting removals that have an alias. */
export function checkPublished(published: PublishedIds, current: PublishedIds, aliases: Aliases): PublishedCheck {
  const removed: string[] = [];
  const added = Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, [] as string[]])) as unknown as PublishedIds;
  for (const kind of PUBLISHED_KINDS) {
    const live = new Set(current[kind]);
    const listed = new Set(published[kind]);
    for (const id of published[kind]) if (!live.has(id) && !(id in aliases[kind])) removed.push(`${kind}: "${id}"`);
    for (const id of current[kind]) if (!listed.has(id)) added[kind].push(id);
  }
  return { removed, added };
}
