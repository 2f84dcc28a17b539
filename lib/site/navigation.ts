import type { Lang, Page, Report, Section } from '../content/types';
import { dictionary } from './dictionaries';
import { pageUrl, sectionUrl } from './urls';

export interface Crumb {
  label: string;
  href: string;
}

/** A section's name as the reader sees it: its printed heading, or the name we give an unheaded one. */
export function sectionTitle(section: Section, lang: Lang): string {
  return section.heading?.[lang] ?? dictionary(lang).unheaded[section.id];
}

export function pageTitle(page: Page, lang: Lang): string {
  return sectionTitle(page.main, lang);
}

/** Breadcrumbs between home and the page: the chapter, when the page is a sub-section. */
export function pageTrail(report: Report, page: Page, lang: Lang): Crumb[] {
  if (page.main.level !== 2) return [];
  const index = report.sections.indexOf(page.main);
  const chapter = report.sections.slice(0, index).findLast((s) => s.level === 1);
  return chapter ? [{ label: sectionTitle(chapter, lang), href: sectionUrl(lang, chapter) }] : [];
}

export function neighbours(report: Report, page: Page, lang: Lang): { previous?: Crumb; next?: Crumb } {
  const index = report.pages.indexOf(page);
  const crumb = (p?: Page) => (p ? { label: pageTitle(p, lang), href: pageUrl(lang, p.id) } : undefined);
  return { previous: crumb(report.pages[index - 1]), next: crumb(report.pages[index + 1]) };
}

/**
 * Heading levels on a section page: a chapter printed on the page is its h1 and sub-sections
 * are h2; a page without a chapter heading has its sub-section as h1.
 */
export function headingLevel(page: Page, section: Section): 1 | 2 {
  const hasChapter = page.sections.some((s) => s.level === 1 && s.heading !== null);
  return hasChapter ? section.level : 1;
}

/** A page's description for search engines and link previews: the start of its first point. */
export function pageDescription(page: Page, lang: Lang, length = 140): string {
  const text = page.sections.flatMap((s) => s.points)[0]?.text[lang] ?? '';
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}
