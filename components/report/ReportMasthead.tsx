import { CiteLink } from '@/components/cite/CiteLink';
import type { Lang, Report } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';

/** The report's title block as printed: title, the meeting line, the issuer; and a way to cite the whole report. */
export function ReportMasthead({ report, lang, as: Title = 'h1' }: { report: Report; lang: Lang; as?: 'h1' | 'p' }) {
  const { meta } = report;
  return (
    <header className="mb-8 border-b border-stone-200 pb-6 text-center dark:border-stone-800">
      <Title data-listen="" className="text-2xl font-bold leading-snug text-balance text-[var(--color-accent)] sm:text-3xl">
        {meta.title[lang]}
      </Title>
      <p className="mt-3 text-stone-700 text-balance dark:text-stone-300">{meta.delivered[lang]}</p>
      <p className="mt-2 font-medium">{meta.issuer[lang]}</p>
      {lang === 'en' && <p className="mt-4 text-sm text-stone-600 italic dark:text-stone-400">{dictionary(lang).authoritativeNote}</p>}
      <p className="mt-3" data-print="no">
        <CiteLink lang={lang} id="report" kind="report" />
      </p>
    </header>
  );
}
