/** localStorage that never throws: it is missing or refuses in private modes, sandboxes and full disks. */
export const stored = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // The choice lasts for this page only.
    }
  },
};

/** A click that asks for the link's ordinary behaviour: the main button, no modifier keys (which open tabs or windows). */
export const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** The element an event happened on, or inside, that matches a selector. */
export const closestTo = <E extends Element = HTMLElement>(event: Event, selector: string): E | null =>
  event.target instanceof Element ? (event.target.closest(selector) as E | null) : null;
