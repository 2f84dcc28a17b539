import { READING_MODE_KEY } from './place';
import { closestTo, isPlainClick, stored } from './storage';

/**
 * A reader who chose the parallel view is taken to it from the contents and the home page: links
 * with `data-parallel` point there, and a plain click on one goes there even before they are rewritten.
 * Returns the setter the mode switches call when the reader chooses again.
 */
export function installReadingMode(doc: Document, where: Pick<Location, 'assign'>, signal?: AbortSignal): (mode: string) => void {
  let mode = stored.get(READING_MODE_KEY);
  const apply = () => {
    if (mode !== 'parallel') return;
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-parallel]')) link.href = link.dataset.parallel ?? link.href;
  };
  doc.addEventListener('DOMContentLoaded', apply, { signal });
  doc.addEventListener(
    'click',
    (event) => {
      const link = mode === 'parallel' && isPlainClick(event) ? closestTo<HTMLAnchorElement>(event, 'a[data-parallel]') : null;
      if (!link?.dataset.parallel) return;
      event.preventDefault();
      where.assign(link.dataset.parallel);
    },
    { capture: true, signal },
  );
  return (chosen) => {
    mode = chosen;
  };
}
