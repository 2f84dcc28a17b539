import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';
import { HTML_LANG } from '@/lib/site/i18n';
import { LISTEN_SPEEDS } from '@/lib/speech/voices';
import { scriptJson } from '@/components/islands/shared/props';
import type { ReadAloudProps } from '@/components/islands/read-aloud';

const BUTTON =
  'inline-flex h-9 min-w-9 items-center justify-center gap-1.5 rounded-md border border-stone-300 bg-white px-2.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800';

/** Small line icons, drawn in the text colour; the words beside them (or the button's name) say what they do. */
const ICONS = {
  speaker: 'M3 6h2.5L9 3v10L5.5 10H3zM11.5 5.5a3.5 3.5 0 0 1 0 5M13 3.5a6 6 0 0 1 0 9',
  previous: 'M4 3v10M13 3 6 8l7 5z',
  pause: 'M5 3v10M11 3v10',
  play: 'M5 3v10l8-5z',
  next: 'M12 3v10M3 3l7 5-7 5z',
  stop: 'M4 4h8v8H4z',
} as const;

export function Icon({ name, hidden = false }: { name: keyof typeof ICONS; hidden?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      strokeLinecap="round"
      data-icon={name}
      className={hidden ? 'hidden' : undefined}
    >
      <path d={ICONS[name]} />
    </svg>
  );
}

/**
 * 朗读 / Listen: the page read aloud by the browser's own voice (the read-aloud island). The page
 * script shows it only where the browser has a voice for the page's language; without one, or
 * without JavaScript, it stays hidden. The controls bar is fixed to the foot of the screen while
 * reading; the island fills in the point being read and adds "listen from here" to every point.
 */
export function ReadAloud({ lang }: { lang: Lang }) {
  const t = dictionary(lang).listen;
  const label = (text: string) => <span className="sr-only sm:not-sr-only">{text}</span>;
  const props: ReadAloudProps = { strings: t };
  return (
    <div data-island="read-aloud" data-island-on="intent" data-lang={lang} data-print="no" hidden className="shrink-0">
      <script type="application/json" data-island-props dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />
      <button type="button" data-listen-action="start" className={BUTTON}>
        <Icon name="speaker" />
        {/* On the narrowest phones the icon alone, so that the button stays beside the reading modes. */}
        <span className="max-[379px]:sr-only">{t.start}</span>
      </button>
      <div
        role="group"
        aria-label={t.controls}
        lang={HTML_LANG[lang]}
        data-listen-bar
        hidden
        className="fixed inset-x-0 bottom-0 z-40 border-t-2 border-[var(--color-accent)] bg-white shadow-[0_-4px_12px_rgb(0_0_0/0.08)] dark:bg-stone-900"
      >
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-2 px-4 py-2">
          <p data-listen-now className="min-w-0 basis-full truncate text-sm text-stone-700 sm:basis-auto sm:flex-1 dark:text-stone-300"></p>
          <button type="button" data-listen-action="previous" className={BUTTON}>
            <Icon name="previous" />
            {label(t.previous)}
          </button>
          <button type="button" data-listen-action="toggle" className={BUTTON}>
            <Icon name="pause" />
            <Icon name="play" hidden />
            {label(t.pause)}
          </button>
          <button type="button" data-listen-action="next" className={BUTTON}>
            <Icon name="next" />
            {label(t.next)}
          </button>
          <button type="button" data-listen-action="stop" className={BUTTON}>
            <Icon name="stop" />
            {label(t.stop)}
          </button>
          <label className="ml-auto flex items-center gap-1.5 text-sm">
            {t.speed}
            <select
              data-listen-rate
              defaultValue="1"
              className="h-9 rounded-md border border-stone-300 bg-white px-1.5 dark:border-stone-600 dark:bg-stone-900"
            >
              {LISTEN_SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {`${new Intl.NumberFormat(HTML_LANG[lang]).format(speed)}×`}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <p role="status" data-listen-status className="sr-only"></p>
    </div>
  );
}
