import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { figureFields } from '../content/schema';
import { ContentError, type ContentProblem } from '../content/errors';
import { getReport } from '../content/load';
import type { Lang, Point, Report } from '../content/types';
import { parseJson, positionOfPath, problemAt } from '../content/json';
import { quoteProblem } from '../content/mark-text';
import { ID_PATTERN } from '../content/validate';
import { changeRule, checkRate, deriveAll } from './derive';
import { DISPLAY_FILE, type Display, displayReferences, getDisplay } from './display';
import { statesNumber } from './numbers';
import type { Figures, Metric, StatedMetric } from './types';
import { once } from '../content/cache';

export const METRICS_FILE = 'content/metrics.json';

const metricSchema = z.strictObject({
  ...figureFields,
  kind: z.literal('stated'),
  source: z.strictObject({ point: z.string(), quote: z.string().min(1), quote_en: z.string().min(1) }),
});
const fileSchema = z.strictObject({ metrics: z.array(metricSchema).min(1) });

/**
 * Reads content/metrics.json, checks every metric against the report (its quote is in its point,
 * once, and states its number, in both languages), derives the implied previous-year values and
 * runs the consistency checks. Throws a ContentError naming the metric, the line and the fix.
 */
export function loadFigures(report: Report, file = METRICS_FILE, display: Display = getDisplay(), root = process.cwd()): Figures {
  const raw = readFileSync(join(root, file), 'utf8');
  const data = parseJson(raw, file);
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => {
        const index = issue.path[1];
        const id = typeof index === 'number' ? (data as { metrics: { id?: string }[] }).metrics[index]?.id : undefined;
        return {
          file,
          ...positionOfPath(raw, issue.path),
          problem: `${id ? `metric "${id}": ` : ''}${issue.path.slice(2).join('.') || issue.path.join('.')}: ${issue.message}`,
          fix: 'see the metric format in the README',
        };
      }),
    );
  }
  const stated: StatedMetric[] = parsed.data.metrics;
  const problems = validateMetrics(stated, report, raw, file);
  const topics = new Set(display.topics.map((topic) => topic.id));
  stated.forEach((metric, index) => {
    if (!topics.has(metric.topic))
      problems.push(
        problemAt(
          raw,
          file,
          ['metrics', index, 'topic'],
          `metric "${metric.id}": the topic "${metric.topic}" is not one of the topics of ${DISPLAY_FILE}`,
          `use one of ${[...topics].join(', ')}, or add the topic to ${DISPLAY_FILE}`,
        ),
      );
  });
  if (problems.length) throw new ContentError(problems);

  const derived = deriveAll(stated);
  const metrics: Metric[] = stated.flatMap((metric) => [metric, ...derived.filter((d) => d.inputs[1] === metric.id)]);
  // What content/figures.json draws and checks must exist: stated, or derived from a stated change.
  const known = new Set(metrics.map((m) => m.id));
  const references = displayReferences(display, DISPLAY_FILE, root);
  const dangling = references.filter((ref) => !known.has(ref.id));
  if (dangling.length) {
    throw new ContentError(
      dangling.map((ref) => ({
        file: DISPLAY_FILE,
        line: ref.line,
        column: ref.column,
        problem: `${ref.what} uses the metric "${ref.id}", which does not exist`,
        fix: `add "${ref.id}" to ${file} (or the change it is derived from), or correct ${ref.what}`,
      })),
    );
  }
  const byId = new Map(stated.map((m) => [m.id, m]));
  return { metrics, checks: display.checks.map((check) => checkRate(check, byId)) };
}

function validateMetrics(metrics: StatedMetric[], report: Report, raw: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const points = new Map<string, Point>(report.sections.flatMap((s) => s.points.map((p) => [p.id, p] as const)));
  const seen = new Set<string>();
  const spans = new Map<string, { id: string; lang: Lang; start: number; end: number }[]>();

  metrics.forEach((metric, index) => {
    // Each problem points at the field at fault: the id, the point, a quote, change_of.
    let field: PropertyKey[] = ['id'];
    const report = (problem: string, fix: string) =>
      problems.push(problemAt(raw, file, ['metrics', index, ...field], `metric "${metric.id}": ${problem}`, fix));
    if (!ID_PATTERN.test(metric.id)) report('the id is malformed', 'use lowercase letters, digits and single hyphens, e.g. "loss-rate"');
    if (seen.has(metric.id)) report('the id is used twice', 'give each metric an id of its own; published ids never change');
    seen.add(metric.id);

    const point = points.get(metric.source.point);
    field = ['source', 'point'];
    if (!point) {
      report(`source.point "${metric.source.point}" is not a point of the report`, 'use the id of the point whose text states this figure, e.g. "ch1-6-p2"');
      return;
    }
    for (const lang of ['zh', 'en'] as const) {
      const quote = lang === 'zh' ? metric.source.quote : metric.source.quote_en;
      const name = lang === 'zh' ? 'source.quote' : 'source.quote_en';
      field = ['source', lang === 'zh' ? 'quote' : 'quote_en'];
      const text = point.text[lang];
      const at = text.indexOf(quote);
      const problem = quoteProblem(text, quote);
      if (problem === 'missing') {
        report(
          `${name} "${quote}" is not in the ${lang === 'zh' ? 'Chinese' : 'English'} of point "${point.id}"`,
          `copy the words exactly from the point's ${lang === 'zh' ? 'Chinese' : 'English'} text (content/${lang}/report.md)`,
        );
        continue;
      }
      if (problem === 'repeated')
        report(`${name} "${quote}" occurs more than once in point "${point.id}"`, 'quote a few more words so that it points at one place');
      if (!statesNumber(quote, metric.value, lang))
        report(`${name} "${quote}" does not state the value ${metric.value}`, `quote the words that state ${Math.abs(metric.value)}, or correct the value`);
      const key = `${point.id}/${lang}`;
      const overlap = (spans.get(key) ?? []).find((s) => at < s.end && s.start < at + quote.length);
      if (overlap) report(`${name} overlaps the quote of "${overlap.id}"`, 'quotes in one point must not overlap: shorten one of them');
      spans.set(key, [...(spans.get(key) ?? []), { id: metric.id, lang, start: at, end: at + quote.length }]);
    }

    field = ['change_of'];
    if (metric.change_of !== undefined) {
      const base = metrics.find((m) => m.id === metric.change_of);
      if (!base) report(`change_of "${metric.change_of}" is not a metric`, 'use the id of the metric this is the year-on-year change of');
      else if (!changeRule(base, metric))
        report(
          `a change in ${metric.unit} cannot be applied to "${base.id}" in ${base.unit}`,
          'a count changes by percent or by the same unit, a percent by percentage-points, a rank by places',
        );
      else if (base.qualifier !== 'exact' || metric.qualifier !== 'exact')
        report('a previous-year value can only be derived from exact figures', 'set qualifier to "exact", or remove change_of');
    }
  });
  return problems;
}

/** The site's figures, loaded and validated once per build. */
export const getFigures = once((): Figures => loadFigures(getReport()));
