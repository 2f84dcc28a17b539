import { CITE } from '../cite/classes';
import { citePanel, el, pageLang } from '../cite/panel';
import { today } from '../../lib/cite/dates';
import { citeDictionary, fill } from '../../lib/cite/dictionary';
import type { CiteData, Lang } from '../../lib/cite/types';

/**
 * The cite dialog. Its root is CiteLink's <a> (data-island="cite", data-island-on="click"), a real link
 * to the cite page, which is what a reader without JavaScript gets. Here the click opens a modal
 * <dialog> instead: focus moves into it, Escape and the Close button return focus to the link.
 */
export async function mount(link: HTMLElement, event?: Event): Promise<void> {
  let dialog: HTMLDialogElement | null = null;
  const open = async (clicked?: Event) => {
    clicked?.preventDefault();
    dialog ??= await build(link);
    if (!dialog) {
      // The data could not be loaded: the cite page has everything.
      location.assign((link as HTMLAnchorElement).href);
      return;
    }
    dialog.showModal();
  };
  link.addEventListener('click', (clicked) => {
    if (
      (clicked as MouseEvent).button !== 0 ||
      (clicked as MouseEvent).metaKey ||
      (clicked as MouseEvent).ctrlKey ||
      (clicked as MouseEvent).shiftKey ||
      (clicked as MouseEvent).altKey
    )
      return;
    void open(clicked);
  });
  if (event) await open(event);
}

async function build(link: HTMLElement): Promise<HTMLDialogElement | null> {
  const lang: Lang = link.dataset.lang === 'en' || link.dataset.lang === 'zh' ? link.dataset.lang : pageLang(link);
  const t = citeDictionary(lang);
  let data: CiteData;
  try {
    const response = await fetch(link.dataset.citeSrc!);
    if (!response.ok) return null;
    data = await response.json();
  } catch {
    return null;
  }
  const id = `cite-${data.target.id}`;
  const what =
    data.target.kind === 'report' ? data.work.title[lang] : data.target.kind === 'point' ? data.target.location![lang] : data.target.figure!.label[lang];
  // The × is drawn, not said: the button is named "Close".
  const close = el('button', { type: 'button', class: CITE.close, 'aria-label': t.close }, el('span', { 'aria-hidden': 'true' }, '×'));
  const dialog = el(
    'dialog',
    { class: CITE.dialog, 'aria-labelledby': `${id}-title`, lang: lang === 'zh' ? 'zh-Hans' : 'en' },
    el('div', { class: CITE.head }, el('h2', { class: CITE.title, id: `${id}-title` }, fill(t.citeTitle, { what })), close),
    citePanel(data, lang, today(), id),
    el('p', { class: CITE.accessed }, el('a', { class: 'underline underline-offset-2', href: (link as HTMLAnchorElement).href }, t.fullPage)),
  ) as HTMLDialogElement;
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const { clientX: x, clientY: y } = event as MouseEvent;
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) dialog.close();
  });
  dialog.addEventListener('close', () => link.focus());
  document.body.append(dialog);
  return dialog;
}
