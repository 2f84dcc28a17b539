import type { Lang, Report, Section } from '../content/types';
import type { StatedMetric } from '../figures/types';
import { SITE_ORIGIN } from './config';
import { dictionary } from './dictionaries';
import { HTML_LANG, otherLang } from './i18n';
import { sectionTitle } from './navigation';
import { figurePageUrl, homeUrl, sectionUrl } from './urls';

const absolute = (path: string) => `${SITE_ORIGIN}${path}`;
/** The report's node id in a language: one per language, so the translation can point at the original. */
export const reportNodeId = (lang: Lang) => absolute(`${homeUrl(lang)}#report`);

function issuer(report: Report, lang: Lang) {
  return {
    '@type': 'GovernmentOrganization',
    name: report.meta.issuer[lang],
    alternateName: report.meta.issuer[otherLang(lang)],
    address: { '@type': 'PostalAddress', addressLocality: lang === 'zh' ? '杭州市' : 'Hangzhou', addressCountry: 'CN' },
  };
}

function part(report: Report, section: Section, lang: Lang, position: number): Record<string, unknown> {
  const children = report.sections.filter(
    (s) => s.level === 2 && report.sections.slice(0, report.sections.indexOf(s)).findLast((c) => c.level === 1) === section,
  );
  return {
    '@type': 'CreativeWork',
    '@id': absolute(`${homeUrl(lang)}#${section.id}`),
    name: sectionTitle(section, lang),
    url: absolute(sectionUrl(lang, section)),
    position,
    ...(children.length ? { hasPart: children.map((child, i) => part(report, child, lang, i + 1)) } : {}),
  };
}

/**
 * schema.org for the report in one language: a Report (schema.org has no "government publication"
 * type; the issuer is a GovernmentOrganization) with its chapters and sub-sections as hasPart.
 * The English names the Chinese as the work it translates, and the Chinese names its translation.
 */
export function reportJsonLd(report: Report, lang: Lang): Record<string, unknown> {
  const { meta } = report;
  const other = otherLang(lang);
  const t = dictionary(lang);
  const translation =
    lang === 'en'
      ? {
          translationOfWork: { '@type': 'Report', '@id': reportNodeId('zh'), name: meta.title.zh, inLanguage: HTML_LANG.zh, url: absolute(homeUrl('zh')) },
          translator: { '@type': 'Organization', name: t.siteName, url: absolute(homeUrl(lang)) },
        }
      : {
          workTranslation: {
            '@type': 'Report',
            '@id': reportNodeId(other),
            name: meta.title[other],
            inLanguage: HTML_LANG[other],
            url: absolute(homeUrl(other)),
          },
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': reportNodeId(lang),
    name: meta.title[lang],
    headline: meta.title[lang],
    description: t.homeDescription,
    inLanguage: HTML_LANG[lang],
    url: absolute(homeUrl(lang)),
    datePublished: meta.delivered.date,
    author: issuer(report, lang),
    publisher: issuer(report, lang),
    isBasedOn: meta.source_url,
    ...translation,
    hasPart: report.sections.filter((s) => s.level === 1).map((section, i) => part(report, section, lang, i + 1)),
  };
}

/** schema.org for a figure's page: the quoted words that state it, part of the report, about the measured value. */
export function figureJsonLd(report: Report, metric: StatedMetric, lang: Lang): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: lang === 'zh' ? metric.source.quote : metric.source.quote_en,
    inLanguage: HTML_LANG[lang],
    url: absolute(figurePageUrl(lang, metric.id)),
    isPartOf: {
      '@type': 'Report',
      '@id': reportNodeId(lang),
      name: report.meta.title[lang],
      url: absolute(homeUrl(lang)),
      datePublished: report.meta.delivered.date,
      author: issuer(report, lang),
    },
    about: {
      '@type': 'PropertyValue',
      name: metric.label[lang],
      value: metric.value,
      unitText: metric.unit,
      ...(metric.period ? { description: metric.period } : {}),
    },
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
