import type { Lang } from '@/lib/content/types';
import type { ChartLayoutName } from '@/lib/figures/chart-layout';
import type { ChartData } from '@/lib/figures/charts';

/**
 * Draws Recharts bar charts without a browser. Recharts 3 renders nothing through
 * react-dom/server (recharts#5997): its axes and bars appear only after effects run in a DOM. So
 * each chart is mounted with react-dom/client into jsdom, at a fixed size with animation off, inside
 * `act` (which runs every effect and state update before it returns), and the SVG Recharts drew
 * is read back as markup. Build time only: no reader's browser runs React or Recharts.
 */
export interface ChartDrawer {
  /** The raw SVG Recharts drew for a chart at a layout, as markup. */
  draw(chart: ChartData, layout: ChartLayoutName, lang: Lang): Promise<string>;
  close(): void;
}

/** The browser globals React DOM and Recharts look for, taken from a jsdom window. */
const GLOBALS = [
  'window',
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'SVGElement',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

export async function chartDrawer(): Promise<ChartDrawer> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const saved = GLOBALS.map((key) => [key, Object.getOwnPropertyDescriptor(globalThis, key)] as const);
  for (const key of GLOBALS) {
    const value = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key];
    Object.defineProperty(globalThis, key, {
      value: typeof value === 'function' && /^[a-z]/.test(key) ? value.bind(dom.window) : value,
      configurable: true,
      writable: true,
    });
  }
  // Tells React that `act` is in charge of flushing work, as in a test runner.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  // Loaded only now: react-dom decides at load whether it has a DOM to work with.
  const [{ act, createElement }, { createRoot }, { BarChartDrawing }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./BarChartDrawing'),
  ]);

  return {
    async draw(chart, layout, lang) {
      const host = dom.window.document.createElement('div');
      dom.window.document.body.append(host);
      const root = createRoot(host);
      await act(async () => root.render(createElement(BarChartDrawing, { chart, layout, lang, uid: `${chart.id}-${lang}-${layout}` })));
      const svg = host.querySelector('svg');
      const drawn = !!svg?.querySelector('.recharts-bar-rectangle');
      const markup = svg?.outerHTML;
      await act(async () => root.unmount());
      host.remove();
      if (!markup || !drawn) throw new Error(`chart "${chart.id}" (${lang}, ${layout}): Recharts drew no bars`);
      return markup;
    },
    close() {
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, key, descriptor);
        else delete (globalThis as Record<string, unknown>)[key];
      }
      dom.window.close();
    },
  };
}
