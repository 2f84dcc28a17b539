import { getReport } from '@/lib/content/load';
import { dictionary } from '@/lib/site/dictionaries';
import { formatDate, HTML_LANG, LANGS } from '@/lib/site/i18n';
import { homeUrl } from '@/lib/site/urls';

/** The report's title in both languages, each linking to its home; used at "/" and on the 404 page. */
export function LanguageChoice({ headingLevel, intro }: { headingLevel: 1 | 2; intro?: { zh: string; en: string } }) {
  const { meta } = getReport();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col justify-center px-4 py-12">
      {intro && (
        <div className="mb-10 space-y-1 text-center">
          <h1 className="text-2xl font-bold">
            {intro.zh} <span lang="en">{intro.en}</span>
          </h1>
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {LANGS.map((lang) => (
          <a
            key={lang}
            href={homeUrl(lang)}
            lang={HTML_LANG[lang]}
            hrefLang={HTML_LANG[lang]}
            className="group flex flex-col rounded-xl border-2 border-stone-200 bg-white p-6 shadow-sm hover:border-[var(--color-accent)] focus-visible:border-[var(--color-accent)] dark:border-stone-800 dark:bg-stone-900"
          >
            <span className="text-sm font-medium tracking-wide text-stone-600 uppercase dark:text-stone-400">{dictionary(lang).chooseLanguage}</span>
            <Heading className="mt-2 text-xl leading-snug font-bold text-[var(--color-accent)] group-hover:underline sm:text-2xl">{meta.title[lang]}</Heading>
            <span className="mt-3 text-stone-700 dark:text-stone-300">
              {meta.issuer[lang]} · {formatDate(meta.delivered.date, lang)}
            </span>
            <span className="mt-6 self-start rounded-md bg-[var(--color-accent)] px-4 py-2 font-medium text-white dark:text-stone-950">{dictionary(lang).readInThisLanguage}</span>
          </a>
        ))}
      </div>
    </main>
  );
}
