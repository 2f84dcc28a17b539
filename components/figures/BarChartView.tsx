'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Text, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import type { ChartData } from '@/lib/figures/charts';
import { PALETTE } from './palette';

export interface BarChartProps {
  id: string;
  title: string;
  scale: ChartData['scale'];
  series: ChartData['series'];
  rows: ChartData['rows'];
  lang: string;
  /** Appended to a derived value in the tooltip: " (derived)" / "（推算）". */
  derivedTag: string;
  dark: boolean;
}

/** A Recharts bar chart of stated and derived values; derived bars are hatched, every bar is labelled. */
export function BarChartView({ id, title, scale, series, rows, lang, derivedTag, dark }: BarChartProps) {
  const colors = dark ? PALETTE.dark : PALETTE.light;
  const data = rows.map((row) => ({
    name: row.label,
    ...Object.fromEntries(series.flatMap((s) => [[s.key, row.cells[s.key].value], [`${s.key}__text`, row.cells[s.key].text]])),
  }));
  const number = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const tick = (value: number) => (scale === 'percent' ? `${value}%` : number.format(value));
  const domain: [number, number | 'auto'] = scale === 'percent' ? [0, 100] : [0, 'auto'];
  const axisStyle = { fill: colors.text, fontSize: 13 };

  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 24, right: 8, bottom: 4, left: 0 }}
      accessibilityLayer
      title={title}
      desc={title}
    >
      <defs>
        <pattern id={`hatch-${id}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={colors.background} />
          <rect width="3" height="6" fill={colors.derived} />
        </pattern>
      </defs>
      <CartesianGrid stroke={colors.grid} vertical={false} />
      <XAxis
        dataKey="name"
        stroke={colors.grid}
        interval={0}
        height={lang.startsWith('zh') ? 30 : 44}
        // Category names wrap within their band instead of running into each other at 320 px.
        tick={(props: XAxisTickContentProps) => (
          <Text x={props.x} y={props.y} width={Math.max(40, Number(props.width) / props.visibleTicksCount - 8)} textAnchor="middle" verticalAnchor="start" {...axisStyle}>
            {String(props.payload.value)}
          </Text>
        )}
      />
      <YAxis domain={domain} tickFormatter={tick} tick={axisStyle} stroke={colors.grid} width={48} />
      <Tooltip
        cursor={{ fill: colors.grid, fillOpacity: 0.35 }}
        isAnimationActive={false}
        content={({ active, label }) => {
          const row = rows.find((r) => r.label === label);
          if (!active || !row) return null;
          return (
            <div className="rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow dark:border-stone-600 dark:bg-stone-900">
              <p className="font-semibold">{row.label}</p>
              {series.map((s) => (
                <p key={s.key} className="tabular-nums">
                  {series.length > 1 && `${s.label}: `}
                  {row.cells[s.key].text}
                  {row.cells[s.key].derived && derivedTag}
                </p>
              ))}
            </div>
          );
        }}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} isAnimationActive={false} maxBarSize={72}>
          {rows.map((row) => {
            const cell = row.cells[s.key];
            return <Cell key={row.label} fill={cell.derived ? `url(#hatch-${id})` : colors.stated} stroke={cell.derived ? colors.derived : colors.stated} strokeWidth={1.5} />;
          })}
          <LabelList dataKey={`${s.key}__text`} position="top" fill={colors.text} fontSize={13} />
        </Bar>
      ))}
    </BarChart>
  );
}
