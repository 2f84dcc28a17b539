import { z } from 'zod';
import { bilingual } from '../content/schema';
import { ContentError, type ContentProblem } from '../content/errors';
import { getReport } from '../content/load';
import type { Lang, Report } from '../content/types';
import { positionOfPath, problemAt, readContentJson } from '../content/json';
import { ID_PATTERN } from '../content/validate';
import { findDrift, type TermRule } from './drift';
import { loadTerms } from './terms';
import { once } from '../content/cache';

export const GLOSSARY_FILE = 'content/glossary.json';

const termSchema = z.strictObject({
  id: z.string(),
  zh: z.string().min(1),
  pinyin: z.string().min(1),
  en: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  /** Renderings ruled out where the term stands (the drift check refuses them). */
  avoid: z.array(z.string().min(1)).default([]),
  /** Chinese in which the characters are not the term (调解 in 协调解决), for the drift check. */
  not_in: z.array(z.string().min(1)).default([]),
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

/** A glossary term as a rule of the drift check. */
const glossaryRule = (term: Term, file: string, line: number): TermRule => ({
  name: `term "${term.id}"`,
  zh: term.zh,
  renderings: renderings(term),
  avoid: term.avoid,
  notIn: term.not_in,
  file,
  line,
});

const findIn = (text: string, needles: string[], ignoreCase: boolean) => {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  return needles.find((n) => haystack.includes(ignoreCase ? n.toLowerCase() : n));
};

/**
 * Reads content/glossary.json and checks it against the report: every term occurs in the Chinese,
 * and wherever a term occurs in a Chinese heading or point, its English rendering (or a listed
 * variant) occurs in the English of that block (lib/glossary/drift.ts). Drift stops the build with
 * the English file and line, the term, the block and the fix.
 */
export function loadGlossary(report: Report, file = GLOSSARY_FILE, root = process.cwd()): Glossary {
  const { raw, data } = readContentJson(file, root, schema, 'see the glossary format in the README');

  const problems: ContentProblem[] = [];
  const occurrences: Occurrence[] = [];
  const seen = new Set<string>();
  const chinese = report.sections.flatMap((s) => [s.heading?.zh ?? '', ...s.points.map((p) => p.text.zh)]);
  data.terms.forEach((term, index) => {
    const add = (key: string, problem: string, fix: string) => problems.push(problemAt(raw, file, ['terms', index, key], `term "${term.id}": ${problem}`, fix));
    if (!ID_PATTERN.test(term.id)) add('id', 'the id is malformed', 'use lowercase letters, digits and single hyphens');
    if (seen.has(term.id)) add('id', 'the id is used twice', 'give each term an id of its own');
    seen.add(term.id);
    if (!chinese.some((text) => text.includes(term.zh)))
      add(
        'zh',
        `“${term.zh}” does not occur in the Chinese text`,
        'use the words exactly as the report writes them (full-width punctuation), or remove the term',
      );
    for (const section of report.sections) {
      const first = section.points.find((point) => point.text.zh.includes(term.zh));
      const english = first && findIn(first.text.en, renderings(term), true);
      if (!first || !english) continue;
      const at = first.text.en.toLowerCase().indexOf(english.toLowerCase());
      occurrences.push(
        { termId: term.id, sectionId: section.id, pointId: first.id, lang: 'zh', needle: term.zh },
        { termId: term.id, sectionId: section.id, pointId: first.id, lang: 'en', needle: first.text.en.slice(at, at + english.length) },
      );
    }
  });
  problems.push(
    ...findDrift(
      report,
      data.terms.map((term, index) => glossaryRule(term, file, positionOfPath(raw, ['terms', index, 'en']).line)),
    ),
  );
  if (problems.length) throw new ContentError(problems);
  return { terms: data.terms, occurrences };
}

/** The site's glossary, loaded and checked once per build, with the term list (content/terms.json) checked too. */
export const getGlossary = once((): Glossary => {
  const glossary = loadGlossary(getReport());
  loadTerms(getReport(), glossary);
  return glossary;
});
