import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Hast } from '@/components/report/Hast';
import { ReaderShell, type ShellLayout } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { loadProse } from '@/lib/content/prose';
import type { Lang, Report } from '@/lib/content/types';
import { dictionary, type Dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ lang: string }> };

interface PageSpec {
  /** The page's title and description, from the dictionary (or, for a feature with its own dictionary, by language). */
  text: (t: Dictionary, lang: Lang) => { title: string; description: string };
  url: (lang: Lang) => string;
  layout?: ShellLayout;
  currentPageId?: string;
  /** Whether the body starts with the title as its h1 (prose pages carry their own). */
  heading?: boolean;
  body: (lang: Lang, report: Report) => ReactNode;
}

/**
 * A one-per-language page of the site (figures, glossary, problems → plans, about, translation
 * notes): its metadata and its frame, so the route file only names what differs.
 */
export function languagePage({ text, url, layout, currentPageId, heading = true, body }: PageSpec) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const lang = await langParam(params);
    const { title, description } = text(dictionary(lang), lang);
    return pageMetadata(lang, url(lang), title, description);
  }
  async function Page({ params }: Props) {
    const lang = await langParam(params);
    const report = getReport();
    const { title } = text(dictionary(lang), lang);
    return (
      <ReaderShell report={report} lang={lang} path={url(lang)} layout={layout} currentPageId={currentPageId}>
        <Breadcrumbs lang={lang} trail={[]} current={title} />
        {heading && <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{title}</h1>}
        {body(lang, report)}
      </ReaderShell>
    );
  }
  return { generateMetadata, Page };
}

/** A page of the site's own prose, content/<lang>/<name>.md. */
export function prosePage(name: string, text: PageSpec['text'], url: PageSpec['url'], after?: (lang: Lang) => ReactNode) {
  return languagePage({
    text,
    url,
    heading: false,
    body: (lang) => (
      <div className="prose">
        <Hast nodes={loadProse(lang, name).children} />
        {after?.(lang)}
      </div>
    ),
  });
}
