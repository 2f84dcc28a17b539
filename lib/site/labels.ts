import type { Lang, Point, Report, Section } from '../content/types';
import { sectionById } from './urls';
import { dictionary } from './dictionaries';

const ZH_NUMERALS = '一二三四五六七八九十';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Where a section sits as printed: 一（六） / I(6); for an unheaded section, its name. */
export function sectionLabel(section: Section, lang: Lang): string {
  if (section.chapter === null) {
    const name = dictionary(lang).unheaded[section.id];
    if (!name) throw new Error(`lib/site/dictionaries.ts: section "${section.id}" has no printed heading and no ${lang} name; add one under "unheaded"`);
    return name;
  }
  const chapter = lang === 'zh' ? ZH_NUMERALS[section.chapter - 1] : ROMAN[section.chapter - 1];
  if (section.number === null) return chapter;
  return lang === 'zh' ? `${chapter}（${ZH_NUMERALS[section.number - 1]}）` : `${chapter}(${section.number})`;
}

/**
 * A point's position as printed, for links and citations:
 * 一（六）“二是” / I(6), point 2; 二 导语 / II, introduction; 开篇 第1段 / Opening, paragraph 1.
 */
export function pointLabel(point: Point, lang: Lang, report: Report): string {
  const section = sectionById(report, point.sectionId);
  const where = sectionLabel(section, lang);
  const t = dictionary(lang);
  if (point.ordinal !== null) {
    return lang === 'zh' ? `${where}“${ZH_NUMERALS[point.ordinal - 1]}是”` : `${where}, ${t.point} ${point.ordinal}`;
  }
  if (section.chapter === null) {
    const paragraph = section.points.indexOf(point) + 1;
    return lang === 'zh' ? `${where} 第${paragraph}段` : `${where}, ${t.paragraph} ${paragraph}`;
  }
  if (section.points.length === 1) return where;
  return lang === 'zh' ? `${where} ${t.introduction}` : `${where}, ${t.introduction}`;
}
