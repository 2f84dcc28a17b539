import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/content/load';
import { reportJson } from '@/lib/site/report-json';

const report = getReport();
const json = reportJson(report);

describe('/data/report.json', () => {
  it('carries the title, issuer and the meeting line exactly as printed', () => {
    expect(json.title.zh).toBe('杭州市人民政府关于2020年法治政府建设情况的报告');
    expect(json.issuer).toEqual({ zh: '杭州市人民政府', en: 'Hangzhou Municipal People’s Government' });
    expect(json.delivered.date).toBe('2021-04-26');
    expect(json.delivered.zh).toBe('（2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上）');
    expect(json.source_url).toMatch(/^https:\/\//);
  });

  it('lists every section and point in document order, with both languages and urls', () => {
    expect(json.sections.map((s) => s.id)).toEqual(report.sections.map((s) => s.id));
    for (const section of json.sections) {
      expect([1, 2]).toContain(section.level);
      expect(section.url.zh.startsWith('/zh/')).toBe(true);
      expect(section.url.en).toBe(section.url.zh.replace(/^\/zh/, '/en'));
      for (const point of section.points) {
        expect(point.zh).not.toBe('');
        expect(point.en).not.toBe('');
        expect(point.url.zh).toMatch(new RegExp(`^/zh/[a-z0-9-]+/#${point.id}$`));
        expect(point.url.en).toMatch(new RegExp(`^/en/[a-z0-9-]+/#${point.id}$`));
      }
    }
  });

  it('keeps the salutation, opening paragraph and closing line as points of their own sections', () => {
    const opening = json.sections[0];
    expect(opening).toMatchObject({ id: 'opening', heading: null, level: 1 });
    expect(opening.points.map((p) => p.zh)).toEqual(['主任、副主任、秘书长、各位委员：', expect.stringMatching(/^2020年，在市委的坚强领导/)]);
    expect(json.sections.at(-1)!.points).toEqual([
      expect.objectContaining({ id: 'closing-p1', zh: '以上报告，请予审议。', url: { zh: '/zh/ch3-4/#closing-p1', en: '/en/ch3-4/#closing-p1' } }),
    ]);
  });
});
