import { CiteLink } from '@/components/cite/CiteLink';
import { CITE } from '@/components/cite/classes';
import { Island } from '@/components/islands/Island';
import type { Lang } from '@/lib/content/types';
import type { FiguresDictionary } from '@/lib/site/dictionaries';

export interface FigureRow {
  id: string;
  order: number;
  label: string;
  value: string;
  sortValue: number;
  period: string;
  topic: string;
  topicLabel: string;
  derived: boolean;
  kindLabel: string;
  note?: string;
  source: { label: string; href: string; quote?: string };
  /** A stated figure's own page, with its share card. */
  page?: string;
  /** Lower-case text the search box matches: label, value, digits, quote. */
  haystack: string;
}

/** The table's interface text: a slice of the figures dictionary, plus the permalink label. */
export type FiguresTableText = Pick<
  FiguresDictionary,
  'columns' | 'filterTopic' | 'allTopics' | 'search' | 'searchPlaceholder' | 'shown' | 'noMatch' | 'unavailable' | 'share'
> & { permalink: string };

export type SortKey = 'order' | 'label' | 'value' | 'topic';

/**
 * Every figure in one table, complete in the static HTML. The figures-table island
 * (components/islands/figures-table.ts) enables the search box and the topic filter and makes the
 * column headings sort buttons once the table is near the viewport; until then the box and filter
 * are disabled. Without JavaScript, or when the island cannot load (the loader marks it failed),
 * they are not shown and the headings stay plain text: every row is listed, with a word on why.
 */
export function FiguresTable({
  rows,
  topics,
  text,
  lang,
}: {
  rows: FigureRow[];
  topics: { key: string; label: string }[];
  text: FiguresTableText;
  lang: Lang;
}) {
  // The island makes the heading's words and arrow a sort button; without it, the heading is words.
  const header = (key: SortKey, label: string, className = '') => (
    <th scope="col" data-sort={key} className={`py-2 pr-3 font-medium ${className}`}>
      {label}
      <span aria-hidden="true" data-island-live className="js-only ml-1 text-stone-400">
        ↕
      </span>
    </th>
  );

  return (
    <Island name="figures-table" on="visible">
      <p data-island-message hidden className="mb-3 text-sm text-stone-700 dark:text-stone-300">
        {text.unavailable}
      </p>
      <div data-island-live className="js-only mb-3 flex flex-wrap items-end gap-3">
        <label className="flex min-w-[min(12rem,100%)] flex-1 flex-col gap-1 text-sm font-medium">
          {text.search}
          <input
            type="search"
            disabled
            data-figures-query
            placeholder={text.searchPlaceholder}
            className="rounded-md border border-stone-300 bg-white px-3 py-2 font-normal dark:border-stone-600 dark:bg-stone-900"
          />
        </label>
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
          {text.filterTopic}
          <select
            disabled
            data-figures-topic
            defaultValue=""
            className="w-full max-w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-normal dark:border-stone-600 dark:bg-stone-900"
          >
            <option value="">{text.allTopics}</option>
            {topics.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="figures-count" role="status" data-template={text.shown} className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        {text.shown.replace('{shown}', String(rows.length)).replace('{total}', String(rows.length))}
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full border-collapse text-sm" aria-describedby="figures-count">
          <thead className="bg-stone-100 text-left dark:bg-stone-800">
            <tr>
              {header('label', text.columns.label, 'pl-3')}
              {header('value', text.columns.value, 'text-right')}
              <th scope="col" className="py-2 pr-3 font-medium">
                {text.columns.period}
              </th>
              {header('topic', text.columns.topic)}
              <th scope="col" className="py-2 pr-3 font-medium">
                {text.columns.source}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                id={row.id}
                data-order={row.order}
                data-value={row.sortValue}
                data-label={row.label}
                data-topic={row.topic}
                data-topic-label={row.topicLabel}
                data-haystack={row.haystack}
                className="anchor border-t border-stone-200 align-top target:bg-amber-100 dark:border-stone-800 dark:target:bg-amber-950"
              >
                <td className="py-2 pr-3 pl-3">
                  <a href={`#${row.id}`} className="inline-block py-0.5 font-medium hover:underline" aria-label={`${text.permalink} ${row.label}`}>
                    {row.label}
                  </a>
                  {row.derived && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                      {row.kindLabel}
                    </span>
                  )}
                  {row.note && <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{row.note}</p>}
                  <p className="mt-1 flex gap-4 text-xs">
                    {row.page && (
                      <a
                        href={row.page}
                        className="inline-flex min-h-6 items-center text-stone-600 underline-offset-2 hover:text-[var(--color-accent)] hover:underline dark:text-stone-400"
                        aria-label={`${text.share}${lang === 'zh' ? '：' : ': '}${row.label}`}
                      >
                        {text.share}
                      </a>
                    )}
                    <CiteLink lang={lang} id={row.id} kind="figure" label={row.label} className={`${CITE.trigger} min-h-6 text-xs`} />
                  </p>
                </td>
                <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap tabular-nums">{row.value}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.period}</td>
                <td className="py-2 pr-3">{row.topicLabel}</td>
                <td className="py-2 pr-3">
                  <a href={row.source.href} className="underline underline-offset-2">
                    {row.source.label}
                  </a>
                  {row.source.quote && <span className="block text-xs text-stone-600 dark:text-stone-400">“{row.source.quote}”</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p hidden data-figures-none className="p-4 text-sm">
          {text.noMatch}
        </p>
      </div>
    </Island>
  );
}
