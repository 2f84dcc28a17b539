import { CITE } from '../cite/classes';
import { copy, el, pageLang } from '../cite/panel';
import { citeDataUrl } from '../../lib/cite/urls';
import { citeDictionary } from '../../lib/cite/dictionary';
import { quoteCitation } from '../../lib/cite/styles';
import type { CiteData, Lang } from '../../lib/cite/types';

/**
 * "Copy with citation": selecting words inside a point (a `.point[id]` within the root) shows a small
 * button beside the selection that copies the words, a short citation and the point's link.
 * Root: any element around the points, data-island="quote" data-island-on="intent" (the first
 * pointerdown or keydown inside it, i.e. the start of a selection); data-lang names the page's language
 * (the button's), while the citation follows the language of the selected words.
 */
export function mount(root: HTMLElement): void {
  const lang: Lang = root.dataset.lang === 'en' || root.dataset.lang === 'zh' ? root.dataset.lang : pageLang(root);
  const t = citeDictionary(lang);
  const cache = new Map<string, Promise<CiteData | null>>();
  const load = (id: string) => {
    if (!cache.has(id)) {
      const data = fetch(citeDataUrl(id))
        .then((r) => (r.ok ? (r.json() as Promise<CiteData>) : null))
        .catch(() => null);
      // A failure is not kept: the next click asks again.
      cache.set(
        id,
        data.then((found) => (found ? found : (cache.delete(id), null))),
      );
    }
    return cache.get(id)!;
  };
  const button = el('button', { type: 'button', class: CITE.quoteButton, hidden: '' }, t.copyWithCitation) as HTMLButtonElement;
  // Said under the button, and to screen readers: a click is never without an answer.
  const status = el('p', { class: CITE.quoteStatus, role: 'status', 'aria-live': 'polite', hidden: '' });
  document.body.append(button, status);
  let current: { id: string; words: string; lang: Lang } | null = null;

  const update = () => {
    const selection = document.getSelection();
    const words = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
    const start = selection?.rangeCount ? pointOf(selection.getRangeAt(0).startContainer) : null;
    const end = selection?.rangeCount ? pointOf(selection.getRangeAt(0).endContainer) : null;
    if (!selection || !words || !start || start !== end || !root.contains(start)) {
      button.hidden = true;
      current = null;
      return;
    }
    // The words' own language: in the parallel view a reader may select the other language's column.
    const node = selection.getRangeAt(0).startContainer;
    current = { id: start.id, words, lang: pageLang(node instanceof Element ? node : node.parentElement!) };
    void load(start.id);
    button.hidden = false;
    const box = selection.getRangeAt(0).getBoundingClientRect();
    button.style.top = `${window.scrollY + box.bottom + 6}px`;
    button.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - button.offsetWidth - 8))}px`;
  };
  let frame = 0;
  document.addEventListener('selectionchange', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  });
  // Pressing the button would otherwise clear the selection before the click.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  // What the last click did is said until the reader does something else.
  document.addEventListener('pointerdown', (event) => event.target !== button && (status.hidden = true));
  button.addEventListener('click', async () => {
    if (!current) return;
    const { id, words, lang: quoteLang } = current;
    const data = await load(id);
    const ok = data ? await copy(quoteCitation(data, quoteLang, words)) : false;
    status.textContent = '';
    status.hidden = false;
    status.style.top = `${button.offsetTop + button.offsetHeight + 4}px`;
    status.style.left = button.style.left;
    requestAnimationFrame(() => (status.textContent = !data ? t.citationFailed : ok ? t.quoteCopied : t.copyFailed));
  });
  update();
}

const pointOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.point[id]') ?? null;
