import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/GlossaryList';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { getGlossary } from '@/lib/glossary/load';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { glossaryUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang).glossary;
  return pageMetadata(lang, glossaryUrl(lang), t.pageTitle, t.pageDescription);
}

/** Every term with its Chinese, pinyin, our rendering, a plain explanation and where it is first met. */
export default async function GlossaryPage({ params }: Props) {
  const lang = await langParam(params);
  const report = getReport();
  const t = dictionary(lang).glossary;
  return (
    <ReaderShell report={report} lang={lang} path={glossaryUrl(lang)} currentPageId="glossary">
      <Breadcrumbs lang={lang} trail={[]} current={t.pageTitle} />
      <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{t.pageTitle}</h1>
      <p className="mb-8 leading-relaxed">{t.intro}</p>
      <GlossaryList glossary={getGlossary()} lang={lang} report={report} />
    </ReaderShell>
  );
}
