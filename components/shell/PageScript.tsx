import { pageScriptSource } from '@/lib/site/page-script';

/**
 * The site's one inline script, first in <body> so it runs before the page paints: text size,
 * reading-mode memory, glossary popovers, the reader's place across switches, print margins and the
 * island loader. Its source is components/shell/page-script/ (typed, tested), bundled and minified
 * by lib/build/build-islands.mjs; its SHA-256 is the CSP's one script hash, computed from the pages as built.
 */
export function PageScript() {
  return <script data-page-script dangerouslySetInnerHTML={{ __html: pageScriptSource() }} />;
}
