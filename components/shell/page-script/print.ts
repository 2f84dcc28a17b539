/** The printed sheets' header and footer (the @page rules in app/globals.css): the page's title, URL and today's date. */
export function installPrintMargins(root: HTMLElement, doc: Document, where: Location) {
  const printed = { title: doc.title, url: where.origin + where.pathname, date: new Date().toLocaleDateString(root.lang) };
  // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
  for (const [key, value] of Object.entries(printed)) root.style.setProperty(`--print-${key}`, JSON.stringify(value));
}
