import type { ChartData } from '@/lib/figures/charts';
import type { FiguresDictionary } from '@/lib/site/dictionaries';

/** What the bar styles mean: solid for stated values, hatched for derived ones; series named when there are several. */
export function Legend({ chart, t }: { chart: ChartData; t: FiguresDictionary }) {
  const cells = chart.rows.flatMap((row) => Object.entries(row.cells));
  const items =
    chart.series.length > 1
      ? chart.series.map((s) => ({ label: s.label, derived: cells.filter(([key]) => key === s.key).every(([, c]) => c.derived) }))
      : [{ label: t.legendStated, derived: false }, ...(cells.some(([, c]) => c.derived) ? [{ label: t.legendDerived, derived: true }] : [])];
  if (items.length < 2) return null;
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`chart-swatch inline-block h-3 w-5 rounded-sm border-2 ${item.derived ? 'border-[var(--chart-derived)] bg-[repeating-linear-gradient(45deg,var(--chart-derived)_0_3px,transparent_3px_6px)]' : 'border-[var(--chart-stated)] bg-[var(--chart-stated)]'}`}
          />
          {item.label}
          {chart.series.length > 1 && (item.derived ? t.derivedTag : t.statedTag)}
        </li>
      ))}
    </ul>
  );
}
