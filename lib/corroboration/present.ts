import { fill } from '../cite/dictionary';
import type { Lang } from '../content/types';
import { getCharts } from '../figures/charts';
import { formatMeasure, formatMetricValue, formatNumber } from '../figures/format';
import { clean, decimalsOf } from '../figures/numbers';
import type { DerivedMetric, Figures, Metric } from '../figures/types';
import { dictionary } from '../site/dictionaries';
import { figurePageUrl } from '../site/urls';
import type { Comparison, Corroboration, OtherFigure, OtherSource } from './types';

/** One comparison as the reader sees it. */
export interface ComparisonRow {
  id: string;
  label: string;
  ours: string;
  theirs: string;
  agrees: boolean;
  verdict: string;
  /** How a derived value was reached, why a gap is not rounding, what each report counts. */
  notes: string[];
}

/** Everything one source contributes to a block: who said it, where, and the comparisons. */
export interface SourceBlock {
  id: string;
  issuer: string;
  document: string;
  delivered: string;
  url: string;
  short: string;
  verified: string;
  rows: ComparisonRow[];
  /** The source's other figures shown with these comparisons, and its own arithmetic. */
  also: string[];
}

/** The metric ids a chart draws. */
export const chartMetrics = (chartId: string): string[] =>
  getCharts()
    .find((c) => c.id === chartId)
    ?.rows.flatMap((row) => Object.values(row.values)) ?? [];

/**
 * The comparisons that concern some of our figures: those of the figures themselves and of the
 * values they derive from or lead to (the page of the 2020 count shows the comparison of 2019's).
 */
export function comparisonsFor(metricIds: readonly string[], corroboration: Corroboration, figures: Figures): Comparison[] {
  const derived = figures.metrics.filter((m): m is DerivedMetric => m.kind === 'derived');
  const related = new Set(metricIds);
  for (const d of derived) if (related.has(d.id) || d.inputs.some((id) => related.has(id))) [d.id, ...d.inputs].forEach((id) => related.add(id));
  return corroboration.comparisons.filter((c) => related.has(c.ours));
}

const sourceOf = (c: Corroboration, id: string): OtherSource => {
  const figure = c.figures.find((f) => f.id === id) ?? c.statements.find((s) => s.id === id);
  const derived = c.derived.find((d) => d.id === id);
  const sourceId = figure?.source ?? c.figures.find((f) => f.id === derived?.inputs[0])!.source;
  return c.sources.find((s) => s.id === sourceId)!;
};

const longDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-Hans' : 'en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The "Other official sources" block for some of our figures, in a language; null if none is compared. */
export function corroborationBlocks(metricIds: readonly string[], corroboration: Corroboration, figures: Figures, lang: Lang): SourceBlock[] {
  const t = dictionary(lang).corroboration;
  const tf = dictionary(lang).figures;
  const ours = new Map<string, Metric>(figures.metrics.map((m) => [m.id, m]));
  const theirs = new Map<string, OtherFigure | DerivedMetric>([...corroboration.figures, ...corroboration.derived].map((f) => [f.id, f]));
  const comparisons = comparisonsFor(metricIds, corroboration, figures);
  const blocks: SourceBlock[] = [];
  for (const comparison of comparisons) {
    const source = sourceOf(corroboration, comparison.theirs);
    let block = blocks.find((b) => b.id === source.id);
    if (!block) {
      block = {
        id: source.id,
        issuer: source.issuer[lang],
        document: source.document[lang],
        delivered: source.delivered[lang],
        url: source.url,
        short: source.short[lang],
        verified: fill(t.verified, { date: longDate(source.verified.date, lang) }),
        rows: [],
        also: [],
      };
      blocks.push(block);
    }
    const mine = ours.get(comparison.ours)!;
    const statement = corroboration.statements.find((s) => s.id === comparison.theirs);
    const other = theirs.get(comparison.theirs);
    const notes: string[] = [];
    let verdict: string;
    if (statement) {
      verdict = comparison.agrees ? fill(t.agreesDirection, { direction: statement.direction === 'down' ? t.fall : t.rise }) : t.disagreesDirection;
    } else {
      const difference = comparison.difference ?? 0;
      verdict = comparison.agrees
        ? t.agrees
        : fill(t.differsBy, { n: formatMeasure(Math.abs(difference), mine.unit, lang), higher: difference > 0 ? t.higher : t.lower });
      if (other?.kind === 'derived') notes.push(other.explanation[lang]);
      if (!comparison.agrees && mine.kind === 'derived' && other) notes.push(gapNote(mine, other, ours, lang));
    }
    if (comparison.note) notes.push(comparison.note[lang]);
    block.rows.push({
      id: comparison.id,
      label: comparison.label[lang],
      ours: `${formatMetricValue(mine, lang)}${mine.kind === 'derived' ? tf.derivedTag : ''}`,
      theirs: statement
        ? statement.text[lang]
        : other!.kind === 'derived'
          ? `${formatMetricValue(other!, lang)}${tf.derivedTag}`
          : formatMeasure(other!.value, other!.unit, lang, other!.change_of !== undefined),
      agrees: comparison.agrees,
      verdict,
      notes,
    });
    for (const id of comparison.context) {
      const figure = corroboration.figures.find((f) => f.id === id)!;
      const line = `${figure.label[lang]}${lang === 'zh' ? `，${figure.period}年：` : `, ${figure.period}: `}${formatMeasure(figure.value, figure.unit, lang, figure.change_of !== undefined)}`;
      if (!block.also.includes(line)) block.also.push(line);
    }
    for (const check of corroboration.checks) {
      if (!check.inputs.every((id) => comparison.context.includes(id))) continue;
      const line = `${check.description[lang]}${lang === 'zh' ? '：' : ': '}${check.formula} = ${formatNumber(check.computed, lang)} → ${check.ok ? tf.checkOk : tf.checkFailed}`;
      if (!block.also.includes(line)) block.also.push(line);
    }
  }
  return blocks;
}

/**
 * Why a gap between our derived value and theirs is not the rounding of our inputs, and what our
 * stated figure would mean if theirs were right: 1,926 against 2,561 would be −24.80%, not −24.85%.
 */
function gapNote(mine: DerivedMetric, other: OtherFigure | DerivedMetric, ours: Map<string, Metric>, lang: Lang): string {
  const t = dictionary(lang).corroboration;
  const [baseId, changeId] = mine.inputs;
  const base = ours.get(baseId)!;
  const change = ours.get(changeId)!;
  const values = {
    ours: formatMetricValue(mine, lang),
    range:
      mine.interval.low === mine.interval.high
        ? formatMeasure(mine.value, mine.unit, lang)
        : lang === 'zh'
          ? `${formatMeasure(mine.interval.low, mine.unit, lang)}至${formatMeasure(mine.interval.high, mine.unit, lang)}之间`
          : `between ${formatMeasure(mine.interval.low, mine.unit, lang)} and ${formatMeasure(mine.interval.high, mine.unit, lang)}`,
    theirs: formatMeasure(other.value, other.unit, lang),
    base: formatMeasure(base.value, base.unit, lang),
    change: formatMeasure(change.value, change.unit, lang, true),
  };
  if (change.unit !== 'percent') return fill(t.notRounding, values);
  // At the precision the report states its change with: −24.80%, not −24.8%, beside −24.85%.
  const places = decimalsOf(change.value);
  const implied = formatNumber(clean((base.value / other.value - 1) * 100, places), lang, {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    signDisplay: 'exceptZero',
  });
  return fill(t.notRoundingImplied, { ...values, implied: `${implied}%` });
}

/** Where an other-source figure is shown: the "Other official sources" block of the figure page it concerns. */
export function otherFigureUrl(lang: Lang, figureId: string, corroboration: Corroboration, figures: Figures): string | null {
  const comparison = corroboration.comparisons.find(
    (c) => c.theirs === figureId || c.context.includes(figureId) || corroboration.derived.some((d) => d.id === c.theirs && d.inputs.includes(figureId)),
  );
  if (!comparison) return null;
  const mine = figures.metrics.find((m) => m.id === comparison.ours)!;
  return `${figurePageUrl(lang, mine.kind === 'derived' ? mine.inputs[0] : mine.id)}#other-sources`;
}
