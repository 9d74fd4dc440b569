import type { IPivotStyles } from '@fluentui/react/lib/Pivot';

/** Tabs that wrap onto another line where the web part is narrow (a phone, the Teams side panel), never widen the page. */
export const WRAPPING_PIVOT_STYLES: Partial<IPivotStyles> = { root: { display: 'flex', flexWrap: 'wrap' } };
