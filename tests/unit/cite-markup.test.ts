import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CiteFormats } from '@/components/cite/CiteFormats';
import { CiteLink } from '@/components/cite/CiteLink';
import { citeData } from '@/lib/cite/source';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';

const VERSION = { release: '2026.11.27', date: '2026-11-27', hash: '0123abcd' };

describe('the cite trigger', () => {
  it('is a real link to the cite page that the cite island takes over on click', () => {
    expect(renderToStaticMarkup(createElement(CiteLink, { lang: 'zh', id: 'ch1-6-p2', kind: 'point', label: '一（六）“二是”', className: 'c' }))).toBe(
      '<a href="/zh/cite/ch1-6-p2/" class="c" data-island="cite" data-island-on="click" data-cite-src="/data/cite/ch1-6-p2.json" data-lang="zh" aria-label="引用这一段：一（六）“二是”">引用</a>',
    );
    expect(renderToStaticMarkup(createElement(CiteLink, { lang: 'en', id: 'report', kind: 'report', className: 'c' }))).toContain(
      'aria-label="Cite this report">Cite</a>',
    );
  });
});

describe('the cite page body', () => {
  const data = citeData(getReport(), getFigures(), VERSION, 'ch1-6-p2', 'https://example.org');
  const html = renderToStaticMarkup(createElement(CiteFormats, { data, lang: 'en' }));

  it('shows every format as text, with a slot for the access date and no made-up date', () => {
    for (const style of ['gbt7714', 'apa', 'apa-in-text', 'chicago-note', 'chicago-bibliography', 'plain']) expect(html).toContain(`data-style="${style}"`);
    for (const format of ['bibtex', 'ris', 'csl-json']) expect(html).toContain(`data-export="${format}"`);
    expect(html).toContain('Retrieved [add the date you read it], from https://example.org/en/ch1-6/#ch1-6-p2');
    expect(html).not.toContain('urldate');
    expect(html).toContain('<i><span lang="zh-Hans">杭州市人民政府关于2020年法治政府建设情况的报告</span></i>');
  });

  it('shows the quoted sentence in both languages', () => {
    expect(html).toMatch(/<blockquote [^>]*lang="zh-Hans"[^>]*>二是深化/);
    expect(html).toMatch(/<blockquote [^>]*lang="en"[^>]*>Second, we deepened/);
  });

  it('hands the island its data as non-executable JSON that cannot close its script element', () => {
    const json = /<script type="application\/json" data-island-props="">(.*?)<\/script>/s.exec(html)![1];
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
    expect(html).toContain('data-island="cite-page" data-island-on="visible" data-lang="en"');
  });
});
