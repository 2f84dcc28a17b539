import { CiteLink } from '@/components/cite/CiteLink';
import type { Lang } from '@/lib/content/types';
import type { figureShare, QuoteInContext } from '@/lib/figures/share';
import { shareText } from '@/lib/og/text';
import { dictionary } from '@/lib/site/dictionaries';
import { HTML_LANG } from '@/lib/site/i18n';

type Share = ReturnType<typeof figureShare>;

function Sentence({ context, lang }: { context: QuoteInContext; lang: Lang }) {
  return (
    <span lang={HTML_LANG[lang]}>
      {context.before}
      <mark className="rounded-sm bg-[var(--color-accent-soft)] px-0.5 text-inherit">{context.quote}</mark>
      {context.after}
    </span>
  );
}

/**
 * A stated figure on its own page, the page its share card belongs to: the value, what it
 * measures, the sentence that states it (and, in English, the authoritative Chinese), what it
 * implies, and links to the sentence in the report and to the figure among all the others.
 */
export function FigureShare({ share, lang, card }: { share: Share; lang: Lang; card: { src: string; alt: string } }) {
  const t = dictionary(lang).figures;
  const s = shareText(lang).figure;
  const link = 'text-[var(--color-accent)] underline underline-offset-2';
  return (
    <article className="max-w-[44rem]">
      <p className="text-sm font-semibold text-[var(--color-accent)]">{[share.where, share.topic, `${s.period} ${share.period}`].join(' · ')}</p>
      <h1 className="mt-1 text-2xl leading-snug font-bold sm:text-3xl">{share.label}</h1>
      <p className="mt-4 text-5xl font-bold tracking-tight text-[var(--color-accent)] tabular-nums sm:text-6xl">{share.value}</p>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{s.stated}</p>

      <section aria-labelledby="in-the-text" className="mt-8">
        <h2 id="in-the-text" className="mb-2 text-lg font-semibold">
          {s.inTheText}
        </h2>
        <blockquote cite={share.links.quote} className="border-l-4 border-[var(--color-accent)] pl-4 text-lg leading-relaxed">
          <p>
            <Sentence context={share.context} lang={lang} />
          </p>
          {share.original && (
            <p className="mt-3 text-base text-stone-700 dark:text-stone-300">
              <span className="sr-only">
                {s.original}
                {shareText(lang).colon}
              </span>
              <Sentence context={share.original} lang="zh" />
            </p>
          )}
        </blockquote>
        <p className="mt-3">
          <a href={share.links.quote} className={link}>
            {s.readInContext}
          </a>
          {shareText(lang).aside(share.where)}
        </p>
      </section>

      {share.implied.length > 0 && (
        <section aria-labelledby="implies" className="mt-8">
          <h2 id="implies" className="mb-2 text-lg font-semibold">
            {s.implies}
            <span className="text-sm font-normal text-stone-600 dark:text-stone-400">{shareText(lang).aside(t.derived)}</span>
          </h2>
          {share.implied.map((note) => (
            <p key={note} className="text-sm leading-relaxed text-stone-700 dark:text-stone-300">
              {note}
            </p>
          ))}
        </section>
      )}

      <ul className="mt-8 space-y-1" data-print="no">
        <li>
          <a href={share.links.table} className={link}>
            {s.inTable}
          </a>
        </li>
        <li>
          <a href="/data/metrics.json" className={link}>
            {s.asData}
          </a>
        </li>
        <li>
          <CiteLink lang={lang} id={share.id} kind="figure" label={share.label} className={link} />
        </li>
      </ul>

      <figure className="mt-10">
        <img
          src={card.src}
          alt={card.alt}
          width={1200}
          height={630}
          loading="lazy"
          decoding="async"
          className="h-auto w-full max-w-xl rounded-lg border border-stone-200 dark:border-stone-800"
        />
        <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {s.shareImage}
          {shareText(lang).colon}
          {s.shareImageNote}
        </figcaption>
      </figure>
    </article>
  );
}
