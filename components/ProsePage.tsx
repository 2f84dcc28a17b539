import type { Metadata } from 'next';
import { Hast } from '@/components/report/Hast';
import { ReaderShell } from '@/components/shell';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { getReport } from '@/lib/content/load';
import { loadProse } from '@/lib/content/prose';
import type { Lang } from '@/lib/content/types';
import { dictionary, type Dictionary } from '@/lib/site/dictionaries';
import { langParam } from '@/lib/site/i18n';
import { pageMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ lang: string }> };

/**
 * A page of the site's own prose (content/<lang>/<name>.md): the route file names the file, its
 * title and description in the dictionary, and its URL.
 */
export function prosePage(name: string, text: (t: Dictionary) => { title: string; description: string }, url: (lang: Lang) => string) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const lang = await langParam(params);
    const { title, description } = text(dictionary(lang));
    return pageMetadata(lang, url(lang), title, description);
  }
  async function ProsePage({ params }: Props) {
    const lang = await langParam(params);
    return (
      <ReaderShell report={getReport()} lang={lang} path={url(lang)}>
        <Breadcrumbs lang={lang} trail={[]} current={text(dictionary(lang)).title} />
        <div className="prose">
          <Hast nodes={loadProse(lang, name).children} />
        </div>
      </ReaderShell>
    );
  }
  return { generateMetadata, ProsePage };
}
