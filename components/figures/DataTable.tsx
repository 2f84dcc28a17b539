import type { ChartData } from '@/lib/figures/charts';
import type { FiguresDictionary } from '@/lib/site/dictionaries';

/**
 * The chart's numbers as a real table, in the static HTML; derived cells are marked. It has no
 * caption: it sits in the figure, under "Data table", just after the figure's title, which a
 * caption would make a screen reader say a third time.
 */
export function DataTable({ chart, t }: { chart: ChartData; t: FiguresDictionary }) {
  const single = chart.series.length === 1;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm tabular-nums">
        <thead>
          <tr className="border-b border-stone-300 text-left dark:border-stone-700">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t.category}
            </th>
            {chart.series.map((series) => (
              <th key={series.key} scope="col" className="py-1.5 pr-3 text-right font-medium">
                {single ? t.columns.value : series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.label} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {row.label}
              </th>
              {chart.series.map((series) => {
                const cell = row.cells[series.key];
                return (
                  <td key={series.key} className="py-1.5 pr-3 text-right">
                    {cell.text}
                    {cell.derived && (
                      <>
                        <span aria-hidden="true">*</span>
                        <span className="sr-only">{t.derivedTag}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
