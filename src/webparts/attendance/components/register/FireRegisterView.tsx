import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import { fireRegister, formatUkDate, londonClockTime, londonToday, type AttendanceMark, type FireRegisterLine, type Pupil } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { Printable } from '../../../../ui/print/Printable';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { registerTitle } from './registerTitle';
import { changedPupils, readQueue } from './offlineQueue';

/**
 * The marks entered or changed in registers of this date and session that wait in this browser's offline queue
 * (saved on this device while SharePoint could not be reached, not yet sent), whoever saved them here.
 */
export function marksNotYetSent(date: string, session: Session): AttendanceMark[] {
  return readQueue()
    .filter((q) => q.date === date && q.session === session && !q.conflicts)
    .flatMap((q) => {
      const changed = changedPupils(q);
      return q.request.marks.filter((m) => changed.has(m.pupilId));
    });
}

const NOT_YET_SENT = 'saved on this device, not yet sent';

export interface FireRegisterViewProps {
  readonly date: string;
  readonly session: Session;
  readonly pupils: readonly Saved<Pupil>[];
  /** Marks entered on the open register and not saved (they are not in the fire register: it reads what is saved). */
  readonly unsaved?: number;
  readonly onClose: () => void;
}

/**
 * The emergency (fire) register of one session, read again from the saved register when it opens (others may have
 * marked pupils since), with the registers of that session waiting in this browser's offline queue (each such line
 * says "saved on this device, not yet sent"): on site, not yet marked (apart), and how many are marked away. Prints
 * on A4 without the page.
 */
export const FireRegisterView: React.FC<FireRegisterViewProps> = ({ date, session, pupils, unsaved = 0, onClose }) => {
  const { attendance, now } = useServices();
  const [state, reload] = useAsync(async () => {
    const snapshot = await attendance.register(date, session);
    const marks = snapshot.entries.flatMap((e) => (e.mark ? [e.mark] : []));
    return fireRegister(marks, pupils, date, session, now().toISOString(), marksNotYetSent(date, session));
  }, [attendance, date, session, pupils]);
  const title = registerTitle(date, session);
  const close = <DefaultButton text="Close the fire register" onClick={onClose} />;
  if (state.status === 'loading') return <Spinner label={`Reading the register for ${title}…`} />;
  if (state.status === 'error')
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={
          <>
            <DefaultButton text="Try again" onClick={reload} />
            {close}
          </>
        }
      >
        The fire register could not be produced: {state.message}
      </MessageBar>
    );
  const r = state.value;
  const produced = new Date(r.producedAt);
  const pending = [...r.onSite, ...r.away].filter((l) => l.notYetSent !== undefined).length;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {close}
        <DefaultButton text="Produce it again now" iconProps={{ iconName: 'Refresh' }} onClick={reload} />
      </Stack>
      {unsaved > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {unsaved} mark{unsaved === 1 ? '' : 's'} on the register {unsaved === 1 ? 'is' : 'are'} not saved and so not in the fire register: save the register,
          then produce it again.
        </MessageBar>
      )}
      <Printable buttonText="Print the fire register" label={`Fire register, ${title}`}>
        <section aria-labelledby="fire-register-heading">
          <Text as="h3" variant="large" id="fire-register-heading" block>
            Fire register: {title}
          </Text>
          <Text as="p" block>
            Produced at {londonClockTime(produced)} on {formatUkDate(londonToday(produced))} from the register as saved
            {pending > 0 ? ` and ${pending === 1 ? '1 mark' : `${pending} marks`} ${NOT_YET_SENT} (no connection when the register was saved here)` : ''}.
          </Text>
          <Text as="p" block style={{ fontWeight: 600 }} role="status">
            {r.onSite.length} on site · {r.notMarked.length} not yet marked · {r.away.length} marked away from the site
            {pending > 0 ? ` · ${pending} ${NOT_YET_SENT}` : ''}
          </Text>
          <FireTable caption={`On site (${r.onSite.length})`} lines={r.onSite} empty="Nobody is marked on site." showArrival />
          <FireTable
            caption={`Not yet marked (${r.notMarked.length}): where they are is not known — check`}
            lines={r.notMarked}
            empty="Every pupil on roll has a mark."
          />
          <FireTable caption={`Marked away from the site (${r.away.length})`} lines={r.away} empty="Nobody is marked away." showCode />
        </section>
      </Printable>
    </Stack>
  );
};

/** " — saved on this device, not yet sent" (with the code when the line rests on the saved register's instead). */
const pendingNote = (l: FireRegisterLine): string =>
  l.notYetSent === undefined ? '' : ` — ${l.notYetSent === l.code ? NOT_YET_SENT : `${l.notYetSent} ${NOT_YET_SENT}; on site by the register as saved`}`;

const FireTable: React.FC<{ caption: string; lines: readonly FireRegisterLine[]; empty: string; showArrival?: boolean; showCode?: boolean }> = ({
  caption,
  lines,
  empty,
  showArrival,
  showCode,
}) => (
  <DataTable
    caption={caption}
    rows={lines}
    getKey={(l) => String(l.pupilId)}
    empty={empty}
    columns={[
      { key: 'name', header: 'Pupil', rowHeader: true, render: (l) => l.name },
      { key: 'year', header: 'Year', render: (l) => l.yearGroup },
      ...(showArrival ? [{ key: 'mark', header: 'Mark', render: (l: FireRegisterLine) => `${l.code ?? ''}${l.arrivalTime ? `, arrived ${l.arrivalTime}` : ''}${pendingNote(l)}` }] : []),
      ...(showCode ? [{ key: 'why', header: 'Mark', render: (l: FireRegisterLine) => `${l.code ?? ''} (${l.meaning ?? ''})${pendingNote(l)}` }] : []),
      ...(!showArrival && !showCode ? [{ key: 'check', header: 'Accounted for', render: () => <span aria-hidden="true">☐</span> }] : []),
    ]}
  />
);
