import { citeData, citeIds } from '@/lib/cite/source';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { getVersion } from '@/lib/version/load';

// What the cite dialog needs for one id (the report, a point, a figure): out/data/cite/<id>.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return citeIds(getReport(), getFigures()).map((id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = citeData(getReport(), getFigures(), getVersion(), file.replace(/\.json$/, ''));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
