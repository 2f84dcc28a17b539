import type { Lang } from '@/lib/content/types';
import { dictionary } from '@/lib/site/dictionaries';

/** Each step's button is set in its own size (1, 1.125, 1.25, 1.5rem): classes, not inline styles, so a strict CSP needs no style-src 'unsafe-inline'. */
const STEP_SIZES = ['text-base', 'text-lg', 'text-xl', 'text-2xl'];

/**
 * Text size in four steps, remembered (PageScript applies and stores it). A popover, so it opens
 * without script; the steps need script and are hidden without it (browser zoom still works).
 */
export function ReadingSettings({ lang }: { lang: Lang }) {
  const t = dictionary(lang).reading;
  return (
    <div className="js-only">
      <button
        type="button"
        popoverTarget="reading-settings"
        aria-label={t.settings}
        title={t.settings}
        className="flex h-8 items-center rounded-md border border-stone-300 px-2 text-sm font-semibold dark:border-stone-700"
      >
        <span aria-hidden="true">
          A<span className="text-base">A</span>
        </span>
      </button>
      <div popover="auto" id="reading-settings" role="dialog" aria-labelledby="reading-settings-title" className="glossary-popover">
        <p id="reading-settings-title" className="font-semibold">
          {t.settings}
        </p>
        <fieldset className="mt-3">
          <legend className="text-sm text-stone-600 dark:text-stone-400">{t.textSize}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {t.sizes.map((label, step) => (
              <button
                key={label}
                type="button"
                data-text-size={step}
                aria-pressed={step === 0}
                className={`${STEP_SIZES[step]} rounded-md border border-stone-300 px-3 py-1.5 aria-pressed:bg-stone-800 aria-pressed:text-white dark:border-stone-600 dark:aria-pressed:bg-stone-200 dark:aria-pressed:text-stone-900`}
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
        <button
          type="button"
          popoverTarget="reading-settings"
          popoverTargetAction="hide"
          className="mt-4 rounded border border-stone-300 px-2 py-0.5 text-sm dark:border-stone-600"
        >
          {t.close}
        </button>
      </div>
    </div>
  );
}
