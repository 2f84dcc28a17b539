import { closestTo, stored } from './storage';

/** The fragment of a URL as an id; a malformed escape (a hand-typed or cut link) is no id, not an error. */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The reader's place, as a fragment: a linked point while it is on screen (or while the reader is
 * still at the top, where the switches are); once they read on, the first point with a few lines
 * showing below the sticky header.
 */
export function currentPlace(doc: Document, win: Pick<Window, 'innerHeight' | 'scrollY' | 'location'>): string {
  const hash = fragmentId(win.location.hash);
  const target = hash ? doc.getElementById(hash) : null;
  const linked = target ? `#${target.closest('.point[id]')?.id ?? hash}` : '';
  if (target) {
    const box = target.getBoundingClientRect();
    if (box.bottom > 0 && box.top < win.innerHeight) return linked;
  }
  if (win.scrollY < 8) return linked;
  const top = (doc.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 24;
  for (const point of doc.querySelectorAll<HTMLElement>('.point[id]')) {
    if (point.getBoundingClientRect().bottom > top) return `#${point.id}`;
  }
  return '';
}

export const READING_MODE_KEY = 'reading-mode';

/**
 * Language and reading-mode switches (`a[data-carry-place]`) carry the reader's place: as one is
 * pointed at, focused or clicked, its href becomes its page plus the place. A click on a reading
 * mode (`data-mode`) remembers the mode; `onMode` hears of it.
 */
export function installPlaceKeeping(doc: Document, win: Window, onMode: (mode: string) => void, signal?: AbortSignal) {
  const carry = (event: Event) => {
    const link = closestTo<HTMLAnchorElement>(event, 'a[data-carry-place]');
    if (!link) return;
    link.href = (link.dataset.carryPlace ?? '') + currentPlace(doc, win);
    if (event.type === 'click' && link.dataset.mode) {
      stored.set(READING_MODE_KEY, link.dataset.mode);
      onMode(link.dataset.mode);
    }
  };
  for (const type of ['pointerdown', 'focusin', 'mouseover', 'click']) doc.addEventListener(type, carry, { capture: true, signal });
}
