import type { Lang, Report, Section } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { figuresUrl, fullReportUrl, glossaryUrl, parallelSectionUrl, parallelUrl, plansUrl, sectionUrl } from '@/lib/site/urls';

/**
 * The report's contents: chapters with their sub-sections, the opening and the closing. Each link
 * also names its parallel-view twin (data-parallel), which PageScript uses for a reader who chose
 * the parallel view.
 */
export function Contents({ report, lang, currentPageId }: { report: Report; lang: Lang; currentPageId?: string }) {
  const t = dictionary(lang);
  const chapters: { section: Section; children: Section[] }[] = [];
  for (const section of report.sections) {
    if (section.level === 1) chapters.push({ section, children: [] });
    else chapters.at(-1)!.children.push(section);
  }
  const item = (section: Section) => {
    const isCurrentPage = section.pageId === section.id && section.pageId === currentPageId;
    return (
      <a
        href={sectionUrl(lang, section)}
        data-parallel={parallelSectionUrl(lang, section)}
        aria-current={isCurrentPage ? 'page' : undefined}
        className={`block rounded px-2 py-1.5 leading-snug hover:bg-stone-200/70 dark:hover:bg-stone-800 ${isCurrentPage ? 'bg-white font-semibold text-[var(--color-accent)] shadow-sm ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800' : ''}`}
      >
        {section.heading?.[lang] ?? t.unheaded[section.id]}
      </a>
    );
  };
  return (
    <nav aria-label={t.contents} className="text-[0.9375rem]">
      <ol className="space-y-1">
        {chapters.map(({ section, children }) => (
          <li key={section.id}>
            {item(section)}
            {children.length > 0 && (
              <ol className="mt-1 mb-2 ml-3 space-y-0.5 border-l border-stone-300 pl-2 dark:border-stone-700">
                {children.map((child) => (
                  <li key={child.id}>{item(child)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <ul className="mt-4 space-y-0.5 border-t border-stone-200 pt-3 dark:border-stone-800">
        {[
          { id: 'full', href: fullReportUrl(lang), label: t.fullReportLong },
          { id: 'parallel', href: parallelUrl(lang, 'full'), label: t.parallel.full },
          { id: 'figures', href: figuresUrl(lang), label: t.figures.pageTitle },
          { id: 'glossary', href: glossaryUrl(lang), label: t.glossary.pageTitle },
          { id: 'problems-plans', href: plansUrl(lang), label: t.plans.pageTitle },
        ].map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              aria-current={currentPageId === link.id ? 'page' : undefined}
              className="block rounded px-2 py-1.5 font-medium hover:bg-stone-200/70 dark:hover:bg-stone-800"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
