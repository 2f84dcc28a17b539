import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bilingual } from '../content/schema';
import { ContentError, type ContentProblem } from '../content/errors';
import { positionOfPath, problemAt, readContentJson } from '../content/json';
import type { Bilingual, Lang } from '../content/types';
import { ID_PATTERN } from '../content/validate';
import { once } from '../content/cache';

/**
 * content/figures.json: how the report's figures are grouped and shown, which is content like the
 * figures themselves: the topics (ids and labels), the charts (which metrics each draws, in which
 * rows and series, under which title) and the consistency checks (a stated rate beside its parts).
 */
export const DISPLAY_FILE = 'content/figures.json';

const id = z.string().regex(ID_PATTERN, 'must be lowercase letters, digits and hyphens, e.g. "loss-rate"');
const schema = z.strictObject({
  topics: z.array(z.strictObject({ id, label: bilingual })).min(1),
  charts: z.array(
    z.strictObject({
      id,
      title: bilingual,
      /** bars: a bar chart drawn at build time; tiles: large numbers side by side (figures in different units). */
      kind: z.enum(['bars', 'tiles']),
      /** The value axis: counts start at zero; percentages run 0–100. */
      scale: z.enum(['count', 'percent']),
      series: z.array(z.strictObject({ key: z.string().min(1), label: bilingual })).min(1),
      rows: z.array(z.strictObject({ label: bilingual, values: z.record(z.string(), id) })).min(1),
    }),
  ),
  checks: z.array(
    z.strictObject({
      id,
      part: id,
      whole: id,
      rate: id,
      /** {stated} is replaced by the stated rate as the report gives it. */
      description: bilingual.refine(
        (d) => d.zh.includes('{stated}') && d.en.includes('{stated}'),
        'both languages must say {stated} where the stated rate goes (it is filled in from content/metrics.json)',
      ),
    }),
  ),
});

export type Display = z.infer<typeof schema>;
export type ChartSpec = Display['charts'][number];
export type RateCheckSpec = Display['checks'][number];
export type TopicSpec = { id: string; label: Bilingual };

/** Reads and validates content/figures.json; every problem names its line and the fix. */
export function loadDisplay(file = DISPLAY_FILE, root = process.cwd()): Display {
  const { raw, data } = readContentJson(file, root, schema, 'see the format of content/figures.json in the README');
  const problems: ContentProblem[] = [];
  const twice = (list: { id: string }[], kind: string, key: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) problems.push(problemAt(raw, file, [key, index, 'id'], `${kind} "${item.id}" is listed twice`, 'give each its own id'));
      seen.add(item.id);
    });
  };
  twice(data.topics, 'the topic', 'topics');
  twice(data.charts, 'the chart', 'charts');
  twice(data.checks, 'the check', 'checks');
  data.charts.forEach((chart, c) =>
    chart.rows.forEach((row, r) => {
      const keys = Object.keys(row.values).sort().join();
      if (
        keys !==
        chart.series
          .map((s) => s.key)
          .sort()
          .join()
      )
        problems.push(
          problemAt(
            raw,
            file,
            ['charts', c, 'rows', r, 'values'],
            `chart "${chart.id}": a row gives values for [${keys}], its series are [${chart.series.map((s) => s.key).join(', ')}]`,
            'give every row one metric id per series key',
          ),
        );
    }),
  );
  if (problems.length) throw new ContentError(problems);
  return data;
}

/** Where a metric id is used by a chart or a check, for the figures loader's error messages. */
export function displayReferences(display: Display, file = DISPLAY_FILE, root = process.cwd()): { id: string; what: string; line: number; column: number }[] {
  const raw = readFileSync(join(root, file), 'utf8');
  return [
    ...display.charts.flatMap((chart, c) =>
      chart.rows.flatMap((row, r) =>
        Object.entries(row.values).map(([key, metric]) => ({
          id: metric,
          what: `the chart "${chart.id}"`,
          ...positionOfPath(raw, ['charts', c, 'rows', r, 'values', key]),
        })),
      ),
    ),
    ...display.checks.flatMap((check, k) =>
      (['part', 'whole', 'rate'] as const).map((key) => ({ id: check[key], what: `the check "${check.id}"`, ...positionOfPath(raw, ['checks', k, key]) })),
    ),
  ];
}

/** The site's topics, charts and checks, loaded once per build. */
export const getDisplay = once((): Display => loadDisplay());

/** A topic's label in a language; an unknown topic is refused when the figures load, so this always finds one. */
export const topicLabel = (topic: string, lang: Lang): string => getDisplay().topics.find((t) => t.id === topic)?.label[lang] ?? topic;
