import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { getGlossary } from '@/lib/glossary/load';
import { searchData } from '@/lib/search/build';

// Written to out/data/search.json at build time; fetched only when a reader starts searching.
export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(searchData(getReport(), getFigures(), getGlossary())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
