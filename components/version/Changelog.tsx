import { longDate } from '@/lib/cite/dates';
import { citeDictionary, fill } from '@/lib/cite/dictionary';
import type { ContentVersion } from '@/lib/cite/types';
import type { Lang, Report } from '@/lib/content/types';
import { pointLabel, sectionLabel } from '@/lib/site/labels';
import { pointUrl, sectionUrl } from '@/lib/site/urls';
import type { Changelog as ChangelogData } from '@/lib/version/load';
import { VersionNote } from './VersionNote';

/** The releases, newest first, each with the translation corrections it includes and links to the corrected text. */
export function Changelog({ changelog, version, report, lang }: { changelog: ChangelogData; version: ContentVersion; report: Report; lang: Lang }) {
  const t = citeDictionary(lang).changelog;
  return (
    <div className="max-w-[44rem]">
      <p className="mb-3 leading-relaxed">{t.intro}</p>
      <VersionNote version={version} lang={lang} link={false} />
      {changelog.releases.map((release) => (
        <section key={release.version} aria-labelledby={`release-${release.version}`} className="mt-8">
          <h2 id={`release-${release.version}`} className="text-xl font-semibold">
            {t.release} <span className="font-mono">{release.version}</span>
            <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">{longDate(release.date, lang)}</span>
          </h2>
          <p className="mt-2 leading-relaxed">{release.summary[lang]}</p>
          <h3 className="mt-4 font-semibold">{t.corrections}</h3>
          {release.corrections.length === 0 ? (
            <p>{t.noCorrections}</p>
          ) : (
            <ul className="mt-2 space-y-4">
              {release.corrections.map((correction, index) => (
                <li key={index} className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {longDate(correction.date, lang)} · {fill(t.correctionOf, { lang: t.langName[correction.lang] })}
                  </p>
                  <p className="mt-1 leading-relaxed">{correction.summary[lang]}</p>
                  <p className="mt-2 text-sm">
                    {t.ids}:{' '}
                    {correction.ids.map((id, i) => (
                      <span key={id}>
                        {i > 0 && (lang === 'zh' ? '、' : ', ')}
                        <CorrectedLink id={id} report={report} lang={lang} />
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** A corrected point or section, by its printed label, linking to it in the reader's language. */
function CorrectedLink({ id, report, lang }: { id: string; report: Report; lang: Lang }) {
  const section = report.sections.find((s) => s.id === id);
  const point = report.sections.flatMap((s) => s.points).find((p) => p.id === id);
  const [href, label] = point ? [pointUrl(lang, report, point), pointLabel(point, lang, report)] : [sectionUrl(lang, section!), sectionLabel(section!, lang)];
  return (
    <a href={href} className="underline underline-offset-2">
      {label}
    </a>
  );
}
