import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { firstDayCalling, type RegisterRowModel } from './registerModel';
import { cellStyle, headerCellStyle } from './registerStyles';

export interface FirstDayCallingProps {
  readonly rows: readonly RegisterRowModel[];
  readonly closedAt: string;
  readonly sessionLabel: string;
}

/**
 * Attendance policy, "Expected absence procedure": after the register closes, call home for every pupil who is
 * not in school and whose reason for absence is not known (no mark, or N).
 */
export const FirstDayCalling: React.FC<FirstDayCallingProps> = ({ rows, closedAt, sessionLabel }) => {
  const toCall = firstDayCalling(rows);
  return (
    <section aria-labelledby="first-day-calling-heading">
      <Text as="h3" id="first-day-calling-heading" variant="large">
        First-day calling
      </Text>
      <Text block>
        The {sessionLabel} register closed at {closedAt}. Call the parent or carer of each pupil who is not in school with no
        reason known (no mark, or N). If there is no answer, call again later, then the emergency contact on the pupil record.
      </Text>
      {toCall.length === 0 ? (
        <Text block role="status">
          No calls needed: every pupil has a mark other than N.
        </Text>
      ) : (
        <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
          <caption style={{ textAlign: 'left' }}>
            {toCall.length} pupil{toCall.length === 1 ? '' : 's'} to call about
          </caption>
          <thead>
            <tr>
              <th scope="col" style={headerCellStyle}>Pupil</th>
              <th scope="col" style={headerCellStyle}>Mark</th>
              <th scope="col" style={headerCellStyle}>Parent or carer</th>
              <th scope="col" style={headerCellStyle}>Telephone</th>
              <th scope="col" style={headerCellStyle}>E-mail</th>
            </tr>
          </thead>
          <tbody>
            {toCall.map((r) => (
              <tr key={r.pupilId}>
                <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>{r.listName}</th>
                <td style={cellStyle}>{r.code === undefined ? 'No mark' : 'N – reason not yet established'}</td>
                <td style={cellStyle}>{r.contact.name ?? 'Not recorded'}</td>
                <td style={cellStyle}>
                  {r.contact.phone ? <Link href={`tel:${r.contact.phone.replace(/\s+/g, '')}`}>{r.contact.phone}</Link> : 'Not recorded'}
                </td>
                <td style={cellStyle}>
                  {r.contact.email ? <Link href={`mailto:${r.contact.email}`}>{r.contact.email}</Link> : 'Not recorded'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
