/**
 * The citation panel's look, shared by the server-rendered cite page and the island's DOM, so the
 * two look the same. Plain Tailwind class strings (Tailwind scans components/).
 */
export const CITE = {
  dialog:
    'm-auto max-h-[calc(100dvh-2rem)] w-[min(46rem,calc(100vw-1rem))] overflow-y-auto rounded-xl border border-stone-300 bg-white p-4 text-left text-stone-900 shadow-2xl backdrop:bg-black/30 sm:p-6 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100',
  head: 'mb-3 flex items-start justify-between gap-4',
  title: 'text-xl font-bold',
  close: 'min-h-9 min-w-9 rounded-md border border-stone-300 text-xl leading-none hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800',
  heading: 'mt-6 mb-2 text-lg font-semibold',
  name: 'font-semibold',
  hint: 'text-sm text-stone-600 dark:text-stone-400',
  list: 'space-y-3',
  item: 'rounded-lg border border-stone-200 p-3 dark:border-stone-700',
  text: 'my-2 break-words',
  export: 'my-2 max-h-56 overflow-auto rounded bg-stone-100 p-2 font-mono text-xs whitespace-pre-wrap break-all dark:bg-stone-800',
  actions: 'flex flex-wrap gap-2',
  button:
    'inline-flex min-h-9 items-center rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800',
  quotes: 'grid gap-3 sm:grid-cols-2',
  caption: 'mb-1 text-sm text-stone-600 dark:text-stone-400',
  blockquote: 'border-l-4 border-[var(--color-accent)] pl-3 leading-relaxed',
  figure: 'text-lg',
  accessed: 'mt-4 text-sm',
  status: 'sticky bottom-0 mt-4 min-h-7 bg-white py-1 text-sm font-semibold text-green-800 dark:bg-stone-900 dark:text-green-300',
  quoteButton:
    'absolute z-50 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900',
  /** What "copy with citation" did, said under its button. */
  quoteStatus:
    'absolute z-50 max-w-[min(24rem,calc(100vw-1rem))] rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-900',
  /** The textarea the clipboard fallback copies from: out of sight, but selectable (a class, as the CSP allows no style attribute). */
  clipboard: 'pointer-events-none fixed top-0 left-0 h-px w-px opacity-0',
  trigger: 'cite-link inline-flex items-center gap-1 text-stone-600 underline-offset-2 hover:text-[var(--color-accent)] hover:underline dark:text-stone-400',
} as const;
