import { z } from 'zod';
import { bilingual, figureFields } from '../content/schema';
import { ContentError, type ContentProblem } from '../content/errors';
import { positionOfPath, readContentJson } from '../content/json';
import { getReport } from '../content/load';
import type { Report } from '../content/types';
import { ID_PATTERN } from '../content/validate';
import { changeRule, checkRate, derivePrevious } from '../figures/derive';
import { formatMeasure } from '../figures/format';
import { getFigures } from '../figures/load';
import { clean, roundingHalfWidth, statesNumber } from '../figures/numbers';
import type { DerivedMetric, Figures, Metric } from '../figures/types';
import type { Comparison, Corroboration, OtherFigure, OtherSource, OtherStatement } from './types';
import { once } from '../content/cache';

export const CORROBORATION_FILE = 'content/corroboration.json';

const sourceSchema = z.strictObject({
  id: z.string(),
  issuer: bilingual,
  /** How the block names the source in a column head: "Court’s report". */
  short: bilingual,
  document: bilingual,
  delivered: z.strictObject({ date: z.iso.date(), zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
  url: z.url(),
  /** When and how the figures were checked against the source, and the exact words seen there. */
  verified: z.strictObject({ date: z.iso.date(), how: z.string().trim().min(1), words: z.array(z.string().min(1)).min(1) }),
});
const figureSchema = z.strictObject({
  ...figureFields,
  source: z.string(),
  /** The source's own words that state the value, exactly as verified. */
  quote: z.string().min(1),
});
const statementSchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  label: bilingual,
  period: z.string().trim().min(1),
  direction: z.enum(['up', 'down']),
  /** What the source says, in our words. */
  text: bilingual,
  quote: z.string().min(1),
});
const checkSchema = z.strictObject({ id: z.string(), part: z.string(), whole: z.string(), rate: z.string(), description: bilingual });
const comparisonSchema = z.strictObject({
  id: z.string(),
  /** What is compared, in our words: "First-instance administrative cases citywide, 2019". */
  label: bilingual,
  /** A metric of content/metrics.json, stated or derived. */
  ours: z.string(),
  /** A figure or statement of another source, or a value derived from its figures ("court-loss-rate-2020"). */
  theirs: z.string(),
  /** What the build must find: both agree, or they differ by this much (in the figures' unit). */
  expect: z.union([z.literal('agrees'), z.strictObject({ differs_by: z.number().positive() })]),
  /** Other figures of the same source shown with this comparison (the inputs of a derived value, say). */
  context: z.array(z.string()).default([]),
  /** A fact to state beside it, in our words. */
  note: bilingual.optional(),
});
const schema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
  figures: z.array(figureSchema).min(1),
  statements: z.array(statementSchema).default([]),
  checks: z.array(checkSchema).default([]),
  comparisons: z.array(comparisonSchema).min(1),
});

const FALL = /下降|回落|减少/;
const RISE = /上升|增长|增加/;
const COUNTS = new Set(['cases', 'people', 'documents', 'items', 'units', 'certificates']);

/** The range a stated value stands for: exact counts are themselves; rates carry their rounding. */
const rangeOf = (metric: Pick<Metric, 'value' | 'unit'> & { interval?: { low: number; high: number } }) => {
  if (metric.interval) return metric.interval;
  if (COUNTS.has(metric.unit) && Number.isInteger(metric.value)) return { low: metric.value, high: metric.value };
  const half = roundingHalfWidth(metric.value);
  return { low: clean(metric.value - half), high: clean(metric.value + half) };
};

/**
 * Reads content/corroboration.json, the same figures from other official sources, and checks it:
 * each figure's verified quote states its value (with the direction of a change), the source's own
 * arithmetic holds (128 ÷ 2,297 → 5.6%), and each comparison with our figures comes out as the
 * file expects (9.8% = 5.6% + 4.2 points agrees; our derived 2,563 differs from the court's 2,561
 * by 2). A figure copied wrongly stops the build naming the file, the line and the fix.
 */
export function loadCorroboration(report: Report, figures: Figures, file = CORROBORATION_FILE, root = process.cwd()): Corroboration {
  const { raw, data } = readContentJson(file, root, schema, 'see the format of content/corroboration.json in the README');
  const problems: ContentProblem[] = [];
  const LISTS = ['sources', 'figures', 'statements', 'checks', 'comparisons'] as const;
  // Where each item is written: its list and index (the first, for an id used twice).
  const paths = new Map<string, PropertyKey[]>();
  for (const list of LISTS) data[list].forEach((item, index) => paths.has(item.id) || paths.set(item.id, [list, index]));
  const add = (id: string, problem: string, fix: string, path: PropertyKey[] = [...(paths.get(id) ?? []), 'id']) =>
    problems.push({ file, ...positionOfPath(raw, path), problem, fix });

  const ours = new Map(figures.metrics.map((m) => [m.id, m]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const list of LISTS) {
    data[list].forEach((item, index) => {
      const here = [list, index, 'id'];
      if (!ID_PATTERN.test(item.id)) add(item.id, `the id "${item.id}" is malformed`, 'use lowercase letters, digits and single hyphens', here);
      if (seen.has(item.id) || ours.has(item.id))
        add(item.id, `the id "${item.id}" is already used`, 'give it an id of its own, not one of content/metrics.json', here);
      seen.add(item.id);
    });
  }

  const named = (id: string, kind: string) => `${kind} "${id}"`;
  for (const figure of [...data.figures, ...data.statements]) {
    const kind = 'value' in figure ? 'figure' : 'statement';
    if (!sources.has(figure.source)) add(figure.id, `${named(figure.id, kind)}: the source "${figure.source}" is not listed`, 'use the id of one of "sources"');
  }
  for (const figure of data.figures) {
    if (!statesNumber(figure.quote, figure.value, 'zh')) {
      add(
        figure.id,
        `figure "${figure.id}": the value ${figure.value} is not in its verified words “${figure.quote}”`,
        'correct the value to the number in the quoted words, which were checked against the source page; if the quote is wrong, check the page again and copy its words exactly',
      );
    }
    if (figure.change_of !== undefined) {
      const base = data.figures.find((f) => f.id === figure.change_of);
      if (!base)
        add(figure.id, `figure "${figure.id}": change_of "${figure.change_of}" is not a figure of this file`, 'use the id of the figure this is the change of');
      else if (!changeRule(base, figure))
        add(
          figure.id,
          `figure "${figure.id}": a change in ${figure.unit} cannot be applied to "${base.id}" in ${base.unit}`,
          'a count changes by percent or by the same unit, a percent by percentage-points',
        );
      if ((figure.value < 0 && !FALL.test(figure.quote)) || (figure.value > 0 && !RISE.test(figure.quote))) {
        add(
          figure.id,
          `figure "${figure.id}": the value ${figure.value} goes ${figure.value < 0 ? 'down' : 'up'}, but its verified words “${figure.quote}” do not say so`,
          `give the value the sign the words state (${FALL.test(figure.quote) ? 'a fall is negative' : 'a rise is positive'})`,
        );
      }
    }
  }
  for (const statement of data.statements) {
    const says = FALL.test(statement.quote) ? 'down' : RISE.test(statement.quote) ? 'up' : null;
    if (says !== statement.direction)
      add(
        statement.id,
        `statement "${statement.id}": direction "${statement.direction}" is not what its verified words “${statement.quote}” say`,
        `set "direction" to "${says ?? 'up" or "down'}", as the words state`,
      );
  }
  if (problems.length) throw new ContentError(problems);

  const stated = new Map(data.figures.map((f) => [f.id, f]));
  const derived = data.figures
    .filter((f) => f.change_of !== undefined)
    .map((change) => {
      const base = stated.get(change.change_of!)!;
      return withSource(derivePrevious(base, change), base, change, sources.get(change.source)!);
    });
  const otherFigures: OtherFigure[] = data.figures.map((f) => ({ ...f, kind: 'other-source' }));
  const statements: OtherStatement[] = data.statements.map((s) => ({ ...s, kind: 'statement' }));
  const theirs = new Map<string, OtherFigure | OtherStatement | DerivedMetric>([...otherFigures, ...statements, ...derived].map((item) => [item.id, item]));

  const checks = data.checks.map((spec) => {
    for (const id of [spec.part, spec.whole, spec.rate])
      if (!stated.has(id)) add(spec.id, `check "${spec.id}": "${id}" is not a figure of this file`, 'use the ids of the figures whose arithmetic it checks');
    return stated.has(spec.part) && stated.has(spec.whole) && stated.has(spec.rate) ? checkRate(spec, stated) : null;
  });
  for (const check of checks) {
    if (check && !check.ok) {
      add(
        check.id,
        `check "${check.id}": ${check.formula} = ${check.computed}, which does not round to the stated ${check.stated}%`,
        `one of the figures was copied wrongly: compare ${check.inputs.map((id) => `"${id}"`).join(', ')} with their verified words and the source page`,
      );
    }
  }

  const comparisons: Comparison[] = [];
  for (const spec of data.comparisons) {
    const mine = ours.get(spec.ours);
    const other = theirs.get(spec.theirs);
    if (!mine)
      add(
        spec.id,
        `comparison "${spec.id}": "${spec.ours}" is not a metric of content/metrics.json`,
        'use the id of one of our figures (a derived one ends in its year, e.g. "loss-rate-2019")',
      );
    if (!other)
      add(
        spec.id,
        `comparison "${spec.id}": "${spec.theirs}" is neither a figure nor a statement of this file, nor derived from them`,
        `use one of: ${[...theirs.keys()].join(', ')}`,
      );
    for (const id of spec.context)
      if (!stated.has(id)) add(spec.id, `comparison "${spec.id}": its context "${id}" is not a figure of this file`, 'list ids of "figures"');
    if (!mine || !other) continue;
    const comparison = { ...compare(spec.id, mine, other), label: spec.label, context: spec.context, note: spec.note ?? null };
    comparisons.push(comparison);
    const expected = spec.expect === 'agrees' ? 'agree' : `differ by ${spec.expect.differs_by}`;
    const found = comparison.agrees ? 'agree' : `differ by ${Math.abs(comparison.difference ?? 0)}`;
    if (expected !== found) {
      const show = (m: Pick<Metric, 'value' | 'unit'>) => formatMeasure(m.value, m.unit, 'en');
      const values =
        other.kind === 'statement'
          ? `our ${formatMeasure(mine.value, mine.unit, 'en', true)} and the statement that the figure went ${other.direction}`
          : `our ${show(mine)} and their ${show(other)}`;
      add(
        spec.id,
        `comparison "${spec.id}": ${values} ${found}, but the file expects them to ${expected}`,
        `check the figures against their verified words and the source page; if both are right, record what the build finds: "expect": ${found === 'agree' ? '"agrees"' : `{ "differs_by": ${Math.abs(comparison.difference ?? 0)} }`}`,
      );
    }
  }
  if (problems.length) throw new ContentError(problems);
  return { sources: data.sources, figures: otherFigures, statements, derived, checks: checks.filter((c) => c !== null), comparisons };
}

/** A value derived from another source's figures, labelled and explained as theirs, not the report's. */
function withSource(derived: DerivedMetric, base: z.infer<typeof figureSchema>, change: z.infer<typeof figureSchema>, source: OtherSource): DerivedMetric {
  const show = (value: number, unit: Metric['unit'], lang: 'zh' | 'en', signed = false) => formatMeasure(value, unit, lang, signed);
  const exact = derived.interval.low === derived.interval.high;
  return {
    ...derived,
    label: { zh: `${base.label.zh}，${derived.period}年（推算）`, en: `${base.label.en}, ${derived.period} (derived)` },
    explanation: {
      zh:
        `${source.issuer.zh}的报告没有直接给出${derived.period}年的数值，本值由其${base.period}年数值（${show(base.value, base.unit, 'zh')}）和同比变化（${show(change.value, change.unit, 'zh', true)}）推算：${derived.formula}。` +
        (exact
          ? ''
          : `由于这些数字经过四舍五入，实际值在${show(derived.interval.low, derived.unit, 'zh')}至${show(derived.interval.high, derived.unit, 'zh')}之间。`),
      en:
        `The ${source.issuer.en}’s report does not state the ${derived.period} value; it follows from its ${base.period} value (${show(base.value, base.unit, 'en')}) and the stated change (${show(change.value, change.unit, 'en', true)}): ${derived.formula}.` +
        (exact
          ? ''
          : ` Because these numbers are rounded, the true value lies between ${show(derived.interval.low, derived.unit, 'en')} and ${show(derived.interval.high, derived.unit, 'en')}.`),
    },
  };
}

/** Our figure beside theirs: do the ranges their rounding leaves open meet, and by how much do they differ? */
function compare(id: string, mine: Metric, other: OtherFigure | OtherStatement | DerivedMetric): Omit<Comparison, 'label' | 'context' | 'note'> {
  if (other.kind === 'statement') {
    const direction = mine.value < 0 ? 'down' : mine.value > 0 ? 'up' : null;
    return { id, ours: mine.id, theirs: other.id, agrees: direction === other.direction, difference: null };
  }
  const a = rangeOf(mine.kind === 'derived' ? mine : { value: mine.value, unit: mine.unit });
  const b = rangeOf(other.kind === 'derived' ? other : { value: other.value, unit: other.unit });
  return { id, ours: mine.id, theirs: other.id, agrees: a.low <= b.high && b.low <= a.high, difference: clean(mine.value - other.value) };
}

/** The site's corroborating figures, loaded and checked once per build. */
export const getCorroboration = once((): Corroboration => loadCorroboration(getReport(), getFigures()));
