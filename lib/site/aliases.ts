import type { Lang, Report } from '../content/types';
import { LANGS } from '../content/types';
import type { Figures } from '../figures/types';
import type { Aliases } from './published';
import { figurePageUrl, figuresUrl, fullReportUrl, glossaryUrl, pageUrl, parallelUrl, sectionById } from './urls';

/**
 * What an alias in content/aliases.json becomes in the export, so that an old link keeps working:
 * - a page URL: a redirect (a 301 for nginx and `_redirects`, and a page at the old URL with a
 *   canonical link and an immediate refresh for hosts without rules);
 * - a point or section id: an extra anchor with the old id beside the new one, on every page that
 *   shows it (its section page, the full text and both parallel views, in each language);
 * - a figure id: the same beside its row on the figures page and beside its quoted words in the
 *   text, and a redirect from its old figure page;
 * - a glossary id: an extra anchor beside the entry.
 */
export interface Redirect {
  from: string;
  to: string;
}

export interface ExtraAnchor {
  /** The page (site-relative URL, no fragment). */
  page: string;
  /** The live element's id, beside which the old id goes. */
  beside: string;
  /** The old id. */
  id: string;
}

export interface AliasArtifacts {
  redirects: Redirect[];
  anchors: ExtraAnchor[];
  /** Aliases that produced nothing: each an error, since an old link would then break. */
  unserved: string[];
}

/** Every page that shows a section's or a point's id, in one language. */
function pagesShowing(report: Report, sectionId: string, lang: Lang): string[] {
  const pageId = sectionById(report, sectionId).pageId;
  return [pageUrl(lang, pageId), fullReportUrl(lang), parallelUrl(lang, pageId), parallelUrl(lang, 'full')];
}

export function aliasArtifacts(aliases: Aliases, report: Report, figures: Figures): AliasArtifacts {
  const redirects: Redirect[] = [];
  const anchors: ExtraAnchor[] = [];
  const unserved: string[] = [];
  const points = report.sections.flatMap((s) => s.points);
  const serve = (kind: string, old: string, made: number) => {
    if (made === 0) unserved.push(`${kind}: "${old}"`);
  };

  for (const [old, to] of Object.entries(aliases.pages)) {
    if (old.startsWith('/') && to.startsWith('/')) redirects.push({ from: old, to });
    serve('pages', old, old.startsWith('/') && to.startsWith('/') ? 1 : 0);
  }
  for (const [old, to] of Object.entries(aliases.sections)) {
    const section = report.sections.find((s) => s.id === to);
    const made = section ? LANGS.flatMap((lang) => pagesShowing(report, section.id, lang).map((page) => anchors.push({ page, beside: to, id: old }))) : [];
    serve('sections', old, made.length);
  }
  for (const [old, to] of Object.entries(aliases.points)) {
    const point = points.find((p) => p.id === to);
    const made = point ? LANGS.flatMap((lang) => pagesShowing(report, point.sectionId, lang).map((page) => anchors.push({ page, beside: to, id: old }))) : [];
    serve('points', old, made.length);
  }
  for (const [old, to] of Object.entries(aliases.figures)) {
    const metric = figures.metrics.find((m) => m.id === to);
    let made = 0;
    if (metric) {
      for (const lang of LANGS) {
        anchors.push({ page: figuresUrl(lang), beside: to, id: old });
        made++;
        if (metric.kind !== 'stated') continue;
        redirects.push({ from: figurePageUrl(lang, old), to: figurePageUrl(lang, to) });
        // The quoted words are marked on the section page and the full text (not in the parallel views).
        const pageId = sectionById(report, points.find((p) => p.id === metric.source.point)!.sectionId).pageId;
        for (const page of [pageUrl(lang, pageId), fullReportUrl(lang)]) anchors.push({ page, beside: `fig-${to}`, id: `fig-${old}` });
      }
    }
    serve('figures', old, made);
  }
  for (const [old, to] of Object.entries(aliases.glossary)) {
    for (const lang of LANGS) anchors.push({ page: glossaryUrl(lang), beside: to, id: old });
    serve('glossary', old, LANGS.length);
  }
  return { redirects, anchors, unserved };
}

/** `_redirects` for Netlify and Cloudflare Pages: one 301 per line. */
export const redirectsFile = (redirects: Redirect[]) => `${redirects.map((r) => `${r.from} ${r.to} 301`).join('\n')}${redirects.length ? '\n' : ''}`;
