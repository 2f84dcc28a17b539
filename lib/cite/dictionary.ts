import type { ExportId, Lang, StyleId } from './types';

/**
 * The interface text of citing and of the changelog, one typed dictionary per language. Kept apart
 * from lib/site/dictionaries.ts because the cite island imports it in the browser: it must stay small.
 */
export interface CiteDictionary {
  /** The trigger's visible word, and its accessible names per kind. */
  cite: string;
  citeReport: string;
  citePoint: string;
  citeFigure: string;
  /** Page and dialog titles; {what} is the report's title, the point's label or the figure's label. */
  citeTitle: string;
  pageDescription: string;
  styles: Record<StyleId, string>;
  /** One line under a style's name: when to use it. */
  styleHints: Record<StyleId, string>;
  exports: Record<ExportId, string>;
  exportsHeading: string;
  exportsHint: string;
  stylesHeading: string;
  quoteHeading: string;
  quoteLang: Record<Lang, string>;
  figureHeading: string;
  /** {date} is today, written out. */
  accessedToday: string;
  accessedUnknown: string;
  version: string;
  copy: string;
  /** {style} is the style's name. */
  copied: string;
  copyFailed: string;
  download: string;
  close: string;
  copyWithCitation: string;
  quoteCopied: string;
  /** "Copy with citation" when the citation's data cannot load. */
  citationFailed: string;
  fullPage: string;
  changelog: {
    title: string;
    description: string;
    intro: string;
    current: string;
    release: string;
    corrections: string;
    noCorrections: string;
    /** {lang} names the language corrected. */
    correctionOf: string;
    langName: Record<Lang, string>;
    ids: string;
  };
}

const zh: CiteDictionary = {
  cite: '引用',
  citeReport: '引用本报告',
  citePoint: '引用这一段',
  citeFigure: '引用这个数字',
  citeTitle: '引用：{what}',
  pageDescription: '以 GB/T 7714-2015、APA 第7版、芝加哥格式和纯文本引用，并可导出 BibTeX、RIS 和 CSL-JSON。',
  styles: {
    gbt7714: 'GB/T 7714-2015',
    apa: 'APA 第7版（参考文献）',
    'apa-in-text': 'APA 第7版（文中引注）',
    'chicago-note': '芝加哥格式第17版（注释）',
    'chicago-bibliography': '芝加哥格式第17版（参考书目）',
    plain: '纯文本',
  },
  styleHints: {
    gbt7714: '中文学术期刊、学位论文通用的国家标准格式。',
    apa: '社会科学常用；列在文末参考文献中。',
    'apa-in-text': '放在正文引用处，与上面的参考文献配合使用。',
    'chicago-note': '历史、法学等领域常用的脚注或尾注。',
    'chicago-bibliography': '与注释配合，列在文末参考书目中。',
    plain: '适合新闻报道、邮件和社交媒体。',
  },
  exports: { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' },
  exportsHeading: '导入文献管理软件',
  exportsHint: 'Zotero、EndNote、Mendeley 等可导入 RIS；LaTeX 用 BibTeX；CSL-JSON 供 Pandoc 和 citeproc 使用。',
  stylesHeading: '引用格式',
  quoteHeading: '所引原文',
  quoteLang: { zh: '中文（权威文本）', en: '英文（本站非官方译文）' },
  figureHeading: '所引数字',
  accessedToday: '访问日期为今天（{date}，按您所在时区）。',
  accessedUnknown: '访问日期：请在标注处填写您阅读本文的日期。',
  version: '内容版本',
  copy: '复制',
  copied: '已复制：{style}',
  copyFailed: '无法自动复制，请选中文字后手动复制。',
  download: '下载',
  close: '关闭',
  copyWithCitation: '复制并附出处',
  quoteCopied: '已复制所选文字及出处。',
  citationFailed: '出处信息未能载入，未能复制。请选中文字后手动复制。',
  fullPage: '在单独页面查看所有格式',
  changelog: {
    title: '更新记录',
    description: '本站内容的各个版本，以及对英文译文所作的每一处更正。',
    intro:
      '每次发布以日期命名；版本号后的哈希值由全部内容文件计算得出，内容有任何改动都会变化。引用时请注明版本。中文原文不作改动，更正只涉及本站的英文译文和整理。',
    current: '本站当前版本：{version}',
    release: '版本',
    corrections: '更正',
    noCorrections: '本版无更正。',
    correctionOf: '{lang}更正',
    langName: { zh: '中文', en: '英文译文' },
    ids: '涉及',
  },
};

const en: CiteDictionary = {
  cite: 'Cite',
  citeReport: 'Cite this report',
  citePoint: 'Cite this point',
  citeFigure: 'Cite this figure',
  citeTitle: 'Cite: {what}',
  pageDescription: 'Cite it in GB/T 7714-2015, APA 7, Chicago or plain text, and export BibTeX, RIS and CSL-JSON.',
  styles: {
    gbt7714: 'GB/T 7714-2015',
    apa: 'APA 7 (reference)',
    'apa-in-text': 'APA 7 (in-text citation)',
    'chicago-note': 'Chicago 17 (note)',
    'chicago-bibliography': 'Chicago 17 (bibliography)',
    plain: 'Plain text',
  },
  styleHints: {
    gbt7714: 'The Chinese national standard, used by Chinese journals and theses.',
    apa: 'Common in the social sciences; goes in the reference list.',
    'apa-in-text': 'Goes in your text where you cite, with the reference above.',
    'chicago-note': 'A footnote or endnote, common in history and law.',
    'chicago-bibliography': 'Goes in the bibliography, with the note.',
    plain: 'For news stories, emails and social media.',
  },
  exports: { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' },
  exportsHeading: 'For reference managers',
  exportsHint: 'Zotero, EndNote and Mendeley import RIS; LaTeX uses BibTeX; CSL-JSON is for Pandoc and citeproc.',
  stylesHeading: 'Citation styles',
  quoteHeading: 'The quoted words',
  quoteLang: { zh: 'Chinese (authoritative)', en: 'English (our unofficial translation)' },
  figureHeading: 'The figure',
  accessedToday: 'The access date is today ({date}, in your time zone).',
  accessedUnknown: 'Access date: fill in the day you read the text where the citation asks for it.',
  version: 'Content version',
  copy: 'Copy',
  copied: 'Copied: {style}',
  copyFailed: 'Could not copy automatically: select the text and copy it.',
  download: 'Download',
  close: 'Close',
  copyWithCitation: 'Copy with citation',
  quoteCopied: 'Copied the selected words with their source.',
  citationFailed: 'The citation could not be loaded, so nothing was copied: select the text and copy it.',
  fullPage: 'See every format on its own page',
  changelog: {
    title: 'Changelog',
    description: 'Every version of this site’s content, and every correction made to the English translation.',
    intro:
      'Each release is named by its date; the hash after it is computed from every content file and changes with any change to the content. Cite the version you read. The Chinese text is never changed: corrections concern our English translation and our structuring of the text.',
    current: 'The version this site shows now: {version}',
    release: 'Release',
    corrections: 'Corrections',
    noCorrections: 'No corrections in this release.',
    correctionOf: '{lang} corrected',
    langName: { zh: 'Chinese', en: 'English translation' },
    ids: 'Affects',
  },
};

const DICTIONARIES: Record<Lang, CiteDictionary> = { zh, en };

export const citeDictionary = (lang: Lang): CiteDictionary => DICTIONARIES[lang];

/** Fills {name} slots: fill('Copied: {style}', { style: 'APA 7' }). */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
