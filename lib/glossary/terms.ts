import { z } from 'zod';
import { ContentError, type ContentProblem } from '../content/errors';
import { positionOfPath, readContentJson } from '../content/json';
import type { Report } from '../content/types';
import { findDigitsToSpell, findDrift, type TermRule } from './drift';
import { getReport } from '../content/load';
import { getGlossary, GLOSSARY_FILE, renderings, type Glossary } from './load';
import { once } from '../content/cache';

export const TERMS_FILE = 'content/terms.json';

const listedSchema = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  variants: z.array(z.string().trim().min(1)).default([]),
  avoid: z.array(z.string().trim().min(1)).default([]),
  /** Chinese in which the characters are not the term (调解 in 协调解决). */
  not_in: z.array(z.string().trim().min(1)).default([]),
  /** Terms the Chinese keeps apart from this one: their renderings must differ and not contain each other. */
  distinct_from: z.array(z.string().trim().min(1)).default([]),
  note: z.string().trim().min(1).optional(),
});
const notTermSchema = z.strictObject({ why: z.string().trim().min(1), zh: z.array(z.string().trim().min(1)).min(1) });
const schema = z.strictObject({ terms: z.array(listedSchema).min(1), not_terms: z.array(notTermSchema).default([]) });

/** A recurring term the glossary page does not explain, with the one English rendering it has. */
export type ListedTerm = z.infer<typeof listedSchema>;

export interface TermList {
  terms: ListedTerm[];
  /** Candidates of the method (lib/glossary/candidates.ts) reviewed and found not to be terms, with why. */
  notTerms: { why: string; zh: string[] }[];
}

/**
 * Reads content/terms.json, the recurring terms outside the glossary, and checks them against the
 * report with the glossary's drift check: wherever a term stands in a Chinese heading or point
 * (not only inside a longer term), the English of that block has its rendering and none of the
 * renderings it rules out. Also: every term is in the Chinese and recorded once (here or in the
 * glossary), the distinctions the Chinese makes stay visible in English, and one to nine are
 * spelled out. Throws a ContentError naming the file, the line and the fix.
 */
export function loadTerms(report: Report, glossary: Glossary, file = TERMS_FILE, root = process.cwd(), glossaryFile = GLOSSARY_FILE): TermList {
  const { raw, data } = readContentJson(
    file,
    root,
    schema,
    'each term needs "zh" and "en", and may have "variants", "avoid", "not_in", "distinct_from" and "note"; each not_terms entry "why" and "zh"; see the README',
  );
  const { terms, not_terms: notTerms } = data;
  const termAt = (zh: string, key = 'zh') => positionOfPath(raw, ['terms', terms.findIndex((t) => t.zh === zh), key]);
  const problems: ContentProblem[] = [];
  const chinese = report.sections.flatMap((s) => [s.heading?.zh ?? '', ...s.points.map((p) => p.text.zh)]);
  const inGlossary = new Map(glossary.terms.map((term) => [term.zh, term]));
  const rendered = new Map<string, string[]>([...glossary.terms.map((t) => [t.zh, renderings(t)] as const)]);
  const seen = new Set<string>();

  for (const term of terms) {
    const add = (problem: string, fix: string) => problems.push({ file, ...termAt(term.zh), problem: `term “${term.zh}”: ${problem}`, fix });
    if (seen.has(term.zh)) add('it is listed twice', 'keep one entry: a term has one rendering');
    if (inGlossary.has(term.zh))
      add(
        `it is also in ${glossaryFile} (term "${inGlossary.get(term.zh)!.id}")`,
        `keep it in one place: the glossary, if readers need it explained; otherwise here`,
      );
    if (!chinese.some((text) => text.includes(term.zh)))
      add('it does not occur in the Chinese text', 'use the words exactly as the report writes them, or remove the term');
    for (const context of term.not_in) {
      if (!context.includes(term.zh))
        add(`its not_in “${context}” does not contain the term`, 'list only the Chinese in which these characters stand but are not the term');
      else if (!chinese.some((text) => text.includes(context)))
        add(`its not_in “${context}” does not occur in the Chinese text`, 'remove it: the exception no longer applies');
    }
    seen.add(term.zh);
    rendered.set(term.zh, [term.en, ...term.variants]);
  }
  for (const term of terms) {
    for (const other of term.distinct_from) {
      const add = (problem: string, fix: string) => problems.push({ file, ...termAt(term.zh, 'distinct_from'), problem: `term “${term.zh}”: ${problem}`, fix });
      const theirs = rendered.get(other);
      if (!theirs) {
        add(
          `its distinct_from names “${other}”, which is neither a term here nor in ${glossaryFile}`,
          `record “${other}” with its own rendering, or remove it from distinct_from`,
        );
        continue;
      }
      const clash = [term.en, ...term.variants].flatMap((mine) =>
        theirs.filter((t) => mine.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(mine.toLowerCase())).map((t) => [mine, t]),
      );
      if (clash.length)
        add(
          `it is kept apart from “${other}” in the Chinese, but “${clash[0][0]}” and “${clash[0][1]}” cannot be told apart`,
          'give the two terms renderings of which neither contains the other',
        );
    }
  }
  notTerms.forEach((group, g) => {
    group.zh.forEach((zh, z) => {
      if (seen.has(zh) || inGlossary.has(zh))
        problems.push({
          file,
          ...positionOfPath(raw, ['not_terms', g, 'zh', z]),
          problem: `“${zh}” is listed both as a term and under "not_terms"`,
          fix: 'decide: remove it from "not_terms" or from the terms',
        });
    });
  });
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));

  const rules: TermRule[] = terms.map((term) => ({
    name: `term “${term.zh}”`,
    zh: term.zh,
    renderings: [term.en, ...term.variants],
    avoid: term.avoid,
    notIn: term.not_in,
    file,
    line: termAt(term.zh, 'en').line,
  }));
  const everyTerm = [...glossary.terms.map((t) => t.zh), ...terms.map((t) => t.zh)];
  problems.push(...findDrift(report, rules, everyTerm), ...findDigitsToSpell(report));
  if (problems.length) throw new ContentError(problems);
  return { terms, notTerms };
}

/** The site's term list, loaded and checked once per build (getGlossary runs it too). */
export const getTerms = once((): TermList => loadTerms(getReport(), getGlossary()));
