'use client';

import { useEffect, useId, useMemo, useState } from 'react';
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
  /** Lower-case text the search box matches: label, value, digits, quote. */
  haystack: string;
}

/** The table's interface text: a slice of the figures dictionary, plus the permalink label. */
export type FiguresTableText = Pick<FiguresDictionary, 'columns' | 'filterTopic' | 'allTopics' | 'search' | 'searchPlaceholder' | 'shown' | 'noMatch'> & { permalink: string };

type SortKey = 'order' | 'label' | 'value' | 'topic';

/**
 * Every figure in one table: complete in the static HTML; with JavaScript it can be searched,
 * filtered by topic and sorted by clicking a column heading.
 */
export function FiguresTable({ rows, topics, text, lang }: { rows: FigureRow[]; topics: { key: string; label: string }[]; text: FiguresTableText; lang: string }) {
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false });
  const ids = useId();
  useEffect(() => setReady(true), []);

  const shown = useMemo(() => {
    const words = query.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1').split(/\s+/).filter(Boolean);
    const collator = new Intl.Collator(lang);
    const compare: Record<SortKey, (a: FigureRow, b: FigureRow) => number> = {
      order: (a, b) => a.order - b.order,
      label: (a, b) => collator.compare(a.label, b.label),
      value: (a, b) => a.sortValue - b.sortValue,
      topic: (a, b) => collator.compare(a.topicLabel, b.topicLabel) || a.order - b.order,
    };
    return rows
      .filter((row) => (!topic || row.topic === topic) && words.every((word) => row.haystack.includes(word)))
      .sort((a, b) => (sort.descending ? -1 : 1) * compare[sort.key](a, b));
  }, [rows, query, topic, sort, lang]);

  const header = (key: SortKey, label: string, className = '') => {
    const active = sort.key === key;
    return (
      <th scope="col" className={`py-2 pr-3 font-medium ${className}`} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" disabled={!ready} onClick={() => setSort({ key, descending: active ? !sort.descending : false })} className="inline-flex items-center gap-1 hover:underline disabled:no-underline">
          {label}
          <span aria-hidden="true" className="text-stone-400">{active ? (sort.descending ? '↓' : '↑') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <label className="flex min-w-[min(12rem,100%)] flex-1 flex-col gap-1 text-sm font-medium">
          {text.search}
          <input type="search" value={query} disabled={!ready} onChange={(e) => setQuery(e.target.value)} placeholder={text.searchPlaceholder} className="rounded-md border border-stone-300 bg-white px-3 py-2 font-normal dark:border-stone-600 dark:bg-stone-900" />
        </label>
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
          {text.filterTopic}
          <select value={topic} disabled={!ready} onChange={(e) => setTopic(e.target.value)} className="w-full max-w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-normal dark:border-stone-600 dark:bg-stone-900">
            <option value="">{text.allTopics}</option>
            {topics.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${ids}-count`} role="status" className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        {text.shown.replace('{shown}', String(shown.length)).replace('{total}', String(rows.length))}
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full border-collapse text-sm" aria-describedby={`${ids}-count`}>
          <thead className="bg-stone-100 text-left dark:bg-stone-800">
            <tr>
              {header('label', text.columns.label, 'pl-3')}
              {header('value', text.columns.value, 'text-right')}
              <th scope="col" className="py-2 pr-3 font-medium">{text.columns.period}</th>
              {header('topic', text.columns.topic)}
              <th scope="col" className="py-2 pr-3 font-medium">{text.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} id={row.id} className="anchor border-t border-stone-200 align-top target:bg-amber-100 dark:border-stone-800 dark:target:bg-amber-950">
                <td className="py-2 pr-3 pl-3">
                  <a href={`#${row.id}`} className="font-medium hover:underline" aria-label={`${text.permalink} ${row.label}`}>
                    {row.label}
                  </a>
                  {row.derived && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">{row.kindLabel}</span>}
                  {row.note && <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{row.note}</p>}
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
        {shown.length === 0 && <p className="p-4 text-sm">{text.noMatch}</p>}
      </div>
    </div>
  );
}
