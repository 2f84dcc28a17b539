import type { Lang } from '../content/types';

/** Every piece of interface text; one dictionary per language, both typed by this interface. */
export interface Dictionary {
  siteName: string;
  siteNameShort: string;
  skipToContent: string;
  contents: string;
  home: string;
  fullReport: string;
  fullReportLong: string;
  about: string;
  previous: string;
  next: string;
  breadcrumbs: string;
  pagination: string;
  languageSwitch: string;
  languageShort: string;
  permalink: string;
  point: string;
  paragraph: string;
  introduction: string;
  /** Names for the sections the report prints without a heading. */
  unheaded: Record<string, string>;
  authoritativeNote: string;
  deliveredOn: string;
  issuedBy: string;
  meeting: string;
  homeIntroTitle: string;
  homeIntro: string[];
  dataLink: string;
  notFoundTitle: string;
  footerSource: string;
  footerData: string;
  homeDescription: string;
  aboutDescription: string;
  fullDescription: string;
  chooseLanguage: string;
  startReading: string;
  readInThisLanguage: string;
}

const zh: Dictionary = {
  siteName: '杭州市2020年法治政府建设情况报告',
  siteNameShort: '杭州法治政府报告 2020',
  skipToContent: '跳到正文',
  contents: '目录',
  home: '首页',
  fullReport: '全文',
  fullReportLong: '阅读报告全文',
  about: '关于本站',
  previous: '上一节',
  next: '下一节',
  breadcrumbs: '当前位置',
  pagination: '上一节和下一节',
  languageSwitch: 'Read in English',
  languageShort: 'English',
  permalink: '本段链接',
  point: '要点',
  paragraph: '段',
  introduction: '导语',
  unheaded: { opening: '开篇', closing: '结束语' },
  authoritativeNote: '本站中文文本与报告原文一致；英文为本站自译，非官方译本。',
  deliveredOn: '报告日期',
  issuedBy: '报告单位',
  meeting: '会议',
  homeIntroTitle: '这是什么',
  homeIntro: [
    '这是杭州市人民政府向市人大常委会所作的年度法治政府建设情况报告，回顾2020年的主要举措和成效，坦陈存在的问题，并提出2021年的工作安排。',
    '报告按原文结构分为开篇、三个部分和若干小节；每一段、每一项要点（“一是”“二是”……）都有固定链接，可直接引用和分享。',
  ],
  dataLink: '下载结构化数据（JSON）',
  notFoundTitle: '页面不存在',
  footerSource: '原文来源',
  footerData: '数据',
  homeDescription: '杭州市人民政府向市人大常委会所作的2020年法治政府建设情况报告：中英文对照阅读，每段都有固定链接。',
  aboutDescription: '原文来源、本站补充的内容（标题、全角标点）、英文译文说明，以及编号和链接的规则。',
  fullDescription: '《杭州市人民政府关于2020年法治政府建设情况的报告》全文，便于通读和打印。',
  chooseLanguage: '选择语言',
  startReading: '从头阅读',
  readInThisLanguage: '阅读中文版 →',
};

const en: Dictionary = {
  siteName: 'Hangzhou’s 2020 Report on Building a Law-Based Government',
  siteNameShort: 'Hangzhou Law-Based Government Report 2020',
  skipToContent: 'Skip to main text',
  contents: 'Contents',
  home: 'Home',
  fullReport: 'Full text',
  fullReportLong: 'Read the full report',
  about: 'About this site',
  previous: 'Previous',
  next: 'Next',
  breadcrumbs: 'You are here',
  pagination: 'Previous and next section',
  languageSwitch: '阅读中文版',
  languageShort: '中文',
  permalink: 'Link to',
  point: 'point',
  paragraph: 'paragraph',
  introduction: 'introduction',
  unheaded: { opening: 'Opening', closing: 'Closing' },
  authoritativeNote: 'The Chinese text is authoritative. This English translation is our own and unofficial.',
  deliveredOn: 'Delivered',
  issuedBy: 'Issued by',
  meeting: 'Meeting',
  homeIntroTitle: 'What this is',
  homeIntro: [
    'Every year the Hangzhou Municipal People’s Government reports to the Standing Committee of the Municipal People’s Congress on how it is building a “law-based government”: one that acts within the law, under oversight. This report reviews the main measures and results of 2020, admits the problems that remain, and sets out the plans for 2021.',
    'It follows the structure of the original: an opening, three chapters and their sub-sections. Every paragraph and every enumerated point (“First, …”, “Second, …”) has a permanent link you can cite and share.',
  ],
  dataLink: 'Download the structured text (JSON)',
  notFoundTitle: 'Page not found',
  footerSource: 'Source of the original',
  footerData: 'Data',
  homeDescription: 'The Hangzhou Municipal People’s Government’s 2020 report on building a law-based government, in Chinese and English, with a permanent link to every paragraph.',
  aboutDescription: 'Where the text comes from, what we supplied (title, full-width punctuation), notes on the translation, and how ids and links work.',
  fullDescription: 'The full text of the Hangzhou Municipal People’s Government’s report on building a law-based government in 2020, for reading through and printing.',
  chooseLanguage: 'Choose a language',
  startReading: 'Start reading',
  readInThisLanguage: 'Read in English →',
};

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
