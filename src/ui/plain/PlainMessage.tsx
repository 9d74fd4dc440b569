import * as React from 'react';
import { Spinner } from './Spinner';

/**
 * A message bar for the shared shell (the error boundary, "cannot open its site", on-demand loading): plain markup
 * with inline styles, so the code every web part loads first carries none of Fluent UI (Fluent's MessageBar brings
 * IconButton, BaseButton, Icon, Image, keytips and Fluent's styling core: about 30 KB gzip). It looks and behaves
 * as Fluent's MessageBar does: the same colours; the message in a live region (`role="alert"` for an error,
 * `role="status"` otherwise); the icon is decorative; a 1px border that forced-colours (Windows high contrast) mode
 * draws in its own colour, so the bar stays visible when backgrounds are removed.
 */
export type PlainMessageKind = 'info' | 'warning' | 'error' | 'success' | 'severeWarning' | 'blocked';

const COLOURS: Record<PlainMessageKind, { background: string; icon: string }> = {
  info: { background: '#f3f2f1', icon: '#605e5c' },
  warning: { background: '#fff4ce', icon: '#797775' },
  error: { background: '#fde7e9', icon: '#a80000' },
  blocked: { background: '#fde7e9', icon: '#a80000' },
  severeWarning: { background: '#fed9cc', icon: '#d83b01' },
  success: { background: '#dff6dd', icon: '#107c10' },
};

/** Errors, blocks and severe warnings interrupt (an alert); the rest are announced politely (a status), as Fluent's. */
const ALERTS: ReadonlySet<PlainMessageKind> = new Set(['error', 'blocked', 'severeWarning']);

/** The icons of Fluent's MessageBar (Info, Warning, ErrorBadge, Completed, Blocked) as 16px outlines. */
const ICONS: Record<PlainMessageKind, React.ReactElement> = {
  success: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2zm3.15 3.15L7 9.29 4.85 7.15l-.7.7L7 10.71l4.85-4.86-.7-.7z" />,
  blocked: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1c1.46 0 2.8.52 3.85 1.4l-8.46 8.45A6 6 0 0 1 8 2zm4.6 2.15A6 6 0 0 1 4.15 12.6L12.6 4.15z" />,
  severeWarning: <path d="M8 1.5 .8 14.5h14.4L8 1.5zm0 2.1 5.5 9.9h-11L8 3.6zM7.5 6v4h1V6h-1zm.5 5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5z" />,
  info: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2zm-.5 5v5h1V7h-1zm.5-2.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5z" />,
  warning: <path d="M8 1.5 .8 14.5h14.4L8 1.5zm0 2.1 5.5 9.9h-11L8 3.6zM7.5 6v4h1V6h-1zm.5 5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5z" />,
  error: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2zM5.6 4.9l-.7.7L7.3 8l-2.4 2.4.7.7L8 8.7l2.4 2.4.7-.7L8.7 8l2.4-2.4-.7-.7L8 7.3 5.6 4.9z" />,
};

export interface PlainMessageProps {
  kind: PlainMessageKind;
  children?: React.ReactNode;
  /** Overrides the live region's role (e.g. an error shown in place that must not interrupt: 'status'). */
  role?: string;
  /** Buttons shown after the message (e.g. "Try again"). */
  actions?: React.ReactNode;
  /** Shows a close button that calls this. */
  onDismiss?: () => void;
  dismissButtonAriaLabel?: string;
  className?: string;
}

export const PlainMessage: React.FC<PlainMessageProps> = ({ kind, children, role, actions, onDismiss, dismissButtonAriaLabel, className }) => (
  <div
    className={['pw-plain-message', className].filter(Boolean).join(' ')}
    data-kind={kind}
    style={{
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-start',
      gap: 8,
      padding: '8px 12px',
      background: COLOURS[kind].background,
      color: '#323130',
      border: '1px solid transparent',
      fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
      fontSize: 14,
      lineHeight: '20px',
      wordBreak: 'break-word',
    }}
  >
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" style={{ flex: 'none', marginTop: 2, fill: COLOURS[kind].icon }}>
      {ICONS[kind]}
    </svg>
    <div role={role ?? (ALERTS.has(kind) ? 'alert' : 'status')} style={{ minWidth: 0, flex: '1 1 200px' }}>
      {children}
    </div>
    {actions && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{actions}</div>}
    {onDismiss && (
      <button type="button" aria-label={dismissButtonAriaLabel ?? 'Close'} title={dismissButtonAriaLabel ?? 'Close'} onClick={onDismiss} style={{ flex: 'none', width: 32, height: 32, margin: '-6px -8px -6px 0', border: 'none', background: 'transparent', color: '#323130', cursor: 'pointer' }}>
        <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 16 16" style={{ fill: 'currentColor' }}>
          <path d="M3.35 2.65 8 7.29l4.65-4.64.7.7L8.71 8l4.64 4.65-.7.7L8 8.71l-4.65 4.64-.7-.7L7.29 8 2.65 3.35l.7-.7z" />
        </svg>
      </button>
    )}
  </div>
);

/**
 * What the shell shows while a part of the page loads: the plain Spinner (a ring turning, its words announced
 * politely, Fluent's class name `ms-Spinner` that the end-to-end tests wait on), its words beside it.
 */
export const PlainLoading: React.FC<{ label: string }> = ({ label }) => (
  <div style={{ padding: 8 }}>
    <Spinner label={label} labelPosition="right" />
  </div>
);
