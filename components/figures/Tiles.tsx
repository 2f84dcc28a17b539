import type { ChartData } from '@/lib/figures/charts';

/** Figures in different units side by side as large numbers; a percentage also gets a bar. */
export function Tiles({ chart }: { chart: ChartData }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {chart.rows.map((row) => {
        const cell = row.cells.value;
        const isPercent = cell.text.endsWith('%');
        return (
          <li key={row.label} className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-700 dark:bg-stone-950">
            <p className="text-sm text-stone-600 dark:text-stone-400">{row.label}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums">{cell.text}</p>
            {isPercent && (
              <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-3 h-2 w-full overflow-visible rounded">
                <rect width="100" height="6" rx="3" className="fill-stone-200 dark:fill-stone-800" />
                <rect width={cell.value} height="6" rx="3" className="fill-[var(--chart-stated)]" />
              </svg>
            )}
          </li>
        );
      })}
    </ul>
  );
}
