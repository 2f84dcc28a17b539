import { closestTo, isPlainClick } from './storage';

/**
 * A glossary term in the text (`a[data-term-popover]`) opens its explanation in place, as a popover,
 * instead of following its link to the glossary page; closing it returns focus to the term.
 */
export function installGlossary(doc: Document, signal?: AbortSignal) {
  doc.addEventListener(
    'click',
    (event) => {
      const term = closestTo<HTMLAnchorElement>(event, 'a[data-term-popover]');
      const popover = term?.dataset.termPopover ? doc.getElementById(term.dataset.termPopover) : null;
      if (!term || !popover || typeof popover.showPopover !== 'function' || !isPlainClick(event)) return;
      event.preventDefault();
      popover.showPopover();
      popover.querySelector<HTMLElement>('a, button')?.focus();
      popover.addEventListener('toggle', (toggle) => (toggle as ToggleEvent).newState === 'closed' && term.focus(), { once: true, signal });
    },
    { signal },
  );
}
