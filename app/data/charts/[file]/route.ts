import { getReport } from '@/lib/content/load';
import { getCharts } from '@/lib/figures/charts';
import { chartCsv } from '@/lib/figures/export';
import { getFigures } from '@/lib/figures/load';

// One CSV per chart, written to out/data/charts/<chart>.csv at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCharts().map((chart) => ({ file: `${chart.id}.csv` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const spec = getCharts().find((chart) => `${chart.id}.csv` === file)!;
  return new Response(chartCsv(spec, getFigures(), getReport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
