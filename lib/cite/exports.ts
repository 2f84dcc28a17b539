import { dateParts, versionString } from './dates';
import type { AccessDate, CitationExport, CiteData, ExportId, Lang } from './types';

/**
 * Reference-manager exports: BibTeX (biblatex fields, readable by BibTeX too), RIS and CSL-JSON.
 * The title is the Chinese one; in English the translated title goes where each format keeps it
 * (titleaddon, TT, note). A point or figure is the report with its printed position as the section.
 * Without an access date the field is left out: machine formats get no placeholder.
 */
export function citationExports(data: CiteData, lang: Lang, accessed: AccessDate): CitationExport[] {
  const base = `hangzhou-2020-law-based-government${data.target.kind === 'report' ? '' : `-${data.target.id}`}-${lang}`;
  return [
    { format: 'bibtex', text: bibtex(data, lang, accessed), filename: `${base}.bib`, mime: 'application/x-bibtex' },
    { format: 'ris', text: ris(data, lang, accessed), filename: `${base}.ris`, mime: 'application/x-research-info-systems' },
    { format: 'csl-json', text: cslJson(data, lang, accessed), filename: `${base}.json`, mime: 'application/vnd.citationstyles.csl+json' },
  ];
}

export function citationExport(data: CiteData, format: ExportId, lang: Lang, accessed: AccessDate): CitationExport {
  return citationExports(data, lang, accessed).find((e) => e.format === format)!;
}

const NOTE_EN = 'Unofficial English translation; the Chinese text is authoritative.';
const citeKey = ({ work, target }: CiteData) => `${work.key}${target.kind === 'report' ? '' : `-${target.id}`}`;

/** The note a reference manager keeps: the position (for a point or figure) and, in English, the translation notice. */
function note({ target }: CiteData, lang: Lang): string | null {
  const where = target.location?.[lang];
  if (lang === 'zh') return where ?? null;
  return where ? `${where}. ${NOTE_EN}` : NOTE_EN;
}

const bibEscape = (text: string) => text.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1');

function bibtex(data: CiteData, lang: Lang, accessed: AccessDate): string {
  const { work, target } = data;
  const [year, month] = dateParts(work.date);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(work.issuer[lang])}}`],
    ['title', bibEscape(work.title.zh)],
    ...(lang === 'en' ? [['titleaddon', `[${bibEscape(work.title.en)}]`] as [string, string]] : []),
    ['type', bibEscape(lang === 'zh' ? work.delivered.zh : work.delivered.en)],
    ['institution', `{${bibEscape(work.issuer[lang])}}`],
    ['address', bibEscape(work.place[lang])],
    ['date', work.date],
    ['year', String(year)],
    ['month', String(month)],
    ['version', bibEscape(versionString(work.version))],
    ...(note(data, lang) ? [['note', bibEscape(note(data, lang)!)] as [string, string]] : []),
    ['url', target.url[lang]],
    ...(accessed ? [['urldate', accessed] as [string, string]] : []),
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@techreport{${citeKey(data)},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n')}\n}\n`;
}

/** RIS: "TAG  - value" lines ending in CR LF, as the format's specification asks. */
function ris(data: CiteData, lang: Lang, accessed: AccessDate): string {
  const { work, target } = data;
  const slashes = (iso: string) => iso.replace(/-/g, '/');
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ['AU', work.issuer[lang]],
    ['TI', work.title.zh],
    ...(lang === 'en' ? [['TT', work.title.en] as [string, string]] : []),
    ['M3', lang === 'zh' ? work.delivered.zh : work.delivered.en],
    ['PY', work.date.slice(0, 4)],
    ['DA', slashes(work.date)],
    ['CY', work.place[lang]],
    ['PB', work.issuer[lang]],
    ['ET', versionString(work.version)],
    ...(target.location ? [['SE', target.location[lang]] as [string, string]] : []),
    ['UR', target.url[lang]],
    ...(accessed ? [['Y2', slashes(accessed)] as [string, string]] : []),
    ['LA', 'zh-Hans'],
    ...(lang === 'en' ? [['N1', NOTE_EN] as [string, string]] : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** CSL-JSON (CSL 1.0.2 variables): an array of one item, as citeproc and Zotero read it. */
function cslJson(data: CiteData, lang: Lang, accessed: AccessDate): string {
  const { work, target } = data;
  const item = {
    id: citeKey(data),
    type: 'report',
    title: work.title.zh,
    author: [{ literal: work.issuer[lang] }],
    publisher: work.issuer[lang],
    'publisher-place': work.place[lang],
    'event-title': work.meeting[lang],
    'event-place': work.place[lang],
    issued: { 'date-parts': [dateParts(work.date)] },
    ...(accessed ? { accessed: { 'date-parts': [dateParts(accessed)] } } : {}),
    version: versionString(work.version),
    ...(target.location ? { section: target.location[lang] } : {}),
    URL: target.url[lang],
    language: 'zh-Hans',
    ...(lang === 'en' ? { note: `English title: ${work.title.en}. ${NOTE_EN}` } : {}),
  };
  // Indented for reading, with each date's numbers on one line: [[2021, 4, 26]].
  const text = JSON.stringify([item], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
  return `${text}\n`;
}
