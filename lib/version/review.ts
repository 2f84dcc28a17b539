import { z } from 'zod';
import { ContentError, type ContentProblem } from '../content/errors';
import { positionOfPath, readContentJson } from '../content/json';
import type { Report } from '../content/types';

const GRADES = ['A', 'B', 'C', 'D'] as const;
const grade = z.enum(GRADES);
const counts = z.strictObject({ A: z.number().int().min(0), B: z.number().int().min(0), C: z.number().int().min(0), D: z.number().int().min(0) });
const issueSchema = z.strictObject({ zh: z.string(), en: z.string(), problem: z.string().min(1), suggestion: z.string() });
const inconsistencySchema = z.strictObject({
  zh: z.string(),
  renderings: z.array(z.strictObject({ en: z.string(), ids: z.array(z.string()) })),
  suggestion: z.string(),
  resolved: z.string().min(1),
});
const blockSchema = z.strictObject({
  id: z.string(),
  before: grade,
  issues: z.array(issueSchema),
  /** What was changed in this block, and why; empty if nothing was. */
  changes: z.array(z.string().min(1)),
  /** The grade of the next blind review, once it is in, what it found, and what was corrected after it. */
  after: grade.nullable(),
  after_issues: z.array(issueSchema).default([]),
  after_changes: z.array(z.string().min(1)).default([]),
});
const schema = z.strictObject({
  review: z.string().regex(/^\d{4}-\d{2}$/),
  about: z.string().min(1),
  reviewer: z.string().min(1),
  date: z.iso.date(),
  counts: z.strictObject({ before: counts, after: counts.nullable() }),
  summary: z.string().min(1),
  blocks: z.array(blockSchema),
  inconsistencies: z.array(inconsistencySchema),
  /** The second blind review, of the corrected English. */
  after_review: z
    .strictObject({ reviewer: z.string().min(1), date: z.iso.date(), summary: z.string().min(1), inconsistencies: z.array(inconsistencySchema) })
    .optional(),
});

export type TranslationReview = z.infer<typeof schema>;

/**
 * Reads a review of the English (content/review/YYYY-MM.json): one grade per heading and point of
 * the report, before and (once regraded) after; counts that add up; and a change recorded for every
 * block graded below A. Throws a ContentError naming the line and the fix.
 */
export function loadReview(report: Report, file: string, root = process.cwd()): TranslationReview {
  const { raw, data } = readContentJson(file, root, schema, 'see content/review/2026-12.json for the format');
  const review = data;
  const problems: ContentProblem[] = [];
  const blocks = report.sections.flatMap((s) => [...(s.heading ? [s.id] : []), ...s.points.map((p) => p.id)]);
  const graded = review.blocks.map((b) => b.id);
  const missing = blocks.filter((id) => !graded.includes(id));
  if (missing.length)
    problems.push({
      file,
      ...positionOfPath(raw, ['blocks']),
      problem: `no grade for ${missing.map((id) => `"${id}"`).join(', ')}`,
      fix: 'grade every heading and point of the report',
    });
  review.blocks.forEach((block, index) => {
    const at = (key: string) => positionOfPath(raw, ['blocks', index, key]);
    if (!blocks.includes(block.id))
      problems.push({ file, ...at('id'), problem: `"${block.id}" is not a heading or point of the report`, fix: 'use the ids of content/zh/report.md' });
    if (block.before !== 'A' && !block.changes.length)
      problems.push({
        file,
        ...at('changes'),
        problem: `"${block.id}" was graded ${block.before} and nothing is recorded as changed`,
        fix: 'correct the English and say what changed in "changes", or say there why it stays',
      });
    if (block.after && block.after !== 'A' && !block.after_changes.length)
      problems.push({
        file,
        ...at('after'),
        problem: `"${block.id}" was graded ${block.after} by the second review and nothing is recorded as changed`,
        fix: 'correct the English and say what changed in "after_changes", or say there why it stays',
      });
  });
  for (const when of ['before', 'after'] as const) {
    const stated = review.counts[when];
    if (!stated) continue;
    for (const g of GRADES) {
      const tally = review.blocks.filter((b) => b[when] === g).length;
      if (stated[g] !== tally)
        problems.push({
          file,
          ...positionOfPath(raw, ['counts', when, g]),
          problem: `counts.${when}.${g} is ${stated[g]}, but ${tally} blocks are graded ${g}`,
          fix: 'make the counts the tallies of the grades',
        });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return review;
}
