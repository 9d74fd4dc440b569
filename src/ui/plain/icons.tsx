import * as React from 'react';

/**
 * The few icons our buttons show, as 16px outlines in the text's colour (Fluent's icon font and its registration are
 * not in a first load). Decorative: a button is named by its text or its aria-label.
 */
const PATHS = {
  Add: 'M7.5 2h1v5.5H14v1H8.5V14h-1V8.5H2v-1h5.5V2z',
  AddFriend: 'M6 2a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 1a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM1 14c0-2.8 2.2-5 5-5 1 0 1.9.3 2.7.8l-.6.8A4 4 0 0 0 2 14H1zm11-5h1v2h2v1h-2v2h-1v-2h-2v-1h2V9z',
  Back: 'M7.35 2.65 2 8l5.35 5.35.7-.7L3.91 8.5H14v-1H3.91l4.14-4.15-.7-.7z',
  Calendar: 'M4 1h1v1h6V1h1v1h2v12H2V2h2V1zM3 3v2h10V3H3zm0 3v7h10V6H3z',
  Cancel: 'M3.35 2.65 8 7.29l4.65-4.64.7.7L8.71 8l4.64 4.65-.7.7L8 8.71l-4.65 4.64-.7-.7L7.29 8 2.65 3.35l.7-.7z',
  Delete: 'M6 1h4v1h4v1h-1v11H3V3H2V2h4V1zM4 3v10h8V3H4zm2 2h1v6H6V5zm3 0h1v6H9V5z',
  Download: 'M7.5 1h1v9.29l2.65-2.64.7.7L8 12.21 4.15 8.35l.7-.7L7.5 10.29V1zM2 14h12v1H2v-1z',
  Print: 'M4 1h8v4h2v7h-2v3H4v-3H2V5h2V1zm1 1v3h6V2H5zM3 6v5h1V9h8v2h1V6H3zm2 4v4h6v-4H5z',
  Refresh: 'M8 2a6 6 0 0 1 5.2 3H11v1h4V2h-1v2.1A7 7 0 1 0 15 8h-1A6 6 0 1 1 8 2z',
  Undo: 'M4.7 2.65 1.35 6 4.7 9.35l.7-.7L3.26 6.5H10a3.5 3.5 0 0 1 0 7H6v1h4a4.5 4.5 0 0 0 0-9H3.26L5.4 3.35l-.7-.7z',
  ChevronDown: 'M2.65 5.65 8 11l5.35-5.35-.7-.7L8 9.59 3.35 4.95l-.7.7z',
  ErrorBadge: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM5.35 4.65 8 7.29l2.65-2.64.7.7L8.71 8l2.64 2.65-.7.7L8 8.71l-2.65 2.64-.7-.7L7.29 8 4.65 5.35l.7-.7z',
  Warning: 'M8 1.5 15 14.5H1L8 1.5zm0 2.1-5.3 9.9h10.6L8 3.6zM7.5 6h1v4.5h-1V6zm0 5.5h1v1h-1v-1z',
  ChevronUp: 'M2.65 10.35 8 5l5.35 5.35-.7.7L8 6.41l-4.65 4.64-.7-.7z',
} as const;

export type IconName = keyof typeof PATHS;

export const isIconName = (name: string | undefined): name is IconName => name !== undefined && name in PATHS;

export const PlainIcon: React.FC<{ name: IconName; className?: string }> = ({ name, className }) => (
  <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" className={className} style={{ flex: 'none', fill: 'currentColor' }}>
    <path d={PATHS[name]} />
  </svg>
);
