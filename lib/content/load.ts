import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from './build';
import { ContentError, type ContentProblem } from './errors';
import { checkFidelity, type FidelityPiece } from './fidelity';
import { lineOfPath, parseMeta } from './meta';
import { parseReportFile } from './parse';
import type { Report } from './types';
import { checkChinesePunctuation, checkEnglishTranslated, checkIds, checkNumbers, checkParity } from './validate';
import { once } from './cache';

/** The files the report is made of, relative to the project root. */
export interface ContentFiles {
  meta: string;
  zh: string;
  en: string;
  source: string;
}

export const CONTENT_FILES: ContentFiles = {
  meta: 'content/meta.json',
  zh: 'content/zh/report.md',
  en: 'content/en/report.md',
  source: 'content/source/report-2020.zh.txt',
};

/**
 * Reads and validates the report. Throws a ContentError listing every problem (file, line, fix)
 * so the build stops instead of publishing wrong or incomplete text.
 */
export function loadReport(files: ContentFiles = CONTENT_FILES, root = process.cwd()): Report {
  const problems: ContentProblem[] = [];
  const read = (file: string) => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      problems.push({ file, line: 1, problem: 'the file cannot be read', fix: 'restore it; the report is made of content/meta.json, content/zh/report.md, content/en/report.md and content/source/report-2020.zh.txt' });
      return undefined;
    }
  };
  const [metaRaw, zhRaw, enRaw, source] = [read(files.meta), read(files.zh), read(files.en), read(files.source)];
  if (metaRaw === undefined || zhRaw === undefined || enRaw === undefined || source === undefined) throw new ContentError(problems);

  const { meta, problems: metaProblems } = parseMeta(metaRaw, files.meta);
  const zh = parseReportFile(zhRaw, files.zh, 'zh');
  const en = parseReportFile(enRaw, files.en, 'en');
  problems.push(...metaProblems, ...zh.problems, ...en.problems);

  const idProblems = [...checkIds(zh.document), ...checkIds(en.document)];
  problems.push(...idProblems, ...checkChinesePunctuation(zh.document), ...checkEnglishTranslated(en.document));
  if (!idProblems.length) {
    const parityProblems = checkParity(zh.document, en.document);
    problems.push(...parityProblems);
    if (!parityProblems.length) problems.push(...checkNumbers(zh.document, en.document));
  }
  if (meta) {
    const pieces: FidelityPiece[] = [
      { text: meta.delivered.zh, file: files.meta, line: lineOfPath(metaRaw, ['delivered', 'zh']), what: 'the meeting line (delivered.zh)' },
      { text: meta.issuer.zh, file: files.meta, line: lineOfPath(metaRaw, ['issuer', 'zh']), what: 'the issuer line (issuer.zh)' },
      ...zh.document.blocks.map((block) => ({
        text: block.kind === 'point' ? block.text : (block.heading ?? ''),
        file: files.zh,
        line: block.line,
        what: `${block.kind === 'point' ? 'point' : 'the heading of section'} "${block.id}"`,
      })),
    ];
    problems.push(...checkFidelity(pieces, source, files.source));
  }

  if (problems.length || !meta) {
    const fileOrder = [files.meta, files.zh, files.en, files.source];
    throw new ContentError(problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line));
  }
  return buildReport(meta, zh.document, en.document);
}

/** The site's report, loaded and validated once per build. */
export const getReport = once((): Report => loadReport());
