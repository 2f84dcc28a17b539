import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PublicReport } from '../../lib/site/report-json';

/** The published data of the build under test. */
export const report: PublicReport = JSON.parse(readFileSync('out/data/report.json', 'utf8'));
export const LANGS = ['zh', 'en'] as const;

/** Every page of the site in one language, from the published data, plus the site's own pages (and one of each kind of cite and figure page). */
export function pagesOf(lang: (typeof LANGS)[number]): string[] {
  const sectionPages = [...new Set(report.sections.map((s) => s.url[lang].split('#')[0]))];
  const parallelPages = [...sectionPages.map((p) => p.replace(`/${lang}/`, `/${lang}/parallel/`)), `/${lang}/parallel/full/`];
  const extras = [
    'full',
    'figures',
    'glossary',
    'problems-plans',
    'search',
    'translation',
    'about',
    'accessibility',
    'changelog',
    'cite/report',
    'cite/ch1-6-p2',
    'cite/loss-rate',
    'figures/loss-rate',
  ].map((name) => `/${lang}/${name}/`);
  return [`/${lang}/`, ...sectionPages, ...parallelPages, ...extras];
}

/**
 * One page of each kind the site has, in alternating languages: the pages that get every feature used
 * (serving.spec.ts) and the phone-width audit (pages.spec.ts). serving.spec.ts checks that no kind is left out.
 */
export const ONE_OF_EACH_KIND = [
  '/',
  '/zh/',
  '/en/ch1-1/',
  '/zh/ch1-6/',
  '/en/ch2/',
  '/zh/full/',
  '/en/parallel/ch1-6/',
  '/zh/parallel/full/',
  '/en/figures/',
  '/zh/figures/loss-rate/',
  '/en/glossary/',
  '/zh/search/',
  '/en/problems-plans/',
  '/zh/cite/ch1-6-p2/',
  '/en/cite/report/',
  '/zh/about/',
];

export const allPoints = report.sections.flatMap((s) => s.points);

/** Collects console errors and uncaught exceptions for the page's lifetime. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
