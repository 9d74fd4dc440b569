import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, isoWeekday, type WeekCell, type WeekRegister } from '../../../../domain';
import { useNarrow } from '../../../../ui/useNarrow';
import { useOpenRegister } from '../openRegister';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const theme = getTheme();
const classes = mergeStyleSets({
  scroll: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${theme.palette.neutralLight}` },
  table: { borderCollapse: 'collapse', fontSize: 14 },
  th: { padding: '4px 6px', textAlign: 'center', borderBottom: `2px solid ${theme.palette.neutralTertiary}`, fontWeight: 600, whiteSpace: 'nowrap' },
  pupil: { position: 'sticky', left: 0, background: theme.palette.white, textAlign: 'left', padding: '4px 8px', fontWeight: 600, minWidth: 120, zIndex: 1 },
  td: { padding: 2, borderBottom: `1px solid ${theme.palette.neutralLight}`, textAlign: 'center' },
  cell: {
    minWidth: 44,
    minHeight: 32,
    padding: '2px 4px',
    border: `1px solid ${theme.palette.neutralTertiaryAlt}`,
    borderRadius: 2,
    background: theme.palette.white,
    color: theme.palette.neutralPrimary,
    cursor: 'pointer',
    fontSize: 14,
    selectors: { ':hover': { background: theme.palette.neutralLighter }, ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 1 } },
  },
  missing: { fontWeight: 700, border: `2px dashed ${theme.palette.red}`, background: theme.palette.yellowLight ?? '#fff4ce', color: theme.palette.black },
  plain: { color: theme.palette.neutralSecondary, fontSize: 13 },
  cue: { color: theme.palette.neutralPrimary },
});

const sessionWord = (s: 'AM' | 'PM'): string => (s === 'AM' ? 'morning' : 'afternoon');

/** What a cell shows, and what it says to a screen reader. */
function cellText(c: WeekCell): { shown: string; spoken: string } {
  switch (c.kind) {
    case 'mark':
      return { shown: c.code, spoken: `${c.code}, ${c.meaning}` };
    case 'missing':
      return { shown: 'No mark', spoken: 'no mark (missing)' };
    case 'not-yet':
      return { shown: '', spoken: 'not yet taken' };
    case 'no-register':
      return { shown: 'Closed', spoken: `no register (${c.reason})` };
    default:
      return { shown: '', spoken: 'not on roll' };
  }
}

/**
 * The week as a table: a row per pupil (its header the name), two header rows (the day, then morning and afternoon).
 * Each session that has a register is a button opening it; one Tab stop for the grid, arrow keys between cells.
 * Wider than its web part (a phone), it scrolls inside its own box, the names staying in view, and says so.
 */
export const WeekTable: React.FC<{ week: WeekRegister }> = ({ week }) => {
  const openRegister = useOpenRegister();
  const box = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(box, 760);
  const [focus, setFocus] = React.useState<[number, number]>([0, 0]);
  const opens = (c: WeekCell): boolean => openRegister !== undefined && c.kind !== 'no-register' && c.kind !== 'off-roll';
  const caption = `Registers of the week of ${formatUkDate(week.monday)}: ${week.rows.length} pupil${week.rows.length === 1 ? '' : 's'}, ${
    week.missing === 0 ? 'no marks missing' : `${week.missing} mark${week.missing === 1 ? '' : 's'} missing`
  }`;
  // The first cell that opens a register takes the Tab stop until the person moves.
  const [fr, fc] = React.useMemo((): [number, number] => {
    const [r, c] = focus;
    if (week.rows[r] && opens(week.rows[r].cells[c])) return focus;
    for (let i = 0; i < week.rows.length; i++) for (let j = 0; j < week.columns.length; j++) if (opens(week.rows[i].cells[j])) return [i, j];
    return [-1, -1];
  }, [focus, week]); // eslint-disable-line react-hooks/exhaustive-deps

  /** The next cell that opens a register from (r, c) going (dr, dc), or undefined at the edge. */
  const next = (r: number, c: number, dr: number, dc: number): [number, number] | undefined => {
    for (let i = r + dr, j = c + dc; i >= 0 && i < week.rows.length && j >= 0 && j < week.columns.length; i += dr, j += dc)
      if (opens(week.rows[i].cells[j])) return [i, j];
    return undefined;
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>): void => {
    if (fr < 0) return;
    const to =
      e.key === 'ArrowUp' ? next(fr, fc, -1, 0)
      : e.key === 'ArrowDown' ? next(fr, fc, 1, 0)
      : e.key === 'ArrowLeft' ? next(fr, fc, 0, -1)
      : e.key === 'ArrowRight' ? next(fr, fc, 0, 1)
      : e.key === 'Home' ? next(fr, -1, 0, 1)
      : e.key === 'End' ? next(fr, week.columns.length, 0, -1)
      : undefined;
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    if (!to) return;
    setFocus(to);
    box.current?.querySelector<HTMLButtonElement>(`[data-cell="${to[0]}-${to[1]}"]`)?.focus();
  };

  if (week.rows.length === 0) return <Text block>No pupil is on roll in the week of {formatUkDate(week.monday)}.</Text>;
  return (
    <>
      <Text block role="status">
        {week.missing === 0 ? 'No marks are missing this week.' : `${week.missing} mark${week.missing === 1 ? '' : 's'} missing, shown as “No mark”.`}{' '}
        {openRegister ? 'Choose a session to open its register.' : ''}
      </Text>
      {narrow && (
        <Text block className={`${classes.cue} pw-no-print`}>
          <span aria-hidden="true">↔ </span>The week is wider than the screen: scroll the table sideways (or use the arrow keys) to see every day.
        </Text>
      )}
      <div ref={box} className={classes.scroll} role="region" aria-label={caption} tabIndex={fr < 0 ? 0 : undefined}>
        <table className={classes.table} onKeyDown={onKeyDown}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px' }}>{caption}</caption>
          <colgroup>
            <col />
          </colgroup>
          {week.days.map((d) => (
            <colgroup key={d.date} span={2} />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={`${classes.th} ${classes.pupil}`}>
                Pupil
              </th>
              {week.days.map((d, i) => (
                <th key={d.date} scope="colgroup" colSpan={2} className={classes.th}>
                  <abbr title={DAYS[i]} style={{ textDecoration: 'none' }}>
                    {narrow ? SHORT_DAYS[i] : DAYS[i]}
                  </abbr>{' '}
                  {formatUkDate(d.date)}
                  {d.noRegister !== undefined && (
                    <>
                      <br />
                      <span className={classes.plain}>No register: {d.noRegister}</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
            <tr>
              {week.columns.map((c) => (
                <th key={`${c.date}${c.session}`} scope="col" className={classes.th}>
                  <abbr title={sessionWord(c.session)} style={{ textDecoration: 'none' }}>
                    {c.session}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.rows.map((row, r) => (
              <tr key={row.pupilId}>
                <th scope="row" className={classes.pupil}>
                  {row.name}
                </th>
                {row.cells.map((cell, c) => {
                  const col = week.columns[c];
                  const { shown, spoken } = cellText(cell);
                  const day = `${DAYS[isoWeekday(col.date) - 1]} ${formatUkDate(col.date)} ${sessionWord(col.session)}`;
                  return (
                    <td key={c} className={classes.td}>
                      {opens(cell) && openRegister ? (
                        <button
                          type="button"
                          data-cell={`${r}-${c}`}
                          tabIndex={r === fr && c === fc ? 0 : -1}
                          className={`${classes.cell} ${cell.kind === 'missing' ? classes.missing : ''}`}
                          aria-label={`${row.name}, ${day}: ${spoken}. Open the register`}
                          onFocus={() => setFocus([r, c])}
                          onClick={() => openRegister(col.date, col.session)}
                        >
                          {shown || <span aria-hidden="true">·</span>}
                        </button>
                      ) : (
                        <span className={cell.kind === 'missing' ? `${classes.cell} ${classes.missing}` : classes.plain} title={spoken}>
                          {shown || <span aria-hidden="true">–</span>}
                          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{shown ? '' : spoken}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
