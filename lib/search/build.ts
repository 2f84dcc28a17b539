import type { Lang, Report } from '../content/types';
import { LANGS } from '../content/types';
import { figureUrl } from '../figures/export';
import type { Figures } from '../figures/types';
import type { Glossary } from '../glossary/load';
import { pointLabel, sectionLabel } from '../site/labels';
import { glossaryUrl, pointUrl, sectionUrl } from '../site/urls';
import type { SearchData, SearchDoc } from './types';

/**
 * /data/search.json: every heading and point of the report, every stated figure and every glossary
 * term, in both languages, each with its printed label and its link. Derived figures are left out:
 * their words are not in the report.
 */
export function searchData(report: Report, figures: Figures, glossary: Glossary): SearchData {
  const points = new Map(report.sections.flatMap((s) => s.points.map((p) => [p.id, p] as const)));
  const docs: SearchDoc[] = [];
  for (const lang of LANGS) {
    for (const section of report.sections) {
      if (section.heading)
        docs.push({
          kind: 'section',
          lang,
          id: section.id,
          label: sectionLabel(section, lang),
          url: sectionUrl(lang, section),
          title: '',
          text: section.heading[lang],
        });
      for (const point of section.points) {
        docs.push({
          kind: 'point',
          lang,
          id: point.id,
          label: pointLabel(point, lang, report),
          url: pointUrl(lang, report, point),
          title: '',
          text: point.text[lang],
        });
      }
    }
    for (const metric of figures.metrics) {
      if (metric.kind !== 'stated') continue;
      const point = points.get(metric.source.point)!;
      const quote = lang === 'zh' ? metric.source.quote : metric.source.quote_en;
      docs.push({
        kind: 'figure',
        lang,
        id: metric.id,
        label: pointLabel(point, lang, report),
        url: figureUrl(lang, metric.id),
        title: metric.label[lang],
        text: quote,
      });
    }
    for (const term of glossary.terms) {
      const first = glossary.occurrences.find((o) => o.termId === term.id && o.lang === lang)!;
      docs.push({
        kind: 'term',
        lang,
        id: term.id,
        label: pointLabel(points.get(first.pointId)!, lang, report),
        url: `${glossaryUrl(lang)}#${term.id}`,
        title: termTitle(term, lang),
        text: term.explanation[lang],
      });
    }
  }
  return { version: 1, docs };
}

/** 两高一低 (liǎng gāo yī dī) / two highs and one low (variants after a slash). */
function termTitle(term: Glossary['terms'][number], lang: Lang): string {
  return lang === 'zh' ? `${term.zh}（${term.pinyin}）` : [term.en, ...term.variants].join(' / ');
}
