import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, type ContentProblem } from '../content/errors';
import { getReport } from '../content/load';
import type { Lang, Report } from '../content/types';
import { lineOf, parseJson } from '../content/json';
import { ID_PATTERN } from '../content/validate';

export const GLOSSARY_FILE = 'content/glossary.json';

const bilingual = z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) });
const termSchema = z.strictObject({
  id: z.string(),
  zh: z.string().min(1),
  pinyin: z.string().min(1),
  en: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  explanation: bilingual,
  attested: z.strictObject({ status: z.enum(['attested', 'partial', 'not-found']), source: z.url().nullable(), note: z.string().min(1) }),
});
const schema = z.strictObject({ terms: z.array(termSchema).min(1) });

export type Term = z.infer<typeof termSchema>;

/** Where a term is met: the first point of each section that uses it, in each language. */
export interface Occurrence {
  termId: string;
  sectionId: string;
  pointId: string;
  lang: Lang;
  /** The words as they stand in that point's text. */
  needle: string;
}

export interface Glossary {
  terms: Term[];
  occurrences: Occurrence[];
}

/** The English forms our translation uses for a term. */
export const renderings = (term: Term) => [term.en, ...term.variants];

const findIn = (text: string, needles: string[], ignoreCase: boolean) => {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  return needles.find((n) => haystack.includes(ignoreCase ? n.toLowerCase() : n));
};

/**
 * Reads content/glossary.json and checks it against the report: every term occurs in the Chinese,
 * and wherever a term occurs in a Chinese point, its English rendering (or a listed variant) occurs
 * in the English of that point. Drift stops the build with the point and the fix.
 */
export function loadGlossary(report: Report, file = GLOSSARY_FILE, root = process.cwd()): Glossary {
  const raw = readFileSync(join(root, file), 'utf8');
  const parsed = schema.safeParse(parseJson(raw, file));
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((issue) => ({ file, line: 1, problem: `${issue.path.join('.')}: ${issue.message}`, fix: 'see the glossary format in the README' })));

  const problems: ContentProblem[] = [];
  const occurrences: Occurrence[] = [];
  const seen = new Set<string>();
  for (const term of parsed.data.terms) {
    const line = lineOf(raw, `"id": ${JSON.stringify(term.id)}`);
    const add = (problem: string, fix: string) => problems.push({ file, line, problem: `term "${term.id}": ${problem}`, fix });
    if (!ID_PATTERN.test(term.id)) add('the id is malformed', 'use lowercase letters, digits and single hyphens');
    if (seen.has(term.id)) add('the id is used twice', 'give each term an id of its own');
    seen.add(term.id);
    let used = false;
    for (const section of report.sections) {
      const firstIn = { zh: false, en: false };
      for (const point of section.points) {
        if (!point.text.zh.includes(term.zh)) continue;
        used = true;
        const english = findIn(point.text.en, renderings(term), true);
        if (!english) {
          add(`point "${point.id}" has “${term.zh}” in the Chinese but none of “${renderings(term).join('”, “')}” in the English`, `use the glossary’s rendering in content/en/report.md (point ${point.id}), or add the wording used there to "variants" if it is a legitimate form`);
          continue;
        }
        if (!firstIn.zh) occurrences.push({ termId: term.id, sectionId: section.id, pointId: point.id, lang: 'zh', needle: term.zh });
        if (!firstIn.en) {
          const at = point.text.en.toLowerCase().indexOf(english.toLowerCase());
          occurrences.push({ termId: term.id, sectionId: section.id, pointId: point.id, lang: 'en', needle: point.text.en.slice(at, at + english.length) });
        }
        firstIn.zh = firstIn.en = true;
      }
    }
    if (!used) add(`“${term.zh}” does not occur in the Chinese text`, 'use the words exactly as the report writes them (full-width punctuation), or remove the term');
  }
  if (problems.length) throw new ContentError(problems);
  return { terms: parsed.data.terms, occurrences };
}

let cached: Glossary | undefined;

export function getGlossary(): Glossary {
  cached ??= loadGlossary(getReport());
  return cached;
}
