import type { Lang } from '@/lib/content/types';
import { getCorroboration } from '@/lib/corroboration/load';
import { chartMetrics, corroborationBlocks } from '@/lib/corroboration/present';
import { getFigures } from '@/lib/figures/load';
import { dictionary } from '@/lib/site/dictionaries';

type Props = { lang: Lang } & ({ chart: string; metrics?: never } | { metrics: string[]; chart?: never });

/**
 * "Other official sources": the same figures from another official report, beside ours, with
 * whether each agrees and by how much it differs. Self-contained: give it a chart id (inside that
 * chart's figure, no heading of its own) or metric ids (a figure's page: a section with an h2 and
 * the anchor #other-sources). Renders nothing when no other source states those figures.
 */
export function Corroboration({ chart, metrics, lang }: Props) {
  const blocks = corroborationBlocks(chart ? chartMetrics(chart) : metrics!, getCorroboration(), getFigures(), lang);
  if (!blocks.length) return null;
  const t = dictionary(lang).corroboration;
  const link = 'text-[var(--color-accent)] underline underline-offset-2';
  // In a chart's figure the block is part of the figure, not a landmark of its own (two charts on a
  // page would give two regions of one name); on a figure's page it is a section with its heading.
  const Frame = chart ? 'div' : 'section';
  return (
    <Frame
      {...(chart ? {} : { id: 'other-sources', 'aria-labelledby': 'other-sources-title' })}
      className={chart ? 'mt-4 border-t border-stone-200 pt-3 text-sm dark:border-stone-800' : 'anchor mt-10 max-w-[44rem]'}
      data-corroboration=""
    >
      {chart ? (
        <p className="font-semibold">{t.title}</p>
      ) : (
        <h2 id="other-sources-title" className="mb-2 text-lg font-semibold">
          {t.title}
        </h2>
      )}
      <p className="mt-1 text-stone-700 dark:text-stone-300">{t.intro}</p>
      {blocks.map((block) => (
        <div key={block.id} className="mt-3">
          <p>
            {block.issuer}
            {lang === 'zh' ? '' : ', '}
            <a href={block.url} hrefLang="zh" className={link}>
              {lang === 'zh' ? `《${block.document}》` : block.document}
            </a>
            {t.inChinese}
            {lang === 'zh' ? '，' : ', '}
            {block.delivered}
            {lang === 'zh' ? '。' : '.'}
          </p>
          <ul className="mt-2 space-y-3">
            {block.rows.map((row) => (
              <li
                key={row.id}
                data-comparison={row.id}
                data-agrees={row.agrees ? 'true' : 'false'}
                className="rounded-lg border border-stone-200 p-3 dark:border-stone-800"
              >
                <p className="font-medium">{row.label}</p>
                <dl className="mt-1 grid grid-cols-[minmax(5rem,35%)_1fr] gap-x-3 gap-y-0.5">
                  <dt className="text-stone-600 dark:text-stone-400">{t.ours}</dt>
                  <dd className="tabular-nums">{row.ours}</dd>
                  <dt className="text-stone-600 dark:text-stone-400">{block.short}</dt>
                  <dd className="tabular-nums">{row.theirs}</dd>
                  <dt className="text-stone-600 dark:text-stone-400">{t.result}</dt>
                  <dd>
                    <strong className="font-semibold">{row.verdict}</strong>
                  </dd>
                </dl>
                {row.notes.map((note) => (
                  <p key={note} className="mt-1.5 text-stone-700 dark:text-stone-300">
                    {note}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          {block.also.length > 0 && (
            <>
              <p className="mt-3">{t.also}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 tabular-nums">
                {block.also.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-stone-700 dark:text-stone-300">{t.basis}</p>
          <p className="mt-1 text-stone-600 dark:text-stone-400">{block.verified}</p>
        </div>
      ))}
    </Frame>
  );
}
