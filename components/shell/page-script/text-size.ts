import { closestTo, stored } from './storage';

const KEY = 'text-size';

/**
 * The reader's text size: one of the steps of `button[data-text-size]` ("0" is the reader's own
 * size), restored before the page paints and remembered when a step is chosen.
 */
export function installTextSize(root: HTMLElement, doc: Document, signal?: AbortSignal) {
  const apply = (size: string | null | undefined) => {
    if (size && size !== '0') root.dataset.textSize = size;
    else delete root.dataset.textSize;
    for (const button of doc.querySelectorAll<HTMLElement>('button[data-text-size]'))
      button.setAttribute('aria-pressed', String(button.dataset.textSize === (size || '0')));
  };
  apply(stored.get(KEY));
  // The buttons come after this script in the page: mark the pressed one once they are there.
  doc.addEventListener('DOMContentLoaded', () => apply(root.dataset.textSize), { signal });
  doc.addEventListener(
    'click',
    (event) => {
      const button = closestTo(event, 'button[data-text-size]');
      if (!button) return;
      apply(button.dataset.textSize);
      stored.set(KEY, button.dataset.textSize ?? '0');
    },
    { signal },
  );
}
