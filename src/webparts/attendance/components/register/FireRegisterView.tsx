import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { fireRegister, formatUkDate, londonClockTime, londonToday, type FireRegisterLine, type Pupil } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { Printable } from '../../../../ui/print/Printable';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { registerTitle } from './registerTitle';

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
 * marked pupils since): on site, not yet marked (apart), and how many are marked away. Prints on A4 without the page.
 */
export const FireRegisterView: React.FC<FireRegisterViewProps> = ({ date, session, pupils, unsaved = 0, onClose }) => {
  const { attendance, now } = useServices();
  const [state, reload] = useAsync(async () => {
    const snapshot = await attendance.register(date, session);
    const marks = snapshot.entries.flatMap((e) => (e.mark ? [e.mark] : []));
    return fireRegister(marks, pupils, date, session, now().toISOString());
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
            Produced at {londonClockTime(produced)} on {formatUkDate(londonToday(produced))} from the register as saved.
          </Text>
          <Text as="p" block style={{ fontWeight: 600 }} role="status">
            {r.onSite.length} on site · {r.notMarked.length} not yet marked · {r.away.length} marked away from the site
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
      ...(showArrival ? [{ key: 'mark', header: 'Mark', render: (l: FireRegisterLine) => `${l.code ?? ''}${l.arrivalTime ? `, arrived ${l.arrivalTime}` : ''}` }] : []),
      ...(showCode ? [{ key: 'why', header: 'Mark', render: (l: FireRegisterLine) => `${l.code ?? ''} (${l.meaning ?? ''})` }] : []),
      ...(!showArrival && !showCode ? [{ key: 'check', header: 'Accounted for', render: () => <span aria-hidden="true">☐</span> }] : []),
    ]}
  />
);
