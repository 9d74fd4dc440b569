import { sheet } from '../../../../../ui/plain/sheet';
import { defaultPalette, palette, visuallyHidden } from '../../../../../ui/plain/theme';

/**
 * Colours for the charts. Band fills are pale so the dark bars and text keep a contrast above 3:1 (bars) and
 * 4.5:1 (text) on every band; the bands are named in text, so colour is never the only cue. Literal colours (Fluent's
 * default theme), not the theme's CSS custom properties: they are SVG attributes, and the Word report's pictures are
 * drawn from the SVG alone (ui/charts/svgToPng), where no custom property resolves.
 */
export const CHART_COLOURS = {
  text: defaultPalette.neutralPrimary,
  axis: defaultPalette.neutralSecondary,
  grid: defaultPalette.neutralLight,
  bar: defaultPalette.themeDarker,
  stage1: '#e7f3e8',
  stage2: '#fff4ce',
  stage3: '#fde7e9',
  boundary: defaultPalette.neutralSecondary,
};

export const chartClasses = sheet('chart-styles', {
  figure: { margin: '8px 0 16px' },
  svg: { width: '100%', height: 'auto', maxWidth: 760, display: 'block' },
  hidden: visuallyHidden,
  caption: { fontSize: 12, color: palette.neutralSecondary, marginTop: 4 },
});

/** Position of `value` (0–100) on an axis running from `start` (0%) to `end` (100%). */
export function scalePercent(value: number, start: number, end: number): number {
  const v = Math.max(0, Math.min(100, value));
  return start + ((end - start) * v) / 100;
}
