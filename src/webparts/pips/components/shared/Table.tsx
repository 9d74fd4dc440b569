import * as React from 'react';
import { getTheme, hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: T) => React.ReactNode;
  /** The cell that names the row (a <th scope="row">). */
  readonly rowHeader?: boolean;
  readonly numeric?: boolean;
}

export interface TableProps<T> {
  readonly caption: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly getKey: (row: T, index: number) => string;
  readonly empty?: string;
  readonly hideCaption?: boolean;
}

const theme = getTheme();
const classes = mergeStyleSets({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: 14 },
  caption: { textAlign: 'left', fontWeight: 600, padding: '8px 0' },
  hidden: hiddenContentStyle,
  cell: { padding: '6px 12px 6px 0', borderBottom: `1px solid ${theme.palette.neutralLight}`, textAlign: 'left', verticalAlign: 'top' },
  head: { fontWeight: 600, borderBottom: `2px solid ${theme.palette.neutralTertiary}` },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/** A plain, semantic table (caption, column and row headers): what screen readers navigate best. */
export function Table<T>(props: TableProps<T>): React.ReactElement {
  const { caption, columns, rows, getKey, empty, hideCaption } = props;
  const cls = (c: Column<T>, head = false): string => [classes.cell, head ? classes.head : '', c.numeric ? classes.numeric : ''].filter(Boolean).join(' ');
  return (
    // A focusable, labelled region: wide tables scroll sideways, and keyboard users must be able to scroll them.
    <div className={classes.wrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={classes.table}>
        <caption className={hideCaption ? classes.hidden : classes.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cls(c, true)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className={classes.cell}>
                {empty ?? 'None.'}
              </td>
            </tr>
          )}
          {rows.map((row, i) => (
            <tr key={getKey(row, i)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={cls(c)}>
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cls(c)}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
