import { getTheme, hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';

const theme = getTheme();

/**
 * Colours for the charts. Band fills are pale so the dark bars and text keep a contrast above 3:1 (bars) and
 * 4.5:1 (text) on every band; the bands are named in text, so colour is never the only cue.
 */
export const CHART_COLOURS = {
  text: theme.palette.neutralPrimary,
  axis: theme.palette.neutralSecondary,
  grid: theme.palette.neutralLight,
  bar: theme.palette.themeDarker,
  stage1: '#e7f3e8',
  stage2: '#fff4ce',
  stage3: '#fde7e9',
  boundary: theme.palette.neutralSecondary,
};

export const chartClasses = mergeStyleSets({
  figure: { margin: '8px 0 16px' },
  svg: { width: '100%', height: 'auto', maxWidth: 760, display: 'block' },
  hidden: hiddenContentStyle,
  caption: { fontSize: 12, color: theme.palette.neutralSecondary, marginTop: 4 },
});

/** Position of `value` (0–100) on an axis running from `start` (0%) to `end` (100%). */
export function scalePercent(value: number, start: number, end: number): number {
  const v = Math.max(0, Math.min(100, value));
  return start + ((end - start) * v) / 100;
}
