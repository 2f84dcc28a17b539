import type { Metadata } from 'next';
import { CiteFormats } from '@/components/cite/CiteFormats';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { citeDictionary, fill } from '@/lib/cite/dictionary';
import { citeData, citeIds } from '@/lib/cite/source';
import type { CiteData } from '@/lib/cite/types';
import { citeUrl } from '@/lib/cite/urls';
import { getReport } from '@/lib/content/load';
import { LANGS, type Lang } from '@/lib/content/types';
import { getFigures } from '@/lib/figures/load';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { getVersion } from '@/lib/version/load';

type Props = { params: Promise<{ lang: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => citeIds(getReport(), getFigures()).map((id) => ({ lang, id })));
}

async function resolve(params: Props['params']): Promise<{ lang: Lang; data: CiteData; title: string }> {
  const lang = await langParam(params);
  const { id } = await params;
  const data = citeData(getReport(), getFigures(), getVersion(), id);
  const { target } = data;
  const what = target.kind === 'report' ? data.work.title[lang] : target.kind === 'point' ? target.location![lang] : target.figure!.label[lang];
  return { lang, data, title: fill(citeDictionary(lang).citeTitle, { what }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, data, title } = await resolve(params);
  // A utility page: followed, not indexed (the text it cites is indexed at its own URL).
  return { ...pageMetadata(lang, citeUrl(lang, data.target.id), title, citeDictionary(lang).pageDescription), robots: { index: false, follow: true } };
}

/** Cite: every format for the report, a point or a figure, as text; the no-JavaScript side of the cite dialog. */
export default async function CitePage({ params }: Props) {
  const { lang, data, title } = await resolve(params);
  const report = getReport();
  return (
    <ReaderShell report={report} lang={lang} path={citeUrl(lang, data.target.id)}>
      <Breadcrumbs lang={lang} trail={[]} current={title} />
      <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{title}</h1>
      <p className="mb-2">
        <a href={data.target.url[lang]} className="break-all underline underline-offset-2">
          {data.target.url[lang]}
        </a>
      </p>
      <CiteFormats data={data} lang={lang} />
    </ReaderShell>
  );
}
