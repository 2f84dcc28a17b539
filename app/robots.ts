import type { MetadataRoute } from 'next';
import { SITE_ORIGIN } from '@/lib/site/config';

// Written to out/robots.txt at build time: every page may be crawled; the sitemap lists them.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${SITE_ORIGIN}/sitemap.xml` };
}
