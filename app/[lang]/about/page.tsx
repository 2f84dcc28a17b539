import type { Metadata } from 'next';
import { Hast } from '@/components/report/Hast';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { loadProse } from '@/lib/content/prose';
import { dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';
import { aboutUrl } from '@/lib/site/urls';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langParam(params);
  const t = dictionary(lang);
  return pageMetadata(lang, aboutUrl(lang), t.about, t.aboutDescription);
}

/** About: the source, what we supplied, the translation, how ids and links work. */
export default async function AboutPage({ params }: Props) {
  const lang = await langParam(params);
  return (
    <ReaderShell report={getReport()} lang={lang} path={aboutUrl(lang)}>
      <Breadcrumbs lang={lang} trail={[]} current={dictionary(lang).about} />
      <div className="prose">
        <Hast nodes={loadProse(lang, 'about').children} />
      </div>
    </ReaderShell>
  );
}
