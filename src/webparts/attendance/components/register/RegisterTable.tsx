import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import type { Session } from '../../../../domain/vocabulary';
import { useNarrow } from '../../../../ui/useNarrow';
import { RegisterRow } from './RegisterRow';
import type { RegisterRowModel } from './registerModel';
import { headerCellStyle } from './registerStyles';

export interface RegisterTableProps {
  readonly rows: readonly RegisterRowModel[];
  readonly session: Session;
  readonly caption: string;
  readonly disabled: boolean;
  readonly failures: ReadonlyMap<number, string>;
  readonly conflictIds: ReadonlySet<number>;
  readonly onCode: (pupilId: number, code: string | undefined) => void;
  readonly onArrival: (pupilId: number, text: string) => void;
  readonly onReason: (pupilId: number, reason: string) => void;
  readonly onUndo: (pupilId: number) => void;
}

/**
 * The register: a table, one row per pupil expected, with a caption naming the date and session; where the web part
 * is narrower than 600 px (a phone, the Teams side panel), one card per pupil with the same controls in the same
 * order, and nothing to scroll sideways.
 */
export const RegisterTable: React.FC<RegisterTableProps> = ({ rows, caption, failures, conflictIds, ...handlers }) => {
  const ref = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(ref);
  return (
    <div ref={ref} style={narrow ? undefined : { overflowX: 'auto' }} data-register-layout={narrow ? 'cards' : 'table'}>
      {narrow ? (
        <section aria-label={caption}>
          <Text as="h3" block styles={{ root: { fontWeight: 600, fontSize: 14, padding: '4px 0', margin: 0 } }}>
            {caption}
          </Text>
          {rows.length === 0 && <Text block>No pupils are on roll on this date.</Text>}
          <ul style={{ margin: 0, padding: 0 }} aria-label={`Pupils, ${caption}`}>
            {rows.map((row) => (
              <RegisterRow key={row.pupilId} layout="card" row={row} failure={failures.get(row.pupilId)} inConflict={conflictIds.has(row.pupilId)} {...handlers} />
            ))}
          </ul>
        </section>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={headerCellStyle}>Pupil</th>
              <th scope="col" style={headerCellStyle}>Year</th>
              <th scope="col" style={headerCellStyle}>Common codes</th>
              <th scope="col" style={headerCellStyle}>Code</th>
              <th scope="col" style={headerCellStyle}>Arrival time</th>
              <th scope="col" style={headerCellStyle}>Reason and messages</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} style={headerCellStyle}>
                  No pupils are on roll on this date.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <RegisterRow key={row.pupilId} row={row} failure={failures.get(row.pupilId)} inConflict={conflictIds.has(row.pupilId)} {...handlers} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};
