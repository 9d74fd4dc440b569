import * as React from 'react';
import { sheet } from './plain/sheet';
import { fonts, palette, semanticColors, visuallyHidden } from './plain/theme';

export interface DataColumn<T> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: T) => React.ReactNode;
  /** The cell that names the row (a <th scope="row">). */
  readonly rowHeader?: boolean;
  readonly numeric?: boolean;
}

export interface DataTableProps<T> {
  readonly caption: string;
  readonly columns: readonly DataColumn<T>[];
  readonly rows: readonly T[];
  readonly getKey: (row: T, index: number) => string;
  /** Shown when there are no rows (inside the table, so the caption still names it). */
  readonly empty?: string;
  /** Keep the caption for screen readers only (when a heading above already says it). */
  readonly hideCaption?: boolean;
  readonly id?: string;
  readonly className?: string;
  /**
   * Rows shown in groups, each under a header row naming it (a button that collapses and expands it): each group is
   * `count` rows from `startIndex` (a row may be in several groups, listed once in each).
   */
  readonly groups?: readonly DataGroup[];
}

export interface DataGroup {
  readonly key: string;
  readonly name: string;
  readonly startIndex: number;
  readonly count: number;
}

const classes = sheet('data-table', {
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '50%', fontSize: 14 },
  caption: { textAlign: 'left', fontWeight: 600, padding: '8px 0' },
  hiddenCaption: visuallyHidden,
  cell: { padding: '6px 12px 6px 0', borderBottom: `1px solid ${palette.neutralLight}`, textAlign: 'left', verticalAlign: 'top' },
  head: { fontWeight: 600, borderBottom: `2px solid ${palette.neutralTertiary}` },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  group: { padding: '10px 0 4px', borderBottom: `1px solid ${palette.neutralTertiary}`, textAlign: 'left' },
  groupButton: {
    ...fonts.mediumPlus,
    fontWeight: 600,
    background: 'none',
    border: 'none',
    padding: '2px 4px',
    color: semanticColors.bodyText,
    cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `1px solid ${palette.neutralSecondary}` } },
  },
});

/** A plain, semantic table (caption, column headers, row headers): what screen readers navigate best. */
export function DataTable<T>(props: DataTableProps<T>): React.ReactElement {
  const { caption, columns, rows, getKey, empty, hideCaption, id, className, groups } = props;
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string): void =>
    setCollapsed((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const cellClass = (c: DataColumn<T>, head = false): string =>
    [classes.cell, head ? classes.head : '', c.numeric ? classes.numeric : ''].filter(Boolean).join(' ');
  const emptyRow = (
    <tr>
      <td colSpan={columns.length} className={classes.cell}>
        {empty ?? 'None.'}
      </td>
    </tr>
  );
  const renderRow = (row: T, i: number): React.ReactElement => (
    <tr key={getKey(row, i)}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.key} scope="row" className={cellClass(c)} style={{ fontWeight: 400 }}>
            {c.render(row)}
          </th>
        ) : (
          <td key={c.key} className={cellClass(c)}>
            {c.render(row)}
          </td>
        ),
      )}
    </tr>
  );
  return (
    // A focusable, labelled region: wide tables scroll sideways, and keyboard users must be able to scroll them.
    <div className={[classes.wrap, className ?? ''].join(' ')} id={id} tabIndex={0} role="region" aria-label={caption}>
      <table className={classes.table}>
        <caption className={hideCaption ? classes.hiddenCaption : classes.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClass(c, true)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {groups === undefined ? (
          <tbody>
            {rows.length === 0 && emptyRow}
            {rows.map(renderRow)}
          </tbody>
        ) : (
          <>
            {groups.length === 0 && <tbody>{emptyRow}</tbody>}
            {groups.map((g) => {
              const isCollapsed = collapsed.has(g.key);
              return (
                <tbody key={g.key}>
                  <tr>
                    <th scope="rowgroup" colSpan={columns.length} className={classes.group}>
                      <button type="button" className={classes.groupButton} aria-expanded={!isCollapsed} onClick={() => toggle(g.key)}>
                        <span aria-hidden="true">{isCollapsed ? '\u25B8 ' : '\u25BE '}</span>
                        <span>{g.name}</span>
                      </button>
                    </th>
                  </tr>
                  {!isCollapsed && rows.slice(g.startIndex, g.startIndex + g.count).map((row, i) => renderRow(row, g.startIndex + i))}
                </tbody>
              );
            })}
          </>
        )}
      </table>
    </div>
  );
}
