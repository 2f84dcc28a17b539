import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { statedMetrics } from '@/lib/figures/share';
import { languagePages, sitemapEntries } from '@/lib/site/sitemap';

describe('the sitemap', () => {
  const report = getReport();
  const figureIds = statedMetrics(getFigures()).map((m) => m.id);
  const entries = sitemapEntries(report, figureIds, 'https://report.example.org');

  it('lists the picker and every page of both languages once, with absolute URLs', () => {
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls[0]).toBe('https://report.example.org/');
    // Home, each section page and its parallel view, the full text and its parallel view, eight pages of the site's own (figures, glossary, problems → plans, search, translation notes, about, accessibility, changelog), and each stated figure's page.
    expect(urls).toHaveLength(1 + 2 * (1 + 2 * report.pages.length + 2 + 8 + figureIds.length));
    for (const url of [
      '/zh/',
      '/en/ch1-6/',
      '/zh/parallel/ch1-6/',
      '/en/parallel/full/',
      '/zh/full/',
      '/en/figures/',
      '/zh/glossary/',
      '/en/problems-plans/',
      '/zh/translation/',
      '/en/about/',
      '/zh/figures/reconsideration-cases/',
    ]) {
      expect(urls).toContain(`https://report.example.org${url}`);
    }
  });

  it('gives every page the hreflang alternates its <head> carries: the zh/en pair and the picker', () => {
    const entry = entries.find((e) => e.url === 'https://report.example.org/en/parallel/ch1-6/');
    expect(entry?.alternates?.languages).toEqual({
      'zh-Hans': 'https://report.example.org/zh/parallel/ch1-6/',
      en: 'https://report.example.org/en/parallel/ch1-6/',
      'x-default': 'https://report.example.org/',
    });
    expect(entries[0].alternates?.languages).toEqual({
      'zh-Hans': 'https://report.example.org/zh/',
      en: 'https://report.example.org/en/',
      'x-default': 'https://report.example.org/',
    });
  });

  it('pairs the two language trees page by page', () => {
    expect(languagePages(report, figureIds, 'en')).toEqual(languagePages(report, figureIds, 'zh').map((url) => url.replace(/^\/zh\//, '/en/')));
  });
});
