import type { Lang, Page, Point, Report, Section } from '../content/types';

/** Site-relative URLs. Pages end in a slash: the static export writes /zh/ch1-6/index.html. */
export const homeUrl = (lang: Lang) => `/${lang}/`;
export const pageUrl = (lang: Lang, pageId: string) => `/${lang}/${pageId}/`;
export const fullReportUrl = (lang: Lang) => `/${lang}/full/`;
export const aboutUrl = (lang: Lang) => `/${lang}/about/`;
export const accessibilityUrl = (lang: Lang) => `/${lang}/accessibility/`;
export const figuresUrl = (lang: Lang) => `/${lang}/figures/`;
/** A stated figure's own page: a URL that can carry the figure's share card (a #fragment cannot). */
export const figurePageUrl = (lang: Lang, metricId: string) => `/${lang}/figures/${metricId}/`;
export const glossaryUrl = (lang: Lang) => `/${lang}/glossary/`;
export const translationUrl = (lang: Lang) => `/${lang}/translation/`;
export const plansUrl = (lang: Lang) => `/${lang}/problems-plans/`;
export const searchUrl = (lang: Lang) => `/${lang}/search/`;
/** The parallel (Chinese and English side by side) view of a page, or of the whole report ('full'). */
export const parallelUrl = (lang: Lang, pageId: string) => `/${lang}/parallel/${pageId}/`;
export const REPORT_JSON_URL = '/data/report.json';
/** The search data, fetched only when a reader starts searching. */
export const SEARCH_JSON_URL = '/data/search.json';

/** A section's URL in the parallel view. */
export function parallelSectionUrl(lang: Lang, section: Section): string {
  return sectionUrl(lang, section).replace(`/${lang}/`, `/${lang}/parallel/`);
}

/** A section's URL: its page, with an anchor unless the section names the page. */
export function sectionUrl(lang: Lang, section: Section): string {
  return section.pageId === section.id ? pageUrl(lang, section.pageId) : `${pageUrl(lang, section.pageId)}#${section.id}`;
}

export function pointUrl(lang: Lang, report: Report, point: Point): string {
  return `${pageUrl(lang, sectionById(report, point.sectionId).pageId)}#${point.id}`;
}

export function sectionById(report: Report, id: string): Section {
  const section = report.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section "${id}"`);
  return section;
}

export function pageById(report: Report, id: string): Page | undefined {
  return report.pages.find((p) => p.id === id);
}

/** The same place in the other language (or the same language): only the language segment changes. */
export function switchLanguage(path: string, to: Lang): string {
  return path.replace(/^\/(zh|en)(?=\/|$)/, `/${to}`);
}

/** A chart's permalink: the page of the point it follows, anchored on its figure. */
export function chartUrl(lang: Lang, report: Report, chart: { id: string; after: string }): string {
  const point = report.sections.flatMap((s) => s.points).find((p) => p.id === chart.after);
  if (!point) throw new Error(`chart "${chart.id}" follows "${chart.after}", which is not a point`);
  return `${pageUrl(lang, sectionById(report, point.sectionId).pageId)}#chart-${chart.id}`;
}

/** A chart's picture as a file: `/data/charts/<chart>.<lang>.svg` or `.png`. */
export const chartFileUrl = (lang: Lang, chartId: string, type: 'svg' | 'png') => `/data/charts/${chartId}.${lang}.${type}`;
