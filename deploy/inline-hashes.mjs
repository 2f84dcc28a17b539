/**
 * Finds what a page runs or styles inline, so the Content-Security-Policy can allow exactly that by
 * hash: executable inline <script>s, <style> elements and style attributes. Inline event handlers
 * and javascript: URLs cannot be allowed by a hash without 'unsafe-hashes' for scripts, so they are
 * reported as problems instead.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The CSP source expression of a text: 'sha256-' + base64 of its UTF-8 SHA-256. */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

// https://html.spec.whatwg.org/#javascript-mime-type
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Whether an inline <script> with this type attribute is subject to script-src: classic scripts,
 * modules, import maps and speculation rules are; data blocks (application/json, application/ld+json…) are not.
 */
export function isScriptSrcGoverned(type) {
  if (type === undefined || type === null) return true;
  const essence = String(type).split(';')[0].trim().toLowerCase();
  return essence === '' || essence === 'module' || essence === 'importmap' || essence === 'speculationrules' || JAVASCRIPT_TYPES.has(essence);
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref'];

/**
 * The inline code and styles of one HTML document.
 * @returns {{ scripts: string[], styles: string[], styleAttributes: string[], problems: {line: number, problem: string, fix: string}[] }}
 *   texts, in document order (duplicates kept), and what no hash can allow.
 */
export function inlineSources(html) {
  const tree = fromHtml(html);
  const found = { scripts: [], styles: [], styleAttributes: [], problems: [] };
  visit(tree, 'element', (node) => {
    const line = node.position?.start.line ?? 0;
    const text = () => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (node.tagName === 'script' && node.properties.src === undefined && isScriptSrcGoverned(node.properties.type)) {
      found.scripts.push(text());
    }
    if (node.tagName === 'style') found.styles.push(text());
    if (typeof node.properties.style === 'string') found.styleAttributes.push(node.properties.style);
    for (const name of Object.keys(node.properties)) {
      if (/^on[a-z]/i.test(name)) {
        found.problems.push({
          line,
          problem: `<${node.tagName}> has an inline event handler (${name.toLowerCase()}), which the Content-Security-Policy blocks`,
          fix: 'attach the listener from components/shell/PageScript.tsx or an island instead',
        });
      }
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) {
        found.problems.push({
          line,
          problem: `<${node.tagName}> has a javascript: URL, which the Content-Security-Policy blocks`,
          fix: 'use a <button> with a listener from PageScript or an island, or a real URL',
        });
      }
    }
  });
  return found;
}

/** Distinct hashes, sorted so the policy is the same for the same pages. */
export function distinctHashes(texts) {
  return [...new Set(texts.map(cspHash))].sort();
}
