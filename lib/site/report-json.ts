import type { Bilingual, Report } from '../content/types';
import { dictionary } from './dictionaries';
import { pointLabel, sectionLabel } from './labels';
import { pointUrl, sectionUrl } from './urls';

const both = <T>(make: (lang: 'zh' | 'en') => T): Bilingual<T> => ({ zh: make('zh'), en: make('en') });

/**
 * The public /data/report.json: the whole report in document order, built from the same loaded
 * content as the pages. The README documents every field.
 */
export function reportJson(report: Report) {
  const { meta } = report;
  return {
    title: meta.title,
    issuer: meta.issuer,
    delivered: meta.delivered,
    meeting: meta.meeting,
    source_url: meta.source_url,
    licence: meta.licence,
    authoritative: 'zh',
    note: both((lang) => dictionary(lang).authoritativeNote),
    sections: report.sections.map((section) => ({
      id: section.id,
      level: section.level,
      heading: section.heading,
      label: both((lang) => sectionLabel(section, lang)),
      page: section.pageId,
      url: both((lang) => sectionUrl(lang, section)),
      points: section.points.map((point) => ({
        id: point.id,
        zh: point.text.zh,
        en: point.text.en,
        label: both((lang) => pointLabel(point, lang, report)),
        url: both((lang) => pointUrl(lang, report, point)),
      })),
    })),
  };
}

export type PublicReport = ReturnType<typeof reportJson>;
