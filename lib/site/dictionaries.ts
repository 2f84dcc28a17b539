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
  homeIntroTitle: string;
  homeIntro: string[];
  dataLink: string;
  notFoundTitle: string;
  /** The page of every other error the server answers (a malformed or over-long address, a method other than GET). */
  requestErrorTitle: string;
  requestErrorText: string;
  footerSource: string;
  /** Printed only: the list of each point's link at the end of a page, and the line naming the page. */
  print: { links: string; from: string };
  homeDescription: string;
  aboutDescription: string;
  accessibility: string;
  accessibilityDescription: string;
  fullDescription: string;
  chooseLanguage: string;
  startReading: string;
  readInThisLanguage: string;
  figures: FiguresDictionary;
  glossary: {
    pageTitle: string;
    pageDescription: string;
    intro: string;
    more: string;
    close: string;
    rendering: string;
    variants: string;
    source: string;
    status: Record<'attested' | 'partial' | 'not-found', string>;
    firstMet: string;
  };
  parallel: {
    mode: string;
    zh: string;
    parallel: string;
    en: string;
    /** A point's link to itself in the parallel view; {label} is the point's printed label. */
    pointLink: string;
    toZh: string;
    toEn: string;
    titleSuffix: string;
    full: string;
    description: string;
  };
  plans: {
    pageTitle: string;
    pageDescription: string;
    intro: string;
    problem: string;
    answers: string;
    gap: string;
    seeMapping: string;
  };
  translationNotes: string;
  translationDescription: string;
  reading: {
    settings: string;
    textSize: string;
    sizes: string[];
    close: string;
  };
  search: SearchDictionary;
  corroboration: CorroborationDictionary;
  listen: ListenDictionary;
  /** The QR code at the end of a page: what it is for, and the prefix of its accessible name. */
  qr: { caption: string; name: string };
}

/** Interface text of the "Other official sources" block. {name} slots are filled in. */
export interface CorroborationDictionary {
  title: string;
  intro: string;
  /** A link to the source: the document's name follows, then this. */
  inChinese: string;
  ours: string;
  result: string;
  agrees: string;
  /** {n} the difference with its unit, {higher} whether ours is higher or lower. */
  differsBy: string;
  higher: string;
  lower: string;
  /** {direction}: a fall or a rise. */
  agreesDirection: string;
  disagreesDirection: string;
  fall: string;
  rise: string;
  /** {ours} {range} {theirs} {base} {change} {implied}. */
  notRounding: string;
  notRoundingImplied: string;
  also: string;
  basis: string;
  /** {date}. */
  verified: string;
}

/** Interface text of read aloud (the read-aloud island). {label} is filled in with a point's printed label or a heading. */
export interface ListenDictionary {
  start: string;
  controls: string;
  pause: string;
  resume: string;
  stop: string;
  previous: string;
  next: string;
  speed: string;
  fromHere: string;
  reading: string;
  paused: string;
  resumed: string;
  stopped: string;
  finished: string;
  failed: string;
}

/** Interface text of search: the header box, its popup and the results page. {n} and {q} are filled in. */
export interface SearchDictionary {
  label: string;
  placeholder: string;
  submit: string;
  pageTitle: string;
  pageDescription: string;
  results: string;
  /** Intl.PluralRules categories of the reader's language: "12 results" / "12 条结果". */
  count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  resultsFor: string;
  noResults: string;
  allResults: string;
  prompt: string;
  loading: string;
  /** Beside the header box when its results cannot load (its code or the search data): Enter still works. */
  unavailable: string;
  /** On the results page when search cannot load: what a reader without JavaScript is offered. */
  unavailablePage: string;
  /** What a result is, when it is not a point of the text. */
  kinds: Record<'section' | 'figure' | 'term', string>;
  /** Names of the languages, for a result in the other one. */
  languages: Record<Lang, string>;
  noScript: string;
}

/** Interface text of the figures: charts, tables, the figures page. */
export interface FiguresDictionary {
  pageTitle: string;
  pageDescription: string;
  intro: string;
  dataTable: string;
  category: string;
  stated: string;
  derived: string;
  derivedTag: string;
  statedTag: string;
  legendStated: string;
  legendDerived: string;
  source: string;
  sources: string;
  downloads: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  /** Before the content version on a chart's downloaded picture. */
  fileVersion: string;
  checks: string;
  checkOk: string;
  checkFailed: string;
  computed: string;
  formula: string;
  interval: string;
  columns: { label: string; value: string; period: string; topic: string; kind: string; source: string };
  filterTopic: string;
  allTopics: string;
  search: string;
  searchPlaceholder: string;
  /** {shown} and {total} are filled in. */
  shown: string;
  noMatch: string;
  /** Above the table when its search, filter and sort cannot load. */
  unavailable: string;
  /** A stated figure's link to its own page (with its share card). */
  share: string;
  allData: string;
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
  print: { links: '各段链接', from: '本页网址' },
  homeIntroTitle: '这是什么',
  homeIntro: [
    '这是杭州市人民政府向市人大常委会所作的年度法治政府建设情况报告，回顾2020年的主要举措和成效，坦陈存在的问题，并提出2021年的工作安排。',
    '报告按原文结构分为开篇、三个部分和若干小节；每一段、每一项要点（“一是”“二是”……）都有固定链接，可直接引用和分享。',
  ],
  dataLink: '下载结构化数据（JSON）',
  notFoundTitle: '页面不存在',
  requestErrorTitle: '无法处理这个请求',
  requestErrorText: '网址可能过长或有误。请从下面选择语言，重新进入报告。',
  footerSource: '原文来源',
  homeDescription: '杭州市人民政府向市人大常委会所作的2020年法治政府建设情况报告：中英文对照阅读，每段都有固定链接。',
  aboutDescription: '原文来源、本站补充的内容（标题、全角标点）、英文译文说明，以及编号和链接的规则。',
  accessibility: '无障碍说明',
  accessibilityDescription: '本站的无障碍测试：每个页面在两种宽度下的自动检查、只用键盘的测试、不运行 JavaScript 时的使用，以及已知不足。',
  fullDescription: '《杭州市人民政府关于2020年法治政府建设情况的报告》全文，便于通读和打印。',
  chooseLanguage: '选择语言',
  startReading: '从头阅读',
  readInThisLanguage: '阅读中文版 →',
  figures: {
    pageTitle: '报告中的数据',
    pageDescription: '报告中出现的每一个数字：数值、出处原文和链接，以及由同比变化推算的2019年数值。',
    intro:
      '报告中出现的每一个数字都列在这里，并附有出处原文。标为“推算”的数值是报告未直接给出、由本站根据同比变化计算的2019年数值，附有计算公式和因四舍五入而产生的取值区间。',
    dataTable: '数据表',
    category: '项目',
    stated: '报告数值',
    derived: '推算',
    derivedTag: '（推算）',
    statedTag: '（报告数值）',
    legendStated: '报告所述数值',
    legendDerived: '由同比变化推算的数值',
    source: '出处',
    sources: '出处',
    downloads: '下载',
    downloadCsv: 'CSV 数据',
    downloadSvg: 'SVG 图片',
    downloadPng: 'PNG 图片',
    fileVersion: '版本',
    checks: '核对报告中的计算',
    checkOk: '一致',
    checkFailed: '不一致',
    computed: '计算结果',
    formula: '公式',
    interval: '区间',
    columns: { label: '指标', value: '数值', period: '时期', topic: '主题', kind: '类型', source: '出处' },
    filterTopic: '按主题筛选',
    allTopics: '全部主题',
    search: '搜索数据',
    searchPlaceholder: '例如：复议、败诉率、{number}',
    shown: '显示 {shown} / {total} 项',
    noMatch: '没有符合条件的数据。',
    unavailable: '搜索、筛选和排序功能未能载入；下表列出了全部数据。',
    share: '分享',
    allData: '全部数据下载：',
  },
  glossary: {
    pageTitle: '术语表',
    pageDescription: '报告中的口号、专项行动、机构和统计术语：中文、拼音、本站英文译法和通俗解释。',
    intro:
      '报告里有不少口号、专项行动名称、机构名称和统计术语，初读者未必熟悉。这里逐一给出中文、拼音、本站英文译法和一两句通俗解释。正文中每一节第一次出现的术语带有下划虚线，点击即可查看解释。',
    more: '查看术语表',
    close: '关闭',
    rendering: '英文译法',
    variants: '其他写法',
    source: '译法出处',
    status: { attested: '有公开英文用例', partial: '有相近用例', 'not-found': '未见公开英文用例，本站译法' },
    firstMet: '首次出现',
  },
  parallel: {
    mode: '阅读方式',
    zh: '中文',
    parallel: '中英对照',
    en: 'English',
    pointLink: '中英对照阅读{label}',
    toZh: '中文',
    toEn: 'English',
    titleSuffix: '中英对照',
    full: '全文中英对照',
    description: '中文原文与英文译文逐段对照。',
  },
  plans: {
    pageTitle: '问题与计划对照',
    pageDescription: '报告第二部分承认的{count}个问题，与第三部分中回应这些问题的工作安排逐条对照。',
    intro:
      '报告第二部分列出了{count}个问题，第三部分提出了2021年的工作安排。下表把每个问题与我们认为回应了它的计划并列，并引用原文。这是本站的解读，不是报告本身的内容；“尚未回应”一栏指出我们没有在计划中找到对应措施的方面。',
    problem: '问题',
    answers: '回应的计划',
    gap: '尚未回应（本站解读）',
    seeMapping: '查看问题与计划对照（本站解读）',
  },
  translationNotes: '翻译说明',
  translationDescription: '英文译文是怎样完成的、重要译法的选择，以及“以中文为准”对读者意味着什么。',
  reading: {
    settings: '阅读设置',
    textSize: '字号',
    sizes: ['标准', '大', '更大', '特大'],
    close: '关闭',
  },
  search: {
    label: '搜索报告',
    placeholder: '搜索',
    submit: '搜索',
    pageTitle: '搜索',
    pageDescription: '在报告中英文全文、数字和术语表中查找词语和数字。',
    results: '搜索结果',
    count: { other: '{n} 条结果' },
    resultsFor: '“{q}”的搜索结果',
    noResults: '没有找到“{q}”。',
    allResults: '查看全部 {n} 条结果',
    prompt: '输入要查找的词语或数字。中文按原文连续字词查找（输入“复议”，找到含有“复议”的段落）；英文会找到同一个词的各种形式；数字带不带千位分隔符均可。',
    loading: '正在载入搜索……',
    unavailable: '即时搜索未能载入。按回车键，在搜索结果页查找。',
    unavailablePage: '搜索功能未能载入。可以打开报告全文，用浏览器的“查找”功能查找。',
    kinds: { section: '标题', figure: '数字', term: '术语' },
    languages: { zh: '中文', en: '英文' },
    noScript: '搜索需要启用 JavaScript。也可以打开报告全文，用浏览器的“查找”功能查找。',
  },
  corroboration: {
    title: '其他官方来源',
    intro: '另一份官方报告也给出了部分相同的数字。下面把它们与本报告的数字并列，并由本站逐项核算是否一致。',
    inChinese: '',
    ours: '本报告',
    result: '比对',
    agrees: '一致。',
    differsBy: '相差{n}，本报告的数字{higher}。',
    higher: '较高',
    lower: '较低',
    agreesDirection: '一致：两份报告都显示{direction}。',
    disagreesDirection: '不一致：两份报告显示的变化方向不同。',
    fall: '下降',
    rise: '上升',
    notRounding: '这一差距不是四舍五入造成的：按本报告所述的{base}和{change}推算，结果只能是{range}，不可能是{theirs}。',
    notRoundingImplied:
      '这一差距不是四舍五入造成的：按本报告所述的{base}和{change}推算，结果只能是{range}，不可能是{theirs}。若以{theirs}为上一年的数字，{base}意味着同比变化{implied}，而不是{change}。',
    also: '同一份报告中的相关数字：',
    basis: '两份报告都没有说明案件的统计口径（例如按立案还是收案的日期计算，包括哪些案件），因此几件之差可能来自统计方法的不同；这里并不表明哪一个数字有误。',
    verified: '本站于{date}根据公开网页的存档副本，逐字核对了所引数字。',
  },
  listen: {
    start: '朗读',
    controls: '朗读控制',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    previous: '上一段',
    next: '下一段',
    speed: '语速',
    fromHere: '从这里朗读：{label}',
    reading: '正在朗读：{label}',
    paused: '已暂停朗读',
    resumed: '继续朗读',
    stopped: '已停止朗读',
    finished: '朗读完毕',
    failed: '浏览器的语音出错，朗读已停止。',
  },
  qr: { caption: '手机扫码阅读', name: '二维码：' },
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
  print: { links: 'Links to each point', from: 'Printed from' },
  homeIntroTitle: 'What this is',
  homeIntro: [
    'Every year the Hangzhou Municipal People’s Government reports to the Standing Committee of the Municipal People’s Congress on how it is building a “law-based government”: one that acts within the law, under oversight. This report reviews the main measures and results of 2020, admits the problems that remain, and sets out the plans for 2021.',
    'It follows the structure of the original: an opening, three chapters and their sub-sections. Every paragraph and every enumerated point (“First, …”, “Second, …”) has a permanent link you can cite and share.',
  ],
  dataLink: 'Download the structured text (JSON)',
  notFoundTitle: 'Page not found',
  requestErrorTitle: 'This request could not be handled',
  requestErrorText: 'The address may be too long or malformed. Choose a language below to start again from the report.',
  footerSource: 'Source of the original',
  homeDescription:
    'The Hangzhou Municipal People’s Government’s 2020 report on building a law-based government, in Chinese and English, with a permanent link to every paragraph.',
  aboutDescription: 'Where the text comes from, what we supplied (title, full-width punctuation), notes on the translation, and how ids and links work.',
  accessibility: 'Accessibility',
  accessibilityDescription:
    'How this site is tested for accessibility: automated checks of every page at two widths, a keyboard-only walk, use without JavaScript, and the known gaps.',
  fullDescription:
    'The full text of the Hangzhou Municipal People’s Government’s report on building a law-based government in 2020, for reading through and printing.',
  chooseLanguage: 'Choose a language',
  startReading: 'Start reading',
  readInThisLanguage: 'Read in English →',
  figures: {
    pageTitle: 'Figures in the report',
    pageDescription: 'Every figure the report states, with the words that state it and a link, and the 2019 values implied by the year-on-year changes.',
    intro:
      'Every figure the report states is listed here with the Chinese words that state it. Values marked “derived” are 2019 values the report does not state: we computed them from the stated year-on-year changes, and show the formula and the range left open by the report’s rounding.',
    dataTable: 'Data table',
    category: 'Item',
    stated: 'Stated',
    derived: 'Derived',
    derivedTag: ' (derived)',
    statedTag: ' (stated)',
    legendStated: 'Stated in the report',
    legendDerived: 'Derived from the stated change',
    source: 'Source',
    sources: 'Sources',
    downloads: 'Download',
    downloadCsv: 'CSV data',
    downloadSvg: 'SVG image',
    downloadPng: 'PNG image',
    fileVersion: 'Version',
    checks: 'Checking the report’s arithmetic',
    checkOk: 'consistent',
    checkFailed: 'inconsistent',
    computed: 'computed',
    formula: 'formula',
    interval: 'range',
    columns: { label: 'Figure', value: 'Value', period: 'Period', topic: 'Topic', kind: 'Kind', source: 'Source' },
    filterTopic: 'Filter by topic',
    allTopics: 'All topics',
    search: 'Search the figures',
    searchPlaceholder: 'e.g. reconsideration, loss rate, {number}',
    shown: 'Showing {shown} of {total}',
    noMatch: 'No figure matches.',
    unavailable: 'Search, filter and sort could not load; every figure is listed below.',
    share: 'Share',
    allData: 'Download all figures:',
  },
  glossary: {
    pageTitle: 'Glossary',
    pageDescription:
      'The slogans, campaigns, institutions and statistical terms of the report: Chinese, pinyin, our English rendering and a plain explanation.',
    intro:
      'The report uses many slogans, campaign names, institutions and statistical terms that a newcomer may not know. Each is listed here with the Chinese, its pinyin, the English our translation uses and a plain explanation. In the text, the first use of a term in each section is underlined with dots: select it to read the explanation.',
    more: 'Open the glossary',
    close: 'Close',
    rendering: 'Our rendering',
    variants: 'Also written',
    source: 'Rendering seen in',
    status: { attested: 'attested in public English sources', partial: 'a close variant is attested', 'not-found': 'no public English rendering found; ours' },
    firstMet: 'First met in',
  },
  parallel: {
    mode: 'Reading mode',
    zh: '中文',
    parallel: 'Parallel',
    en: 'English',
    pointLink: 'Read {label} in Chinese and English side by side',
    toZh: '中文',
    toEn: 'English',
    titleSuffix: 'Chinese and English',
    full: 'The full report in Chinese and English',
    description: 'The Chinese original and the English translation, point by point.',
  },
  plans: {
    pageTitle: 'Problems and plans',
    pageDescription: 'The {count} problems the report admits in chapter II, each beside the plans in chapter III that answer it.',
    intro:
      'Chapter II of the report lists {count} problems; chapter III sets out the plans for 2021. This page puts each problem beside the plans that, in our reading, answer it, quoting both. It is our reading, not the report’s: the report does not link them. “Not answered” notes what we did not find a plan for.',
    problem: 'Problem',
    answers: 'Plans that answer it',
    gap: 'Not answered (our reading)',
    seeMapping: 'See which plans answer which problem (our reading)',
  },
  translationNotes: 'Translation notes',
  translationDescription: 'How the English translation was made, the choices that matter, and what “the Chinese is authoritative” means for the reader.',
  reading: {
    settings: 'Reading settings',
    textSize: 'Text size',
    sizes: ['Standard', 'Large', 'Larger', 'Largest'],
    close: 'Close',
  },
  search: {
    label: 'Search the report',
    placeholder: 'Search',
    submit: 'Search',
    pageTitle: 'Search',
    pageDescription: 'Find words and numbers in the full report in Chinese and English, its figures and its glossary.',
    results: 'Search results',
    count: { one: '{n} result', other: '{n} results' },
    resultsFor: 'Results for “{q}”',
    noResults: 'Nothing found for “{q}”.',
    allResults: 'All {n} results',
    prompt:
      'Type a word or a number. English finds every form of a word (mediate finds mediation); Chinese finds the exact characters typed; numbers match with or without thousands separators.',
    loading: 'Loading search…',
    unavailable: 'Instant results could not load. Press Enter to search on the results page.',
    unavailablePage: 'Search could not load. You can open the full report and use your browser’s Find.',
    kinds: { section: 'Heading', figure: 'Figure', term: 'Glossary' },
    languages: { zh: 'Chinese', en: 'English' },
    noScript: 'Search needs JavaScript. You can also open the full report and use your browser’s Find.',
  },
  corroboration: {
    title: 'Other official sources',
    intro: 'Another official report gives some of the same figures. They are set beside this report’s below, and whether each agrees is computed by this site.',
    inChinese: ' (in Chinese)',
    ours: 'This report',
    result: 'Comparison',
    agrees: 'Agrees.',
    differsBy: 'Differs by {n}: this report’s figure is {higher}.',
    higher: 'higher',
    lower: 'lower',
    agreesDirection: 'Agrees: both reports show {direction}.',
    disagreesDirection: 'Disagrees: the two reports show changes in opposite directions.',
    fall: 'a fall',
    rise: 'a rise',
    notRounding: 'The gap is not rounding: from this report’s {base} and {change}, the value can only be {range}, not {theirs}.',
    notRoundingImplied:
      'The gap is not rounding: from this report’s {base} and {change}, the value can only be {range}, not {theirs}. With {theirs} as the previous year’s figure, {base} would be a change of {implied}, not {change}.',
    also: 'Related figures in the same report:',
    basis:
      'Neither report says how its cases are counted (for example, by the date a case was filed or accepted, or which cases are included), so a gap of a few cases may come from the way of counting; neither figure is shown here to be wrong.',
    verified: 'We checked the quoted figures word for word against a stored copy of the published page on {date}.',
  },
  listen: {
    start: 'Listen',
    controls: 'Read aloud',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    previous: 'Previous point',
    next: 'Next point',
    speed: 'Speed',
    fromHere: 'Listen from here: {label}',
    reading: 'Reading {label}',
    paused: 'Paused',
    resumed: 'Resumed',
    stopped: 'Stopped listening',
    finished: 'Finished reading',
    failed: 'The browser’s voice failed; reading aloud has stopped.',
  },
  qr: { caption: 'Open on your phone', name: 'QR code: ' },
};

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
