'use client';

import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { BarChartProps } from './BarChartView';
import { downloadPng, downloadSvg } from './download';

export interface ChartIslandProps extends Omit<BarChartProps, 'dark'> {
  /** Text for the image downloads: the title, the source line and the date go into the image. */
  download: { svg: string; png: string; source: string; dateLabel: string; lang: string };
}

/**
 * Where a chart goes. Recharts draws nothing on the server, so the static page has the table
 * and the summary; this island loads the chart code only when the chart comes near the viewport,
 * so no text page, and no part of a chart page the reader never reaches, pays for it.
 */
export function ChartIsland({ download, ...chart }: ChartIslandProps) {
  const box = useRef<HTMLDivElement>(null);
  const [View, setView] = useState<ComponentType<BarChartProps> | null>(null);
  const dark = usePrefersDark();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import('./BarChartView').then((module) => setView(() => module.BarChartView));
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const save = (kind: 'svg' | 'png') => {
    const svg = box.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    const options = { svg, fileName: chart.id, title: chart.title, source: download.source, date: `${download.dateLabel}: ${new Date().toLocaleDateString(download.lang)}`, dark };
    if (kind === 'svg') downloadSvg(options);
    else void downloadPng(options);
  };

  return (
    <div>
      {/* 17.5rem (280px at the default size): a class, not an inline style, so a strict CSP needs no style-src 'unsafe-inline'. */}
      <div ref={box} className="h-70 w-full">
        {View ? <View {...chart} dark={dark} /> : null}
      </div>
      {View && (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <button type="button" onClick={() => save('svg')} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            {download.svg}
          </button>
          <button type="button" onClick={() => save('png')} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            {download.png}
          </button>
        </p>
      )}
    </div>
  );
}

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setDark(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark;
}
