import { jsonLdScript } from '@/lib/site/structured-data';

/** schema.org data for search engines: a non-executable script, so it survives the removal of Next's runtime. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
