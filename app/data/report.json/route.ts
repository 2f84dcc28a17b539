import { getReport } from '@/lib/content/load';
import { reportJson } from '@/lib/site/report-json';

// Written to out/data/report.json at build time.
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(reportJson(getReport()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
