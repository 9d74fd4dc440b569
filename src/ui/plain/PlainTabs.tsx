import * as React from 'react';
import { sheet } from './sheet';
import { palette, semanticColors, fonts } from './theme';
import { usePlainId } from './PlainFields';

export interface PlainTab {
  readonly key: string;
  readonly title: string;
  /** The tab's content, rendered only while the tab is chosen (as Fluent's Pivot does). */
  readonly render: () => React.ReactNode;
}

const classes = sheet('tabs', {
  // Tabs wrap onto another line where the web part is narrow (a phone, the Teams side panel), never widen the page.
  list: { display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 8 },
  tab: {
    ...fonts.medium,
    position: 'relative',
    minHeight: 44,
    padding: '0 8px',
    border: 'none',
    borderRadius: 0,
    background: 'transparent',
    color: semanticColors.bodyText,
    cursor: 'pointer',
    selectors: {
      ':hover': { background: palette.neutralLighter, color: semanticColors.bodyText },
      ':focus-visible': { outline: `1px solid ${palette.neutralSecondary}`, outlineOffset: -1 },
      '::before': { content: '""', position: 'absolute', left: 8, right: 8, bottom: 0, height: 2, background: 'transparent' },
    },
  },
  selected: { fontWeight: 600, selectors: { '::before': { background: palette.themePrimary } } },
});

/**
 * Tabs for a first screen (the ARIA tabs pattern, as Fluent's Pivot gives it, without Pivot's focus zone and overflow
 * code): a labelled tablist of buttons; Left and Right (Home, End) move between the tabs, Enter, Space, a click or a tap
 * opens one; only the chosen tab's content is rendered, in a tabpanel named by its tab.
 */
export const PlainTabs: React.FC<{
  label: string;
  tabs: readonly PlainTab[];
  defaultKey?: string;
  /** The chosen tab when the caller keeps it (e.g. to come back to it after a screen that replaced the tabs). */
  selectedKey?: string;
  onSelect?: (key: string) => void;
}> = ({ label, tabs, defaultKey, selectedKey, onSelect }) => {
  const id = usePlainId('tabs');
  const [own, setOwn] = React.useState(defaultKey ?? tabs[0]?.key);
  const selected = selectedKey ?? own;
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.key === selected) ?? tabs[0];
  const focusTab = (index: number): void => buttons.current[(index + tabs.length) % tabs.length]?.focus();
  const tabId = (key: string): string => `${id}-tab-${key}`;
  const panelId = `${id}-panel`;
  return (
    <div>
      <div role="tablist" aria-label={label} className={classes.list}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            id={tabId(t.key)}
            type="button"
            role="tab"
            aria-selected={t === current}
            aria-controls={t === current ? panelId : undefined}
            tabIndex={t === current ? 0 : -1}
            className={[classes.tab, t === current ? classes.selected : ''].join(' ')}
            onClick={() => {
              setOwn(t.key);
              onSelect?.(t.key);
            }}
            onKeyDown={(e) => {
              const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : undefined;
              if (to === undefined) return;
              e.preventDefault();
              focusTab(to);
            }}
          >
            {t.title}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={panelId} aria-labelledby={tabId(current.key)}>
          {current.render()}
        </div>
      )}
    </div>
  );
};
