import { installGlossary } from './glossary';
import { type IslandManifest, installIslands } from './islands';
import { installPlaceKeeping } from './place';
import { installPrintMargins } from './print';
import { installQueryEcho } from './query';
import { offerReadAloud } from './read-aloud';
import { installReadingMode } from './reading-mode';
import { installTextSize } from './text-size';

/** The islands' bundles, written in by lib/build/build-islands.mjs when it bundles this script. */
declare const __ISLANDS__: IslandManifest;

/**
 * The site's one inline script (components/shell/PageScript.tsx puts it first in <body>, so it runs
 * before the page paints). Pages ship no framework runtime: this is all the script a text page runs.
 */
const root = document.documentElement;
root.classList.add('js');
installPrintMargins(root, document, location);
installTextSize(root, document);
const setMode = installReadingMode(document, location);
installGlossary(document);
installPlaceKeeping(document, window, setMode);
installQueryEcho(document, location);
installIslands(document, window, __ISLANDS__, (url) => import(/* @vite-ignore */ url));
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => offerReadAloud(document, window));
else offerReadAloud(document, window);
