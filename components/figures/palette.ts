/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
export const PALETTE = {
  light: { stated: '#0072B2', derived: '#C26A00', grid: '#d6d3d1', text: '#292524', background: '#ffffff' },
  dark: { stated: '#56B4E9', derived: '#E69F00', grid: '#44403c', text: '#e7e5e4', background: '#1c1917' },
} as const;
