import { accessedSlot, gbtDate, longDate, period, versionString } from './dates';
import { rich, type Part } from './rich';
import type { AccessDate, Citation, CiteData, Lang, StyleId } from './types';

/**
 * The citation styles, written by hand from the style guides (see README, "Citing"): GB/T 7714-2015
 * (electronic resource, [EB/OL]), APA 7 (report delivered at a meeting, non-English title with the
 * translation in brackets), Chicago 17 notes-bibliography, and a plain sentence. Pure: runs in Node
 * and in the browser island alike.
 */
export function citations(data: CiteData, lang: Lang, accessed: AccessDate): Citation[] {
  const styles: [StyleId, Part[]][] = [
    ['gbt7714', gbt7714(data, lang, accessed)],
    ['apa', apa(data, lang, accessed)],
    ['apa-in-text', apaInText(data, lang)],
    ['chicago-note', chicagoNote(data, lang, accessed)],
    ['chicago-bibliography', chicagoBibliography(data, lang, accessed)],
    ['plain', plain(data, lang, accessed)],
  ];
  return styles.map(([style, parts]) => ({ style, parts, ...rich(parts) }));
}

export function citation(data: CiteData, style: StyleId, lang: Lang, accessed: AccessDate): Citation {
  return citations(data, lang, accessed).find((c) => c.style === style)!;
}

const UNOFFICIAL = 'Unofficial English translation; the Chinese text is authoritative.';
const yearOf = (iso: string) => iso.slice(0, 4);

/**
 * GB/T 7714-2015 §4.8 (电子资源): 主要责任者. 题名: 其他题名信息[EB/OL]. 其他责任者. 版本项.
 * 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径. The point's printed position stands
 * in for the page number; the release date is the update date.
 */
function gbt7714({ work, target }: CiteData, lang: Lang, accessed: AccessDate): Part[] {
  const where = target.location ? `: ${target.location[lang]}` : '';
  const cited = accessed ? gbtDate(accessed) : accessedSlot(lang, 'bare');
  const dates = `${yearOf(work.date)}${where}(${gbtDate(work.version.date)})[${cited}]. ${target.url[lang]}.`;
  if (lang === 'zh') return [`${work.issuer.zh}. ${work.title.zh}: ${work.delivered.zh}[EB/OL]. 版本 ${versionString(work.version)}. ${dates}`];
  return [
    `${work.issuer.en}. `,
    chinese(work.title.zh),
    ` [${work.title.en}]: ${lowerFirst(work.delivered.en)}[EB/OL]. ${UNOFFICIAL} Version ${versionString(work.version)}. ${dates}`,
  ];
}

/**
 * APA 7 reference: Author. (Date). *Title* [Translated title] (Version). Meeting, Place.
 * Retrieved date, from URL. A retrieval date is given because the page can change between versions.
 */
function apa({ work, target }: CiteData, lang: Lang, accessed: AccessDate): Part[] {
  const version = versionString(work.version);
  if (lang === 'zh') {
    const retrieved = accessed ? `检索于${longDate(accessed, 'zh')}` : `检索于${accessedSlot('zh', 'framed')}`;
    return [
      `${work.issuer.zh}. (${longDate(work.date, 'zh')}). `,
      { text: work.title.zh, italic: true },
      ` (版本 ${version}). ${work.meeting.zh}, ${work.place.zh}. ${retrieved}, 自 ${target.url.zh}`,
    ];
  }
  const retrieved = accessed ? `Retrieved ${longDate(accessed, 'en')}` : `Retrieved ${accessedSlot('en', 'framed')}`;
  return [
    `${work.issuer.en}. (${apaDate(work.date)}). `,
    chinese(work.title.zh, true),
    ` [${work.titleSentenceCase}] (Version ${version}; unofficial English translation, the Chinese text is authoritative). ${work.meeting.en}, ${work.place.en}. ${retrieved}, from ${target.url.en}`,
  ];
}

/** APA 7 parenthetical citation, with the printed position as the locator. */
function apaInText({ work, target }: CiteData, lang: Lang): Part[] {
  const where = target.location ? `, ${target.location[lang]}` : '';
  return [`(${work.issuer[lang]}, ${yearOf(work.date)}${where})`];
}

/** Chicago 17 note (14.19, 14.98, 14.206): everything in one sentence, commas between elements. */
function chicagoNote({ work, target }: CiteData, lang: Lang, accessed: AccessDate): Part[] {
  const version = versionString(work.version);
  const where = target.location ? target.location[lang] : null;
  if (lang === 'zh') {
    const access = accessed ? `${longDate(accessed, 'zh')}访问` : `${accessedSlot('zh', 'framed')}访问`;
    return [`${work.issuer.zh}：《${work.title.zh}》（${work.delivered.zh}）${where ? `，${where}` : ''}，版本 ${version}，${target.url.zh}，${access}。`];
  }
  const access = accessed ? `accessed ${longDate(accessed, 'en')}` : `accessed ${accessedSlot('en', 'framed')}`;
  return [
    `${work.issuer.en}, `,
    chinese(work.title.zh, true),
    ` [${work.titleSentenceCase}], ${lowerFirst(work.delivered.en)}${where ? `, ${where}` : ''}, unofficial English translation (the Chinese text is authoritative), version ${version}, ${access}, ${target.url.en}.`,
  ];
}

/** Chicago 17 bibliography entry: the whole work, so its URL is the report's home page. */
function chicagoBibliography({ work, target }: CiteData, lang: Lang, accessed: AccessDate): Part[] {
  const version = versionString(work.version);
  const home = homeOf(target.url[lang], lang);
  if (lang === 'zh') {
    const access = accessed ? `${longDate(accessed, 'zh')}访问` : `${accessedSlot('zh', 'framed')}访问`;
    return [`${work.issuer.zh}：《${work.title.zh}》（${work.delivered.zh}），版本 ${version}，${home}，${access}。`];
  }
  const access = accessed ? `Accessed ${longDate(accessed, 'en')}` : `Accessed ${accessedSlot('en', 'framed')}`;
  return [
    `${work.issuer.en}. `,
    chinese(work.title.zh, true),
    ` [${work.titleSentenceCase}]. ${work.delivered.en}. ${UNOFFICIAL} Version ${version}. ${access}. ${home}.`,
  ];
}

/** A plain sentence for anywhere that has no style: what, where, which version, the link. */
function plain({ work, target }: CiteData, lang: Lang, accessed: AccessDate): Part[] {
  const version = versionString(work.version);
  const figure = target.figure;
  if (lang === 'zh') {
    const lead = !figure
      ? ''
      : figure.derived
        ? `${figure.label.zh}：${figure.value.zh}，本站据报告所列数字推算。来源：`
        : `${figure.label.zh}（${period(figure.period, 'zh')}）：${figure.value.zh}。来源：`;
    const access = accessed ? `${longDate(accessed, 'zh')}访问` : `${accessedSlot('zh', 'framed')}访问`;
    return [
      `${lead}${work.issuer.zh}《${work.title.zh}》（${work.delivered.zh}）${target.location ? target.location.zh : ''}。版本 ${version}。${target.url.zh}（${access}）`,
    ];
  }
  // A derived figure's label already names its year and says "derived".
  const lead = !figure
    ? ''
    : figure.derived
      ? `${figure.label.en}: ${figure.value.en}, computed by this site from figures the report states. Source: `
      : `${figure.label.en}, ${period(figure.period, 'en')}: ${figure.value.en}. Source: `;
  const access = accessed ? `accessed ${longDate(accessed, 'en')}` : `accessed ${accessedSlot('en', 'framed')}`;
  return [
    `${lead}${work.issuer.en}, “`,
    chinese(work.title.zh),
    `” [${work.title.en}], ${lowerFirst(work.delivered.en)}${target.location ? `, ${target.location.en}` : ''}. ${UNOFFICIAL} Version ${version}. ${target.url.en} (${access})`,
  ];
}

/** The short citation that follows a copied quote: who, what, where, the link. */
export function quoteCitation({ work, target }: CiteData, lang: Lang, quote: string): string {
  const where = target.location ? target.location[lang] : '';
  if (lang === 'zh') return `“${quote}”——${work.issuer.zh}《${work.title.zh}》${where}，${target.url.zh}`;
  return `“${quote}” — ${work.issuer.en}, ${work.title.en}${where ? `, ${where}` : ''} (unofficial translation; the Chinese text is authoritative), ${target.url.en}`;
}

/** Chinese words in an English citation, marked so screen readers and fonts treat them as Chinese. */
const chinese = (text: string, italic = false): Part => ({ text, lang: 'zh-Hans', ...(italic ? { italic } : {}) });
/** APA's date: 2021, April 26. */
const apaDate = (iso: string) => `${yearOf(iso)}, ${longDate(iso, 'en').replace(/, \d{4}$/, '')}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** The report's home page: the origin and the language segment of a permalink. */
const homeOf = (url: string, lang: Lang) => url.slice(0, url.indexOf(`/${lang}/`) + lang.length + 2);
