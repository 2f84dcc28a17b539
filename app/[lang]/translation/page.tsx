import type { Metadata } from 'next';
import { Hast } from '@/components/report/Hast';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { loadProse } from '@/lib/content/prose';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { translationUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang);
  return pageMetadata(lang, translationUrl(lang), t.translationNotes, t.translationDescription);
}

/** How the translation was made and the choices that matter. */
export default async function TranslationPage({ params }: Props) {
  const lang = await langParam(params);
  return (
    <ReaderShell report={getReport()} lang={lang} path={translationUrl(lang)}>
      <Breadcrumbs lang={lang} trail={[]} current={dictionary(lang).translationNotes} />
      <div className="prose">
        <Hast nodes={loadProse(lang, 'translation').children} />
      </div>
    </ReaderShell>
  );
}
