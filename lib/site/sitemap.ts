import type { MetadataRoute } from 'next';
import type { Lang, Report } from '../content/types';
import { changelogUrl } from '../cite/urls';
import { SITE_ORIGIN } from './config';
import { HTML_LANG, LANGS } from './i18n';
import {
  aboutUrl,
  accessibilityUrl,
  figurePageUrl,
  figuresUrl,
  fullReportUrl,
  glossaryUrl,
  homeUrl,
  pageUrl,
  parallelUrl,
  plansUrl,
  searchUrl,
  translationUrl,
} from './urls';

/** The language picker at "/": the x-default of every page, and the one page in both languages at once. */
export const PICKER_URL = '/';

/** Every page of one language tree, site-relative, in reading order; `figureIds` are the stated figures with a page of their own. */
export function languagePages(report: Report, figureIds: string[], lang: Lang): string[] {
  return [
    homeUrl(lang),
    ...report.pages.map((page) => pageUrl(lang, page.id)),
    fullReportUrl(lang),
    ...report.pages.map((page) => parallelUrl(lang, page.id)),
    parallelUrl(lang, 'full'),
    figuresUrl(lang),
    ...figureIds.map((id) => figurePageUrl(lang, id)),
    glossaryUrl(lang),
    plansUrl(lang),
    searchUrl(lang),
    translationUrl(lang),
    aboutUrl(lang),
    accessibilityUrl(lang),
    changelogUrl(lang),
  ];
}

/** A page's hreflang alternates, as its <head> carries them (lib/site/metadata.ts): both languages and the picker. */
export function alternatesOf(pair: Record<Lang, string>): Record<string, string> {
  return { ...Object.fromEntries(LANGS.map((lang) => [HTML_LANG[lang], pair[lang]])), 'x-default': PICKER_URL };
}

/**
 * The sitemap: the picker and every page of both language trees, with absolute URLs and the
 * hreflang alternates of each zh/en pair. The 404 is not a page and is not listed.
 */
export function sitemapEntries(report: Report, figureIds: string[], origin = SITE_ORIGIN): MetadataRoute.Sitemap {
  const absolute = (path: string) => `${origin}${path}`;
  const entry = (url: string, pair: Record<Lang, string>) => ({
    url: absolute(url),
    alternates: { languages: Object.fromEntries(Object.entries(alternatesOf(pair)).map(([tag, path]) => [tag, absolute(path)])) },
  });
  const zh = languagePages(report, figureIds, 'zh');
  const en = languagePages(report, figureIds, 'en');
  const pairs = zh.map((path, index) => ({ zh: path, en: en[index] }));
  return [entry(PICKER_URL, { zh: homeUrl('zh'), en: homeUrl('en') }), ...LANGS.flatMap((lang) => pairs.map((pair) => entry(pair[lang], pair)))];
}
