import { getReport } from '@/lib/content/load';
import { dictionary } from '@/lib/site/dictionaries';
import { formatDate, HTML_LANG, LANGS } from '@/lib/site/i18n';
import { homeUrl } from '@/lib/site/urls';

/**
 * A page in both languages at once ("/", the 404 page and the error page): a bilingual heading, an
 * optional bilingual line under it, then the report's title in each language, each linking to that
 * language's home.
 */
export function LanguageChoice({ heading, note }: { heading: { zh: string; en: string }; note?: { zh: string; en: string } }) {
  const { meta } = getReport();
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col justify-center px-4 py-12">
      <h1 className="mb-8 text-center text-xl font-bold text-balance sm:text-2xl">
        {heading.zh}
        <span lang="en" className="mt-1 block text-lg font-semibold sm:text-xl">
          {heading.en}
        </span>
      </h1>
      {note && (
        <p className="mb-8 text-center text-stone-700 dark:text-stone-300">
          {note.zh}
          <span lang="en" className="mt-1 block">
            {note.en}
          </span>
        </p>
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
            <h2 className="mt-2 text-xl leading-snug font-bold text-[var(--color-accent)] group-hover:underline sm:text-2xl">{meta.title[lang]}</h2>
            <span className="mt-3 text-stone-700 dark:text-stone-300">
              {meta.issuer[lang]} · {formatDate(meta.delivered.date, lang)}
            </span>
            <span className="mt-6 self-start rounded-md bg-[var(--color-accent)] px-4 py-2 font-medium text-white dark:text-stone-950">
              {dictionary(lang).readInThisLanguage}
            </span>
          </a>
        ))}
      </div>
    </main>
  );
}
