import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { Link } from '../../../../ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Text } from '../../../../ui/plain/Text';
import { contactSummary, latestContactsOn, londonClockTime } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { onDemand } from '../../../../ui/onDemand';
import { firstDayCalling, type RegisterRowModel } from './registerModel';
import { cellStyle, headerCellStyle } from './registerStyles';
import { FirstReadsContext } from './firstReads';

export interface FirstDayCallingProps {
  readonly rows: readonly RegisterRowModel[];
  /** The register's date (ISO): the calls of that day are shown against each pupil. */
  readonly date: string;
  readonly closedAt: string;
  readonly sessionLabel: string;
}

// The contact form (Fluent's Dropdown, and the Panel and Callout it brings) loads when a contact is first recorded.
const ParentContactForm = onDemand('Loading the contact form…', () =>
  import(/* webpackChunkName: 'attendance-contact-form' */ './ParentContactForm').then((m) => m.ParentContactForm),
);

/** A 24px-high target (WCAG 2.2 target size): the numbers sit side by side in a table cell, not in a sentence. */
const phoneLink = (phone: string): JSX.Element => (
  <Link href={`tel:${phone.replace(/\s+/g, '')}`} style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}>
    {phone}
  </Link>
);

/**
 * Attendance policy, "Expected absence procedure": after the register closes, call home for every pupil who is
 * not in school and whose reason for absence is not known (no mark, or N); then the emergency contact. Each call
 * is recorded (who, when, the reason given, the expected return, the outcome), and the list shows who has been
 * called today and what was said.
 */
export const FirstDayCalling: React.FC<FirstDayCallingProps> = ({ rows, date, closedAt, sessionLabel }) => {
  const { parentContacts } = useServices();
  const [round, setRound] = React.useState(0);
  const first = React.useContext(FirstReadsContext); // read beside the settings when this is the first register's day
  const [calls] = useAsync(() => (round === 0 ? first?.('calls', date) : undefined) ?? parentContacts.onDay(date), [parentContacts, date, round]);
  const [recording, setRecording] = React.useState<RegisterRowModel | undefined>();
  const [saved, setSaved] = React.useState<string | undefined>();
  const toCall = firstDayCalling(rows);
  const latest = calls.status === 'ready' ? latestContactsOn(calls.value.items, date) : new Map();
  const called = toCall.filter((r) => latest.has(r.pupilId)).length;
  return (
    <section aria-labelledby="first-day-calling-heading">
      <Text as="h3" id="first-day-calling-heading" variant="large">
        First-day calling
      </Text>
      <Text block>
        The {sessionLabel} register closed at {closedAt}. Call the parent or carer of each pupil who is not in school with no
        reason known (no mark, or N). If there is no answer, call again later, then the emergency contact. Record each call.
      </Text>
      {calls.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Today&apos;s calls could not be loaded, so the list cannot say who has been called: {calls.message}
        </MessageBar>
      )}
      {saved && (
        <Text block role="status">
          {saved}
        </Text>
      )}
      {toCall.length === 0 ? (
        <Text block role="status">
          No calls needed: every pupil has a mark other than N.
        </Text>
      ) : (
        <div role="region" aria-label="Pupils to call about" tabIndex={0} style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
            <caption style={{ textAlign: 'left' }}>
              {toCall.length} pupil{toCall.length === 1 ? '' : 's'} to call about;{' '}
              {calls.status === 'ready' ? `${called} called today` : calls.status === 'loading' ? 'reading who has been called today…' : 'who has been called today is not known'}
            </caption>
            <thead>
              <tr>
                <th scope="col" style={headerCellStyle}>Pupil</th>
                <th scope="col" style={headerCellStyle}>Mark</th>
                <th scope="col" style={headerCellStyle}>Parent or carer</th>
                <th scope="col" style={headerCellStyle}>Emergency contacts</th>
                <th scope="col" style={headerCellStyle}>Called today</th>
                <th scope="col" style={headerCellStyle}>Record</th>
              </tr>
            </thead>
            <tbody>
              {toCall.map((r) => {
                const last = latest.get(r.pupilId);
                return (
                  <tr key={r.pupilId}>
                    <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>
                      <PupilNameLink pupilId={r.pupilId}>{r.listName}</PupilNameLink>
                    </th>
                    <td style={cellStyle}>{r.code === undefined ? 'No mark' : 'N – reason not yet established'}</td>
                    <td style={cellStyle}>
                      {r.contact.name ?? 'Not recorded'}
                      <br />
                      {r.contact.phone ? phoneLink(r.contact.phone) : 'No telephone recorded'}
                      {r.contact.email && (
                        <>
                          <br />
                          <Link href={`mailto:${r.contact.email}`}>{r.contact.email}</Link>
                        </>
                      )}
                    </td>
                    <td style={cellStyle}>
                      {r.contact.emergency.length === 0
                        ? 'None recorded'
                        : r.contact.emergency.map((e) => (
                            <div key={`${e.name}-${e.phone}`}>
                              {e.name} ({e.relationship}) {phoneLink(e.phone)}
                            </div>
                          ))}
                    </td>
                    <td style={cellStyle}>{calls.status === 'loading' ? 'Loading…' : last ? contactSummary(last, londonClockTime(new Date(last.at))) : 'Not called yet'}</td>
                    <td style={cellStyle}>
                      <DefaultButton text={`Record a contact, ${r.name}`} onClick={() => setRecording(r)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {recording && (
        <ParentContactForm
          key={recording.pupilId}
          pupilId={recording.pupilId}
          pupilRef={recording.pupilRef}
          pupilName={recording.name}
          defaultWithWhom={recording.contact.name}
          onCancel={() => setRecording(undefined)}
          onSaved={() => {
            setSaved(`The contact with ${recording.name}'s home is recorded.`);
            setRecording(undefined);
            setRound((n) => n + 1);
          }}
        />
      )}
    </section>
  );
};
