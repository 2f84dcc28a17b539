/** JSON for a `<script type="application/json">`: `<` is escaped so no text can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** An island's props, read back in the browser from the JSON its static markup carries. */
export function islandProps<T>(element: HTMLElement): T {
  const script = element.querySelector(':scope > script[data-island-props]');
  if (!script?.textContent) throw new Error(`island ${element.dataset.island}: its props are missing`);
  return JSON.parse(script.textContent) as T;
}
