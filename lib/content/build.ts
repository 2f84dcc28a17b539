import { inlineToHast } from './markdown';
import type { LanguageDocument, PointBlock } from './parse';
import type { Meta, Page, Point, Report, Section } from './types';

const ORDINALS = '一二三四五六七八九十';

/** Turns the two validated language documents into the report: sections, points and pages. */
export function buildReport(meta: Meta, zh: LanguageDocument, en: LanguageDocument): Report {
  const english = new Map(en.blocks.map((b) => [b.id, b]));
  const sections: Section[] = [];
  let chapter = 0;
  let number = 0;

  for (const block of zh.blocks) {
    const twin = english.get(block.id)!;
    if (block.kind === 'section' && twin.kind === 'section') {
      if (block.level === 1 && block.heading !== null) {
        chapter += 1;
        number = 0;
      }
      if (block.level === 2) number += 1;
      sections.push({
        id: block.id,
        level: block.level,
        heading: block.heading === null ? null : { zh: block.heading, en: twin.heading ?? '' },
        chapter: block.heading === null ? null : chapter,
        number: block.level === 2 ? number : null,
        points: [],
        pageId: '',
        line: { zh: block.line, en: twin.line },
      });
    } else if (block.kind === 'point' && twin.kind === 'point') {
      const section = sections.at(-1)!;
      section.points.push(toPoint(block, twin, section.id));
    }
  }
  return { meta, sections, pages: paginate(sections), files: { zh: zh.file, en: en.file } };
}

function toPoint(zh: PointBlock, en: PointBlock, sectionId: string): Point {
  const enumerator = new RegExp(`^([${ORDINALS}])是`).exec(zh.text);
  return {
    id: zh.id,
    text: { zh: zh.text, en: en.text },
    inline: { zh: inlineToHast(zh.inline), en: inlineToHast(en.inline) },
    ordinal: enumerator ? ORDINALS.indexOf(enumerator[1]) + 1 : null,
    sectionId,
    line: { zh: zh.line, en: en.line },
  };
}

/**
 * Groups sections into the pages a reader browses: every sub-section is a page, and so is every
 * chapter without sub-sections. A chapter with sub-sections opens its first sub-section's page;
 * a section without a printed heading is a page when it opens the report and otherwise ends the
 * page before it (the closing line).
 */
export function paginate(sections: Section[]): Page[] {
  const pages: Page[] = [];
  let waiting: Section[] = [];
  sections.forEach((section, index) => {
    const hasSubsections = section.level === 1 && sections[index + 1]?.level === 2;
    if (section.level === 1 && section.heading === null && index > 0 && pages.length) {
      pages.at(-1)!.sections.push(section);
    } else if (hasSubsections) {
      waiting.push(section);
    } else {
      pages.push({ id: section.id, main: section, sections: [...waiting, section] });
      waiting = [];
    }
  });
  for (const page of pages) for (const section of page.sections) section.pageId = page.id;
  return pages;
}
