import type { ReactNode } from 'react';
import type { Lang } from '@/lib/content/types';
import type { Term } from '@/lib/glossary/load';
import type { Annotations, TermMark } from '@/lib/site/annotations';
import { dictionary } from '@/lib/site/dictionaries';
import { glossaryUrl } from '@/lib/site/urls';

/**
 * A term in the text: a link to its glossary entry (so it works without script and wraps like
 * text). With script, PageScript opens the explanation in place: the popover below, which keyboard,
 * touch and Escape all handle. The explanation describes the popover, not the link: a screen reader
 * says it when the reader opens the term, not in the middle of every sentence that uses one.
 */
export function GlossaryTerm({ term, lang, popoverId, children }: { term: Term; lang: Lang; popoverId: string; children: ReactNode }) {
  return (
    <a href={`${glossaryUrl(lang)}#${term.id}`} className="term" data-term-popover={popoverId}>
      {children}
    </a>
  );
}

/** The explanations of the terms marked in a block of text, kept outside the text itself. */
export function GlossaryPopovers({ marks, annotations }: { marks: TermMark[]; annotations: Annotations }) {
  const { lang } = annotations;
  const t = dictionary(lang).glossary;
  return marks.map(({ termId, popoverId }) => {
    const term = annotations.glossary.get(termId)!;
    return (
      <div
        key={popoverId}
        popover="auto"
        id={popoverId}
        role="dialog"
        aria-labelledby={`${popoverId}-title`}
        aria-describedby={`${popoverId}-text`}
        className="glossary-popover"
        lang={lang === 'zh' ? 'zh-Hans' : 'en'}
      >
        <p id={`${popoverId}-title`} className="text-base font-semibold">
          <span lang="zh-Hans">{term.zh}</span> <span className="font-normal text-stone-600 dark:text-stone-400">{term.pinyin}</span>
        </p>
        <p lang="en" className="italic">
          {term.en}
        </p>
        <p id={`${popoverId}-text`} className="mt-2">
          {term.explanation[lang]}
        </p>
        <p className="mt-3 flex items-center justify-between gap-3">
          <a href={`${glossaryUrl(lang)}#${term.id}`} className="underline underline-offset-2">
            {t.more}
          </a>
          <button
            type="button"
            popoverTarget={popoverId}
            popoverTargetAction="hide"
            className="rounded border border-stone-300 px-2 py-0.5 dark:border-stone-600"
          >
            {t.close}
          </button>
        </p>
      </div>
    );
  });
}
