import type { Lang } from '@/lib/content/types';
import type { ChartData } from '@/lib/figures/charts';
import { drawnChart } from '@/lib/figures/drawn';
import { Hast } from '@/components/report/Hast';

/**
 * A bar chart as drawn at build time (components/figures/drawing): a narrow and a wide drawing,
 * of which CSS shows the one that fits the figure's width (a container query, app/globals.css),
 * coloured by CSS for light, dark, high contrast and print. No script: the picture is in the HTML.
 */
export function ChartDrawing({ chart, lang }: { chart: ChartData; lang: Lang }) {
  const { narrow, wide } = drawnChart(chart, lang);
  return (
    <div className="chart-box">
      <Hast nodes={[narrow, wide]} />
    </div>
  );
}
