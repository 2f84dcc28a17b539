/**
 * The chart colours: Okabe–Ito blue and orange, distinguishable with every common colour-vision
 * deficiency (derived bars are also hatched, so they differ without colour). The page's CSS sets
 * the same values as custom properties (app/globals.css, --chart-*; a unit test keeps them equal);
 * the downloads and share cards are drawn in `light`.
 */
export const PALETTE = {
  light: { stated: '#0072B2', derived: '#C26A00', grid: '#d6d3d1', axis: '#78716c', text: '#292524', background: '#ffffff' },
  dark: { stated: '#56B4E9', derived: '#E69F00', grid: '#44403c', axis: '#a8a29e', text: '#e7e5e4', background: '#1c1917' },
  /** prefers-contrast: more */
  lightMore: { stated: '#005282', derived: '#8F4E00', grid: '#78716c', axis: '#000000', text: '#000000', background: '#ffffff' },
  darkMore: { stated: '#8CCBF0', derived: '#FFC14D', grid: '#a8a29e', axis: '#ffffff', text: '#ffffff', background: '#000000' },
} as const;

export type ChartColor = keyof (typeof PALETTE)['light'];
