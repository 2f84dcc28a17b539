import { describe, expect, it } from 'vitest';
import { accessedSlot, longDate, period, today } from '@/lib/cite/dates';
import { citeDictionary, fill } from '@/lib/cite/dictionary';
import { citationExport } from '@/lib/cite/exports';
import { rich } from '@/lib/cite/rich';
import { sentenceCase } from '@/lib/cite/sentence-case';
import { citeData, citeIds } from '@/lib/cite/source';
import { citation, quoteCitation } from '@/lib/cite/styles';
import type { ContentVersion, StyleId } from '@/lib/cite/types';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';

// Pinned so the expected strings do not move with the content hash or the build's origin.
const VERSION: ContentVersion = { release: '2026.11.27', date: '2026-11-27', hash: '0123abcd' };
const ORIGIN = 'https://example.org';
const ACCESSED = '2026-11-28';

const report = getReport();
const figures = getFigures();
const data = (id: string) => citeData(report, figures, VERSION, id, ORIGIN);
const text = (id: string, style: StyleId, lang: 'zh' | 'en', accessed: string | null = ACCESSED) => citation(data(id), style, lang, accessed).text;

// The expected strings below are written from the style guides, element by element, not copied from output.
describe('GB/T 7714-2015 [EB/OL]', () => {
  it('cites the report, in Chinese and in English', () => {
    expect(text('report', 'gbt7714', 'zh')).toBe(
      '杭州市人民政府. 杭州市人民政府关于2020年法治政府建设情况的报告: 2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上[EB/OL]. 版本 2026.11.27+0123abcd. 2021(2026-11-27)[2026-11-28]. https://example.org/zh/.',
    );
    expect(text('report', 'gbt7714', 'en')).toBe(
      'Hangzhou Municipal People’s Government. 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020]: delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021[EB/OL]. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. 2021(2026-11-27)[2026-11-28]. https://example.org/en/.',
    );
  });

  it('cites a point with its printed position where the page number would go', () => {
    expect(text('ch1-6-p2', 'gbt7714', 'zh')).toBe(
      '杭州市人民政府. 杭州市人民政府关于2020年法治政府建设情况的报告: 2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上[EB/OL]. 版本 2026.11.27+0123abcd. 2021: 一（六）“二是”(2026-11-27)[2026-11-28]. https://example.org/zh/ch1-6/#ch1-6-p2.',
    );
    expect(text('ch1-6-p2', 'gbt7714', 'en')).toBe(
      'Hangzhou Municipal People’s Government. 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020]: delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021[EB/OL]. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. 2021: I(6), point 2(2026-11-27)[2026-11-28]. https://example.org/en/ch1-6/#ch1-6-p2.',
    );
  });

  it('cites a figure at the sentence that states it, linking to the quoted words', () => {
    expect(text('loss-rate', 'gbt7714', 'zh')).toBe(
      '杭州市人民政府. 杭州市人民政府关于2020年法治政府建设情况的报告: 2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上[EB/OL]. 版本 2026.11.27+0123abcd. 2021: 一（六）“二是”(2026-11-27)[2026-11-28]. https://example.org/zh/ch1-6/#fig-loss-rate.',
    );
    expect(text('loss-rate', 'gbt7714', 'en')).toBe(
      'Hangzhou Municipal People’s Government. 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020]: delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021[EB/OL]. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. 2021: I(6), point 2(2026-11-27)[2026-11-28]. https://example.org/en/ch1-6/#fig-loss-rate.',
    );
  });

  it('leaves an honest slot for the access date when it is not known', () => {
    expect(text('report', 'gbt7714', 'zh', null)).toContain('2021(2026-11-27)[请填写阅读日期]. https://example.org/zh/.');
    expect(text('report', 'gbt7714', 'en', null)).toContain('2021(2026-11-27)[add the date you read it]. https://example.org/en/.');
  });
});

describe('APA 7', () => {
  it('cites the report: group author, date, italic Chinese title, bracketed translation in sentence case, version, meeting, retrieval date', () => {
    expect(text('report', 'apa', 'en')).toBe(
      'Hangzhou Municipal People’s Government. (2021, April 26). 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020] (Version 2026.11.27+0123abcd; unofficial English translation, the Chinese text is authoritative). 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress, Hangzhou, China. Retrieved November 28, 2026, from https://example.org/en/',
    );
    expect(text('report', 'apa', 'zh')).toBe(
      '杭州市人民政府. (2021年4月26日). 杭州市人民政府关于2020年法治政府建设情况的报告 (版本 2026.11.27+0123abcd). 杭州市第十三届人民代表大会常务委员会第三十五次会议, 杭州. 检索于2026年11月28日, 自 https://example.org/zh/',
    );
    expect(citation(data('report'), 'apa', 'en', ACCESSED).html).toContain(
      '(2021, April 26). <i><span lang="zh-Hans">杭州市人民政府关于2020年法治政府建设情况的报告</span></i> [Report of',
    );
    expect(citation(data('report'), 'apa', 'zh', ACCESSED).html).toContain('(2021年4月26日). <i>杭州市人民政府关于2020年法治政府建设情况的报告</i> (版本');
  });

  it('cites a point: the reference links to it, the parenthetical citation gives its position', () => {
    expect(text('ch1-6-p2', 'apa', 'en')).toBe(
      'Hangzhou Municipal People’s Government. (2021, April 26). 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020] (Version 2026.11.27+0123abcd; unofficial English translation, the Chinese text is authoritative). 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress, Hangzhou, China. Retrieved November 28, 2026, from https://example.org/en/ch1-6/#ch1-6-p2',
    );
    expect(text('ch1-6-p2', 'apa', 'zh')).toBe(
      '杭州市人民政府. (2021年4月26日). 杭州市人民政府关于2020年法治政府建设情况的报告 (版本 2026.11.27+0123abcd). 杭州市第十三届人民代表大会常务委员会第三十五次会议, 杭州. 检索于2026年11月28日, 自 https://example.org/zh/ch1-6/#ch1-6-p2',
    );
    expect(text('ch1-6-p2', 'apa-in-text', 'en')).toBe('(Hangzhou Municipal People’s Government, 2021, I(6), point 2)');
    expect(text('ch1-6-p2', 'apa-in-text', 'zh')).toBe('(杭州市人民政府, 2021, 一（六）“二是”)');
    expect(text('report', 'apa-in-text', 'en')).toBe('(Hangzhou Municipal People’s Government, 2021)');
  });

  it('cites a figure like its point, linking to the quoted words', () => {
    expect(text('loss-rate', 'apa', 'en')).toMatch(/Retrieved November 28, 2026, from https:\/\/example\.org\/en\/ch1-6\/#fig-loss-rate$/);
    expect(text('loss-rate', 'apa-in-text', 'zh')).toBe('(杭州市人民政府, 2021, 一（六）“二是”)');
  });

  it('without an access date, asks for it', () => {
    expect(text('report', 'apa', 'en', null)).toMatch(/Retrieved \[add the date you read it\], from https:\/\/example\.org\/en\/$/);
    expect(text('report', 'apa', 'zh', null)).toMatch(/检索于\[请填写阅读日期\], 自 https:\/\/example\.org\/zh\/$/);
  });
});

describe('Chicago 17 notes-bibliography', () => {
  it('gives the note for a point, with its position, version, access date and link', () => {
    expect(text('ch1-6-p2', 'chicago-note', 'en')).toBe(
      'Hangzhou Municipal People’s Government, 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020], delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021, I(6), point 2, unofficial English translation (the Chinese text is authoritative), version 2026.11.27+0123abcd, accessed November 28, 2026, https://example.org/en/ch1-6/#ch1-6-p2.',
    );
    expect(text('ch1-6-p2', 'chicago-note', 'zh')).toBe(
      '杭州市人民政府：《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上），一（六）“二是”，版本 2026.11.27+0123abcd，https://example.org/zh/ch1-6/#ch1-6-p2，2026年11月28日访问。',
    );
  });

  it('gives the note for the report and for a figure', () => {
    expect(text('report', 'chicago-note', 'en')).toBe(
      'Hangzhou Municipal People’s Government, 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020], delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021, unofficial English translation (the Chinese text is authoritative), version 2026.11.27+0123abcd, accessed November 28, 2026, https://example.org/en/.',
    );
    expect(text('loss-rate', 'chicago-note', 'zh')).toBe(
      '杭州市人民政府：《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上），一（六）“二是”，版本 2026.11.27+0123abcd，https://example.org/zh/ch1-6/#fig-loss-rate，2026年11月28日访问。',
    );
  });

  it('gives the bibliography entry for the whole work, whatever is cited', () => {
    const en =
      'Hangzhou Municipal People’s Government. 杭州市人民政府关于2020年法治政府建设情况的报告 [Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020]. Delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. Accessed November 28, 2026. https://example.org/en/.';
    const zh =
      '杭州市人民政府：《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上），版本 2026.11.27+0123abcd，https://example.org/zh/，2026年11月28日访问。';
    for (const id of ['report', 'ch1-6-p2', 'loss-rate']) {
      expect(text(id, 'chicago-bibliography', 'en')).toBe(en);
      expect(text(id, 'chicago-bibliography', 'zh')).toBe(zh);
    }
    expect(citation(data('report'), 'chicago-bibliography', 'en', ACCESSED).html).toContain(
      'Government. <i><span lang="zh-Hans">杭州市人民政府关于2020年法治政府建设情况的报告</span></i> [Report',
    );
    expect(citation(data('report'), 'plain', 'en', ACCESSED).html).toContain(
      'Government, “<span lang="zh-Hans">杭州市人民政府关于2020年法治政府建设情况的报告</span>” [Report',
    );
  });
});

describe('plain text', () => {
  it('cites the report and a point', () => {
    expect(text('report', 'plain', 'zh')).toBe(
      '杭州市人民政府《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上）。版本 2026.11.27+0123abcd。https://example.org/zh/（2026年11月28日访问）',
    );
    expect(text('ch1-6-p2', 'plain', 'en')).toBe(
      'Hangzhou Municipal People’s Government, “杭州市人民政府关于2020年法治政府建设情况的报告” [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020], delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021, I(6), point 2. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. https://example.org/en/ch1-6/#ch1-6-p2 (accessed November 28, 2026)',
    );
    expect(text('ch1-6-p2', 'plain', 'zh', null)).toBe(
      '杭州市人民政府《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上）一（六）“二是”。版本 2026.11.27+0123abcd。https://example.org/zh/ch1-6/#ch1-6-p2（[请填写阅读日期]访问）',
    );
  });

  it('states a figure, its period and value, before its source', () => {
    expect(text('loss-rate', 'plain', 'zh')).toBe(
      '行政诉讼败诉率（2020年）：9.8%。来源：杭州市人民政府《杭州市人民政府关于2020年法治政府建设情况的报告》（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上）一（六）“二是”。版本 2026.11.27+0123abcd。https://example.org/zh/ch1-6/#fig-loss-rate（2026年11月28日访问）',
    );
    expect(text('loss-rate', 'plain', 'en')).toBe(
      'Loss rate in administrative litigation, 2020: 9.8%. Source: Hangzhou Municipal People’s Government, “杭州市人民政府关于2020年法治政府建设情况的报告” [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020], delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021, I(6), point 2. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. https://example.org/en/ch1-6/#fig-loss-rate (accessed November 28, 2026)',
    );
  });

  it('says a derived figure is ours, and links to its row on the figures page', () => {
    expect(text('reconsideration-cases-2019', 'plain', 'en')).toBe(
      'Administrative reconsideration cases received, 2019 (derived): ≈3,938, computed by this site from figures the report states. Source: Hangzhou Municipal People’s Government, “杭州市人民政府关于2020年法治政府建设情况的报告” [Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020], delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021, I(6), point 2. Unofficial English translation; the Chinese text is authoritative. Version 2026.11.27+0123abcd. https://example.org/en/figures/#reconsideration-cases-2019 (accessed November 28, 2026)',
    );
    expect(text('reconsideration-cases-2019', 'plain', 'zh')).toMatch(
      /^全市两级行政复议局收到的行政复议案件（2019年，推算）：≈3,938，本站据报告所列数字推算。来源：杭州市人民政府/,
    );
  });

  it('follows a copied quote with a short citation and the link', () => {
    expect(quoteCitation(data('ch1-6-p2'), 'zh', '败诉率9.8%')).toBe(
      '“败诉率9.8%”——杭州市人民政府《杭州市人民政府关于2020年法治政府建设情况的报告》一（六）“二是”，https://example.org/zh/ch1-6/#ch1-6-p2',
    );
    expect(quoteCitation(data('ch1-6-p2'), 'en', 'the loss rate was 9.8%')).toBe(
      '“the loss rate was 9.8%” — Hangzhou Municipal People’s Government, Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020, I(6), point 2 (unofficial translation; the Chinese text is authoritative), https://example.org/en/ch1-6/#ch1-6-p2',
    );
  });
});

describe('reference-manager exports', () => {
  it('BibTeX for the report in English keeps the Chinese title and the translation as titleaddon', () => {
    expect(citationExport(data('report'), 'bibtex', 'en', ACCESSED).text).toBe(
      [
        '@techreport{hangzhou2021,',
        '  author      = {{Hangzhou Municipal People’s Government}},',
        '  title       = {杭州市人民政府关于2020年法治政府建设情况的报告},',
        '  titleaddon  = {[Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020]},',
        '  type        = {Delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021},',
        '  institution = {{Hangzhou Municipal People’s Government}},',
        '  address     = {Hangzhou, China},',
        '  date        = {2021-04-26},',
        '  year        = {2021},',
        '  month       = {4},',
        '  version     = {2026.11.27+0123abcd},',
        '  note        = {Unofficial English translation; the Chinese text is authoritative.},',
        '  url         = {https://example.org/en/},',
        '  urldate     = {2026-11-28},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('BibTeX for a point in Chinese carries its position as the note, and no urldate without an access date', () => {
    const bib = citationExport(data('ch1-6-p2'), 'bibtex', 'zh', null).text;
    expect(bib).toMatch(/^@techreport\{hangzhou2021-ch1-6-p2,\n/);
    expect(bib).toContain('  note        = {一（六）“二是”},\n  url         = {https://example.org/zh/ch1-6/#ch1-6-p2},\n}\n');
    expect(bib).not.toContain('urldate');
  });

  it('RIS for a point in English: a report, with section, edition (version), access date and the note', () => {
    expect(citationExport(data('ch1-6-p2'), 'ris', 'en', ACCESSED).text).toBe(
      [
        'TY  - RPRT',
        'AU  - Hangzhou Municipal People’s Government',
        'TI  - 杭州市人民政府关于2020年法治政府建设情况的报告',
        'TT  - Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020',
        'M3  - Delivered at the 35th Meeting of the Standing Committee of the 13th Hangzhou Municipal People’s Congress on April 26, 2021',
        'PY  - 2021',
        'DA  - 2021/04/26',
        'CY  - Hangzhou, China',
        'PB  - Hangzhou Municipal People’s Government',
        'ET  - 2026.11.27+0123abcd',
        'SE  - I(6), point 2',
        'UR  - https://example.org/en/ch1-6/#ch1-6-p2',
        'Y2  - 2026/11/28',
        'LA  - zh-Hans',
        'N1  - Unofficial English translation; the Chinese text is authoritative.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('CSL-JSON for the report in Chinese is one report item with dates as date-parts', () => {
    expect(JSON.parse(citationExport(data('report'), 'csl-json', 'zh', ACCESSED).text)).toEqual([
      {
        id: 'hangzhou2021',
        type: 'report',
        title: '杭州市人民政府关于2020年法治政府建设情况的报告',
        author: [{ literal: '杭州市人民政府' }],
        publisher: '杭州市人民政府',
        'publisher-place': '杭州',
        'event-title': '杭州市第十三届人民代表大会常务委员会第三十五次会议',
        'event-place': '杭州',
        issued: { 'date-parts': [[2021, 4, 26]] },
        accessed: { 'date-parts': [[2026, 11, 28]] },
        version: '2026.11.27+0123abcd',
        URL: 'https://example.org/zh/',
        language: 'zh-Hans',
      },
    ]);
    expect(citationExport(data('report'), 'csl-json', 'zh', ACCESSED).text).toContain('"issued": {\n      "date-parts": [[2021, 4, 26]]\n    },');
    const en = JSON.parse(citationExport(data('loss-rate'), 'csl-json', 'en', null).text)[0];
    expect(en).toMatchObject({ id: 'hangzhou2021-loss-rate', section: 'I(6), point 2', URL: 'https://example.org/en/ch1-6/#fig-loss-rate' });
    expect(en.note).toBe(
      'English title: Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020. Unofficial English translation; the Chinese text is authoritative.',
    );
    expect(en).not.toHaveProperty('accessed');
  });

  it('escapes BibTeX special characters outside the url', () => {
    const odd = data('report');
    odd.work = { ...odd.work, issuer: { zh: '甲 & 乙', en: '50% {A}_B #1' } };
    const bib = citationExport(odd, 'bibtex', 'en', null).text;
    expect(bib).toContain('author      = {{50\\% \\{A\\}\\_B \\#1}},');
  });
});

describe('what citations are made of', () => {
  it('puts only the proper names of a translated title in capitals', () => {
    expect(
      sentenceCase('Report of the Hangzhou Municipal People’s Government on the Building of a Law-Based Government in 2020', [
        'Hangzhou Municipal People’s Government',
      ]),
    ).toBe('Report of the Hangzhou Municipal People’s Government on the building of a law-based government in 2020');
    expect(sentenceCase('Notes on the CPC Central Committee', ['Central Committee'])).toBe('Notes on the CPC Central Committee');
  });

  it('writes dates out the same way in Node and every browser', () => {
    expect(longDate('2021-04-26', 'zh')).toBe('2021年4月26日');
    expect(longDate('2026-01-05', 'en')).toBe('January 5, 2026');
    expect(() => longDate('26/04/2021', 'en')).toThrow('"26/04/2021" is not an ISO date');
    expect(today(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(accessedSlot('en', 'framed')).toBe('[add the date you read it]');
    expect(period('cumulative to 2020', 'zh')).toBe('截至2020年累计');
    expect(period('2020', 'en')).toBe('2020');
  });

  it('lists every citable id once: the report, each point, each figure', () => {
    const ids = citeIds(report, figures);
    expect(ids[0]).toBe('report');
    expect(ids).toContain('ch1-6-p2');
    expect(ids).toContain('loss-rate');
    expect(ids).toContain('reconsideration-cases-2019');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(1 + report.sections.flatMap((s) => s.points).length + figures.metrics.length);
  });

  it('escapes HTML in the rich form and keeps the plain form as typed', () => {
    expect(rich(['a < b & c ', { text: '"标题"', italic: true, lang: 'zh-Hans' }])).toEqual({
      text: 'a < b & c "标题"',
      html: 'a &lt; b &amp; c <i><span lang="zh-Hans">&quot;标题&quot;</span></i>',
    });
  });

  it('has the same interface text keys in both languages, none empty', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [`${prefix.slice(0, -1)}${value === '' ? ' (empty)' : ''}`];
    expect(keys(citeDictionary('en'))).toEqual(keys(citeDictionary('zh')));
    expect(keys(citeDictionary('zh')).filter((k) => k.endsWith('(empty)'))).toEqual([]);
    expect(fill(citeDictionary('en').copied, { style: 'RIS' })).toBe('Copied: RIS');
  });

  it('refuses an id it cannot cite', () => {
    expect(() => data('no-such-point')).toThrow('nothing to cite with the id "no-such-point"');
  });
});
