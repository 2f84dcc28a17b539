import { citePanel } from '../cite/panel';
import { today } from '../../lib/cite/dates';
import type { CiteData, Lang } from '../../lib/cite/types';

/**
 * The cite page with JavaScript: the server-rendered formats (access date left as a slot to fill in)
 * are replaced by the same formats dated today in the reader's time zone, with Copy and Download.
 * Root: CiteFormats' <div data-island="cite-page" data-island-on="visible">, props in its JSON child.
 */
export function mount(root: HTMLElement): void {
  const props = root.querySelector<HTMLScriptElement>('script[type="application/json"][data-island-props]');
  if (!props) return;
  const data = JSON.parse(props.textContent ?? '') as CiteData;
  const lang = root.dataset.lang as Lang;
  root.querySelector('[data-cite-static]')?.replaceWith(citePanel(data, lang, today(), `cite-${data.target.id}`, 2));
}
