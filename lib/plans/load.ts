import { z } from 'zod';
import { bilingual } from '../content/schema';
import { ContentError, type ContentProblem } from '../content/errors';
import { getReport } from '../content/load';
import { problemAt, readContentJson } from '../content/json';
import { quoteProblem } from '../content/mark-text';
import type { Bilingual, Point, Report } from '../content/types';
import { once } from '../content/cache';

export const PLANS_FILE = 'content/problems-plans.json';

const schema = z.strictObject({
  links: z.array(
    z.strictObject({
      problem: z.string(),
      summary: bilingual,
      plans: z.array(z.strictObject({ point: z.string(), quote: z.string().min(1), quote_en: z.string().min(1) })).min(1),
      gap: bilingual.optional(),
    }),
  ),
});

export interface PlanQuote {
  point: Point;
  quote: Bilingual;
}

/** One problem the report admits (chapter II) and the plans (chapter III) that, in our reading, answer it. */
export interface ProblemLink {
  problem: Point;
  summary: Bilingual;
  plans: PlanQuote[];
  gap?: Bilingual;
}

/**
 * Reads our problems → plans mapping and checks it against the report: every problem of chapter II
 * is mapped once, every plan is a point of chapter III, every quote is in its point (once).
 */
export function loadProblemLinks(report: Report, file = PLANS_FILE, root = process.cwd()): ProblemLink[] {
  const { raw, data } = readContentJson(file, root, schema, 'see the problems → plans format in the README');

  const points = new Map(report.sections.flatMap((s) => s.points.map((p) => [p.id, p] as const)));
  const chapterPoints = (chapter: number) =>
    report.sections.filter((s) => s.chapter === chapter).flatMap((s) => s.points.filter((p) => p.ordinal !== null || s.level === 2));
  const problems: ContentProblem[] = [];
  const add = (path: PropertyKey[], problem: string, fix: string) => problems.push(problemAt(raw, file, path, problem, fix));

  const mapped = data.links.map((link) => link.problem);
  for (const point of chapterPoints(2)) {
    if (!mapped.includes(point.id))
      add(['links'], `the problem "${point.id}" is not mapped`, 'add an entry for it with the plans that answer it (or an empty-handed "gap")');
  }
  const planIds = new Set(chapterPoints(3).map((p) => p.id));
  const links = data.links.map((link, l) => {
    const problem = points.get(link.problem);
    if (!problem || problem.sectionId !== 'ch2' || problem.ordinal === null)
      add(['links', l, 'problem'], `"${link.problem}" is not one of the problems of chapter II`, 'use a point id from ch2-p1 to ch2-p4');
    const plans = link.plans.map((plan, p) => {
      const point = points.get(plan.point);
      if (!point || !planIds.has(plan.point)) {
        add(['links', l, 'plans', p, 'point'], `"${plan.point}" is not a point of chapter III`, 'use a point id from ch3-1-p1 to ch3-4-p1');
        return { point: point!, quote: { zh: plan.quote, en: plan.quote_en } };
      }
      for (const [lang, quote] of [
        ['zh', plan.quote],
        ['en', plan.quote_en],
      ] as const) {
        const trouble = quoteProblem(point.text[lang], quote);
        if (trouble)
          add(
            ['links', l, 'plans', p, lang === 'zh' ? 'quote' : 'quote_en'],
            `the ${lang === 'zh' ? 'Chinese' : 'English'} quote "${quote.slice(0, 30)}…" is ${trouble === 'missing' ? 'not in' : 'more than once in'} point "${plan.point}"`,
            `copy the words exactly from content/${lang}/report.md`,
          );
      }
      return { point, quote: { zh: plan.quote, en: plan.quote_en } };
    });
    return { problem: problem!, summary: link.summary, plans, gap: link.gap };
  });
  if (problems.length) throw new ContentError(problems);
  return links;
}

export const getProblemLinks = once((): ProblemLink[] => loadProblemLinks(getReport()));
