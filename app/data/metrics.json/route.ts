import { getReport } from '@/lib/content/load';
import { getCorroboration } from '@/lib/corroboration/load';
import { metricsJson } from '@/lib/figures/export';
import { getFigures } from '@/lib/figures/load';

// Written to out/data/metrics.json at build time.
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(metricsJson(getFigures(), getReport(), getCorroboration()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
