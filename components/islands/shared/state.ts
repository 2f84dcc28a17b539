/**
 * Where an island is, as `data-island-state` on its element: its bundle `loading`, `mounted`, or
 * `failed` (its bundle, or data it cannot work without, did not load). Set by the island loader
 * (components/shell/page-script/islands.ts), and by an island whose data fails after it mounted.
 */
export type IslandState = 'loading' | 'mounted' | 'failed';

/**
 * Marks the state and shows the island's parts that depend on it, in the static markup:
 * - `[data-island-message]` (rendered `hidden`): a short word in the reader's language, shown only
 *   while the island has failed, where a control would otherwise do nothing;
 * - `[data-island-live]`: a control that only works with the island, hidden while it has failed, so
 *   the reader gets what a browser without JavaScript gets.
 * Only the parts whose nearest island is this one: islands can nest (the figures table in a page).
 */
export function setIslandState(element: HTMLElement, state: IslandState): void {
  element.dataset.islandState = state;
  const failed = state === 'failed';
  for (const part of element.querySelectorAll<HTMLElement>('[data-island-message], [data-island-live]')) {
    if (part.closest('[data-island]') !== element) continue;
    // Written only when it changes: a live region's message rewritten while hidden is still a
    // change, and an assistive technology that does not check visibility would say it.
    if (part.hasAttribute('data-island-message')) {
      if (part.hidden !== !failed) part.hidden = !failed;
    } else if (failed && !part.hidden) {
      part.hidden = true;
      part.dataset.islandLive = 'hidden';
    } else if (!failed && part.dataset.islandLive === 'hidden') {
      // Shown again only if it was the failure that hid it.
      part.hidden = false;
      part.dataset.islandLive = '';
    }
  }
}
