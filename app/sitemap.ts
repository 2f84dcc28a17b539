import type { MetadataRoute } from 'next';
import { getReport } from '@/lib/content/load';
import { getFigures } from '@/lib/figures/load';
import { statedMetrics } from '@/lib/figures/share';
import { sitemapEntries } from '@/lib/site/sitemap';

// Written to out/sitemap.xml at build time.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(
    getReport(),
    statedMetrics(getFigures()).map((m) => m.id),
  );
}
