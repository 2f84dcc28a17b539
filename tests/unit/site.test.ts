import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { dictionary } from '@/lib/site/dictionaries';
import { formatDate } from '@/lib/site/i18n';
import { pointLabel, sectionLabel } from '@/lib/site/labels';
import { headingLevel, neighbours, pageTrail } from '@/lib/site/navigation';
import { pointUrl, sectionById, sectionUrl, switchLanguage } from '@/lib/site/urls';

const report = getReport();
const point = (id: string) => report.sections.flatMap((s) => s.points).find((p) => p.id === id)!;

describe('pages', () => {
  it('puts each sub-section, chapter II and the opening on a page of its own', () => {
    expect(report.pages.map((p) => `${p.id}:${p.sections.map((s) => s.id).join('+')}`)).toEqual([
      'opening:opening',
      'ch1-1:ch1+ch1-1',
      'ch1-2:ch1-2',
      'ch1-3:ch1-3',
      'ch1-4:ch1-4',
      'ch1-5:ch1-5',
      'ch1-6:ch1-6',
      'ch1-7:ch1-7',
      'ch2:ch2',
      'ch3-1:ch3+ch3-1',
      'ch3-2:ch3-2',
      'ch3-3:ch3-3',
      'ch3-4:ch3-4+closing',
    ]);
  });

  it('gives a chapter printed on a page the h1 and its sub-section the h2', () => {
    const first = report.pages[1];
    expect(first.sections.map((s) => headingLevel(first, s))).toEqual([1, 2]);
    const sixth = report.pages.find((p) => p.id === 'ch1-6')!;
    expect(headingLevel(sixth, sixth.main)).toBe(1);
  });

  it('links neighbours and breadcrumbs', () => {
    const sixth = report.pages.find((p) => p.id === 'ch1-6')!;
    expect(neighbours(report, sixth, 'en')).toEqual({
      previous: { label: '(5) Ensuring strict, procedure-based, impartial and non-abusive law enforcement', href: '/en/ch1-5/' },
      next: { label: '(7) Strengthening safeguards for law-based government building', href: '/en/ch1-7/' },
    });
    expect(pageTrail(report, sixth, 'zh')).toEqual([{ label: '一、主要举措和成效', href: '/zh/ch1-1/#ch1' }]);
    expect(neighbours(report, report.pages[0], 'zh').previous).toBeUndefined();
  });
});

describe('urls', () => {
  it('link every point to its section page with its id as the anchor', () => {
    expect(pointUrl('zh', report, point('ch1-6-p2'))).toBe('/zh/ch1-6/#ch1-6-p2');
    expect(pointUrl('en', report, point('closing-p1'))).toBe('/en/ch3-4/#closing-p1');
    expect(pointUrl('en', report, point('ch3-intro'))).toBe('/en/ch3-1/#ch3-intro');
    expect(sectionUrl('en', sectionById(report, 'ch1-6'))).toBe('/en/ch1-6/');
    expect(sectionUrl('zh', sectionById(report, 'ch3'))).toBe('/zh/ch3-1/#ch3');
  });

  it('switch language without losing the rest of the path', () => {
    expect(switchLanguage('/zh/ch1-6/', 'en')).toBe('/en/ch1-6/');
    expect(switchLanguage('/en/', 'zh')).toBe('/zh/');
    expect(switchLanguage('/en/about/', 'en')).toBe('/en/about/');
  });
});

describe('labels', () => {
  it('name a point as the report prints its position', () => {
    expect(pointLabel(point('ch1-6-p2'), 'zh', report)).toBe('一（六）“二是”');
    expect(pointLabel(point('ch1-6-p2'), 'en', report)).toBe('I(6), point 2');
    expect(pointLabel(point('ch2-intro'), 'zh', report)).toBe('二 导语');
    expect(pointLabel(point('ch2-p4'), 'en', report)).toBe('II, point 4');
    expect(pointLabel(point('ch3-2-p1'), 'en', report)).toBe('III(2)');
    expect(pointLabel(point('opening-salutation'), 'zh', report)).toBe('开篇 第1段');
    expect(pointLabel(point('closing-p1'), 'en', report)).toBe('Closing, paragraph 1');
    expect(sectionLabel(sectionById(report, 'ch3-4'), 'zh')).toBe('三（四）');
  });
});

describe('dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    const zh = dictionary('zh');
    const en = dictionary('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(en.unheaded).sort()).toEqual(Object.keys(zh.unheaded).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    }
  });

  it('name every section the report prints without a heading', () => {
    for (const section of report.sections.filter((s) => s.heading === null)) {
      expect(dictionary('zh').unheaded[section.id]).toBeTruthy();
      expect(dictionary('en').unheaded[section.id]).toBeTruthy();
    }
  });

  it('format the delivery date for each language', () => {
    expect(formatDate('2021-04-26', 'zh')).toBe('2021年4月26日');
    expect(formatDate('2021-04-26', 'en')).toBe('April 26, 2021');
  });
});
