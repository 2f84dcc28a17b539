import { longDate, versionString } from '../../lib/cite/dates';
import { citeDictionary, fill } from '../../lib/cite/dictionary';
import { citationExports } from '../../lib/cite/exports';
import { citations } from '../../lib/cite/styles';
import type { CiteData, Lang, Part } from '../../lib/cite/types';
import { CITE } from './classes';

/**
 * The citation panel in the browser, shared by the cite dialog and the cite page: the quoted words in
 * both languages, every style with a Copy button, the exports with Copy and Download, and one polite
 * live region that says what was copied. Vanilla DOM: no framework in the island. `headingLevel` is
 * the level of its section headings: 3 under the dialog's h2, 2 under the cite page's h1.
 */
export function citePanel(data: CiteData, lang: Lang, accessed: string, idPrefix: string, headingLevel: 2 | 3 = 3): HTMLElement {
  const [section, item] = [`h${headingLevel}`, `h${headingLevel + 1}`];
  const t = citeDictionary(lang);
  const panel = el('div', { class: 'cite-panel' });
  const status = el('p', { class: CITE.status, role: 'status', 'aria-live': 'polite' });

  const { target } = data;
  if (target.figure) {
    panel.append(
      el(section, { class: CITE.heading }, t.figureHeading),
      el('p', { class: CITE.figure }, `${target.figure.label[lang]}${lang === 'zh' ? '：' : ': '}${target.figure.value[lang]}`),
    );
  }
  panel.append(
    el('p', { class: CITE.accessed }, `${fill(t.accessedToday, { date: longDate(accessed, lang) })} ${t.version}: ${versionString(data.work.version)}.`),
  );

  const styles = el('ul', { class: CITE.list });
  for (const citation of citations(data, lang, accessed)) {
    const id = `${idPrefix}-${citation.style}`;
    const name = t.styles[citation.style];
    styles.append(
      el(
        'li',
        { class: CITE.item },
        el(item, { class: CITE.name, id: `${id}-name` }, name),
        el('p', { class: CITE.hint }, t.styleHints[citation.style]),
        el('p', { class: CITE.text, id, 'data-style': citation.style }, ...render(citation.parts)),
        el(
          'div',
          { class: CITE.actions },
          copyButton(t.copy, `${id}-name`, () => copy(citation.text, citation.html), status, fill(t.copied, { style: name }), t.copyFailed),
        ),
      ),
    );
  }
  panel.append(el(section, { class: CITE.heading }, t.stylesHeading), styles);
  // The quoted words after the citations, which are what most readers came for.
  if (target.quote) {
    const quotes = el('div', { class: CITE.quotes });
    for (const quoteLang of ['zh', 'en'] as const) {
      quotes.append(
        el(
          'figure',
          {},
          el('figcaption', { class: CITE.caption }, t.quoteLang[quoteLang]),
          el('blockquote', { class: CITE.blockquote, lang: quoteLang === 'zh' ? 'zh-Hans' : 'en', cite: target.url[quoteLang] }, target.quote[quoteLang]),
        ),
      );
    }
    panel.append(el(section, { class: CITE.heading }, t.quoteHeading), quotes);
  }

  const exports = el('ul', { class: CITE.list });
  for (const file of citationExports(data, lang, accessed)) {
    const id = `${idPrefix}-${file.format}`;
    const name = t.exports[file.format];
    const download = el(
      'a',
      { class: CITE.button, href: URL.createObjectURL(new Blob([file.text], { type: file.mime })), download: file.filename, 'aria-describedby': `${id}-name` },
      t.download,
    );
    exports.append(
      el(
        'li',
        { class: CITE.item },
        el(item, { class: CITE.name, id: `${id}-name` }, name),
        el('pre', { class: CITE.export, id, 'data-export': file.format, tabindex: '0', 'aria-labelledby': `${id}-name` }, file.text),
        el(
          'div',
          { class: CITE.actions },
          copyButton(t.copy, `${id}-name`, () => copy(file.text), status, fill(t.copied, { style: name }), t.copyFailed),
          download,
        ),
      ),
    );
  }
  panel.append(el(section, { class: CITE.heading }, t.exportsHeading), el('p', { class: CITE.hint }, t.exportsHint), exports, status);
  return panel;
}

/** A citation's parts as DOM nodes: titles in <i>, Chinese in an English citation marked lang="zh-Hans". */
function render(parts: Part[]): Node[] {
  return parts.map((part) => {
    if (typeof part === 'string') return document.createTextNode(part);
    const text = part.lang ? el('span', { lang: part.lang }, part.text) : document.createTextNode(part.text);
    return part.italic ? el('i', {}, text) : text;
  });
}

function copyButton(label: string, describedBy: string, action: () => Promise<boolean>, status: HTMLElement, done: string, failed: string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: CITE.button, 'aria-describedby': describedBy }, label) as HTMLButtonElement;
  button.addEventListener('click', async () => {
    const ok = await action();
    // Emptied first so that copying the same format twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = ok ? done : failed));
  });
  return button;
}

/**
 * Copies text (and, where the browser allows, HTML keeping the italics). Falls back to a hidden
 * textarea and execCommand where the Clipboard API is missing (an http:// page that is not localhost)
 * or refuses (permissions, no focus).
 */
export async function copy(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
      return true;
    }
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, no focus): try the old way below.
  }
  // Out of sight by a class: the CSP allows no style attribute, and a violation would be reported.
  const area = el('textarea', { readonly: '', class: CITE.clipboard, 'aria-hidden': 'true', tabindex: '-1' }) as HTMLTextAreaElement;
  area.value = text;
  const active = document.activeElement as HTMLElement | null;
  (active?.closest('dialog') ?? document.body).append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}

/** A tiny element builder: attributes, then children (text or nodes). */
export function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The page's language from <html lang>: zh-Hans → zh. */
export const pageLang = (element: Element): Lang => ((element.closest('[lang]')?.getAttribute('lang') ?? 'zh').startsWith('en') ? 'en' : 'zh');
