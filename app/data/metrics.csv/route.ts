import { getReport } from '@/lib/content/load';
import { getCorroboration } from '@/lib/corroboration/load';
import { metricsCsv } from '@/lib/figures/export';
import { getFigures } from '@/lib/figures/load';

// Written to out/data/metrics.csv at build time (UTF-8 with a byte-order mark, for Excel).
export const dynamic = 'force-static';

export function GET() {
  return new Response(metricsCsv(getFigures(), getReport(), getCorroboration()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
