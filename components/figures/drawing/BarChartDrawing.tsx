import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import type { Lang } from '@/lib/content/types';
import { CHART_LAYOUTS, type ChartLayoutName, tickText, valueTicks, wrapLabel } from '@/lib/figures/chart-layout';
import type { ChartData } from '@/lib/figures/charts';
import { PALETTE } from '@/lib/figures/palette';

/** What the drawing's marks carry so that lib/figures/chart-svg.ts can name them: the cell's metric and its words. */
export const MARK_CLASS = 'chart-mark';

const colors = PALETTE.light;

/**
 * A Recharts bar chart of stated and derived values at a fixed size, drawn once at build time
 * (components/figures/drawing/draw.tsx) and written out as static SVG by lib/figures/chart-svg.ts:
 * derived bars are hatched, every bar is labelled with the value the data table prints. Colours
 * are the light palette's; the SVG writer turns them into classes that CSS colours.
 */
export function BarChartDrawing({ chart, layout, lang, uid }: { chart: ChartData; layout: ChartLayoutName; lang: Lang; uid: string }) {
  const { width, height, fontSize } = CHART_LAYOUTS[layout];
  const ticks = valueTicks(chart);
  const yWidth = Math.ceil(Math.max(...ticks.map((t) => tickText(t, chart.scale, lang).length)) * fontSize * 0.6) + 12;
  const band = (width - yWidth - 8) / chart.rows.length;
  const lines = chart.rows.map((row) => wrapLabel(row.label, band - 8, fontSize));
  const xHeight = Math.max(...lines.map((l) => l.length)) * fontSize * 1.25 + 10;
  const data = chart.rows.map((row) => ({
    name: row.label,
    ...Object.fromEntries(
      chart.series.flatMap((s) => [
        [s.key, row.cells[s.key].value],
        [`${s.key}__text`, row.cells[s.key].text],
      ]),
    ),
  }));
  const text = { fill: colors.text, fontSize };

  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: fontSize + 12, right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      barCategoryGap={layout === 'narrow' || layout === 'card' ? '8%' : '16%'}
      barGap={8}
    >
      <defs>
        <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={colors.background} />
          <rect width="3" height="6" fill={colors.derived} />
        </pattern>
      </defs>
      <CartesianGrid stroke={colors.grid} vertical={false} />
      <XAxis
        dataKey="name"
        interval={0}
        height={xHeight}
        stroke={colors.axis}
        tickLine={false}
        // Category names are broken into lines ahead of time: there is no browser to measure them.
        tick={(props: XAxisTickContentProps) => {
          const label = lines[chart.rows.findIndex((row) => row.label === props.payload.value)] ?? [String(props.payload.value)];
          return (
            <text x={props.x} y={Number(props.y) + 4} textAnchor="middle" className="recharts-cartesian-axis-tick-value" {...text}>
              {label.map((line, i) => (
                <tspan key={i} x={props.x} dy={i === 0 ? '0.9em' : '1.25em'}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        }}
      />
      <YAxis
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => tickText(v, chart.scale, lang)}
        tick={text}
        tickLine={false}
        stroke={colors.axis}
        width={yWidth}
      />
      {chart.series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} isAnimationActive={false} maxBarSize={96}>
          {chart.rows.map((row) => {
            const cell = row.cells[s.key];
            return (
              <Cell
                key={row.label}
                className={MARK_CLASS}
                data-metric={cell.metricId}
                data-derived={cell.derived ? 'true' : 'false'}
                data-phrase={cell.phrase}
                fill={cell.derived ? `url(#${uid}-hatch)` : colors.stated}
                stroke={cell.derived ? colors.derived : colors.stated}
                strokeWidth={1.5}
              />
            );
          })}
          <LabelList dataKey={`${s.key}__text`} position="top" offset={6} {...text} />
        </Bar>
      ))}
    </BarChart>
  );
}
