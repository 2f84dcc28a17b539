import type { SortKey } from '@/components/figures/FiguresTable';
import { withoutFormatCharacters } from '@/lib/search/query-text';

/**
 * The figures table: search (words in any order; "3662" also finds 3,662), filter by topic, and
 * sort by a column heading (again to reverse), which this makes a button. Rows are the static
 * HTML's, shown, hidden and reordered.
 */
export function mount(element: HTMLElement) {
  const query = element.querySelector<HTMLInputElement>('[data-figures-query]')!;
  const topic = element.querySelector<HTMLSelectElement>('[data-figures-topic]')!;
  const count = element.querySelector<HTMLElement>('[role="status"][data-template]')!;
  const none = element.querySelector<HTMLElement>('[data-figures-none]')!;
  const body = element.querySelector<HTMLTableSectionElement>('tbody')!;
  const buttons = [...element.querySelectorAll<HTMLTableCellElement>('th[data-sort]')].map(sortButton);
  const rows = [...body.rows];
  const collator = new Intl.Collator(document.documentElement.lang);
  let sort: { key: SortKey; descending: boolean } = { key: 'order', descending: false };

  const compare: Record<SortKey, (a: HTMLTableRowElement, b: HTMLTableRowElement) => number> = {
    order: (a, b) => Number(a.dataset.order) - Number(b.dataset.order),
    label: (a, b) => collator.compare(a.dataset.label!, b.dataset.label!),
    value: (a, b) => Number(a.dataset.value) - Number(b.dataset.value),
    topic: (a, b) => collator.compare(a.dataset.topicLabel!, b.dataset.topicLabel!) || compare.order(a, b),
  };

  const update = () => {
    const words = withoutFormatCharacters(query.value)
      .toLowerCase()
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    const sorted = [...rows].sort((a, b) => (sort.descending ? -1 : 1) * compare[sort.key](a, b));
    let shown = 0;
    for (const row of sorted) {
      row.hidden = !((!topic.value || row.dataset.topic === topic.value) && words.every((word) => row.dataset.haystack!.includes(word)));
      if (!row.hidden) shown++;
    }
    body.append(...sorted);
    none.hidden = shown > 0;
    count.textContent = count.dataset.template!.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    for (const button of buttons) {
      const active = button.dataset.sortKey === sort.key;
      const heading = button.closest('th')!;
      if (active) heading.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      else heading.removeAttribute('aria-sort');
      button.lastElementChild!.textContent = active ? (sort.descending ? '↓' : '↑') : '↕';
    }
  };

  query.addEventListener('input', update);
  topic.addEventListener('change', update);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const key = button.dataset.sortKey as SortKey;
      sort = { key, descending: sort.key === key ? !sort.descending : false };
      update();
    });
  }
  for (const control of [query, topic]) control.disabled = false;
}

/** A column heading's words and arrow (the arrow says how it sorts), made a button that sorts by it. */
function sortButton(heading: HTMLTableCellElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.sortKey = heading.dataset.sort;
  button.className = 'hover:underline';
  button.append(...heading.childNodes);
  heading.append(button);
  return button;
}
