import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatUkDate, parseUkDate, type Pupil } from '../../../../domain';
import type { CtfState } from '../../../../domain/transfer/ctfDue';
import type { CtfDestination } from '../../../../domain/transfer/ctfFileName';
import type { CtfSex } from '../../../../domain/transfer/ctfPupil';
import { formatDfeNumber, isDfeNumber, parseDfeNumber } from '../../../../domain/transfer/dfeNumber';
import type { FiledLetter, Saved } from '../../../../data/ports';
import type { TransferStatus } from '../../../../data/transfer/transferTypes';
import { DataTable } from '../../../../ui/DataTable';
import { downloadBlob } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';
import { useServices } from '../../../../ui/ServicesContext';
import { RecordSection } from './RecordSection';
import { useMounted } from '../../../../ui/useMounted';

type DestinationKind = CtfDestination['kind'];

/** Where the leaver's CTF stands, in words; the due day counts 15 school days from the calendar in settings. */
export function ctfStateText(s: CtfState): string {
  switch (s.state) {
    case 'not-left':
      return 'A common transfer file is made when the pupil leaves.';
    case 'no-calendar':
      return `The due date cannot be worked out: ${s.message}`;
    case 'to-make':
      return `Due by ${formatUkDate(s.dueBy)} (15 school days after leaving). Not made yet.`;
    case 'to-send':
      return `Due by ${formatUkDate(s.dueBy)} (15 school days after leaving). Made on ${formatUkDate(s.latest?.madeOn ?? '')} (${s.latest?.fileName ?? ''}); not yet recorded as sent.`;
    case 'sent':
      return `Sent on ${formatUkDate(s.latest?.sentOn ?? '')} (${s.latest?.fileName ?? ''}); it was due by ${formatUkDate(s.dueBy)}.`;
  }
}

const SEX_OPTIONS = [
  { key: 'F', text: 'Female' },
  { key: 'M', text: 'Male' },
];
const DESTINATION_OPTIONS = [
  { key: 'school', text: 'A school (enter its DfE number)' },
  { key: 'unknown', text: 'Not known (the file goes to the lost pupils area)' },
  { key: 'outside', text: 'Outside the publicly funded sector in England or Wales' },
];

/** Records the day a file went, under its ETag. */
const RecordSent: React.FC<{ file: FiledLetter; today: string; onDone: (message: string) => void }> = ({ file, today, onDone }) => {
  const { transfers } = useServices();
  const [date, setDate] = React.useState(formatUkDate(today));
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const mounted = useMounted();
  const save = async (): Promise<void> => {
    const iso = parseUkDate(date.trim());
    if (iso === null) return setError('Enter the day it was sent as dd/mm/yyyy');
    if (iso > today) return setError('The day it was sent cannot be in the future');
    if (iso < file.letterDate) return setError(`It cannot have been sent before it was made (${formatUkDate(file.letterDate)})`);
    setError(undefined);
    setBusy(true);
    try {
      await transfers.recordSent(file, iso);
      onDone(`${file.fileName} recorded as sent on ${formatUkDate(iso)}.`);
    } catch (e) {
      setError(`Not recorded: ${errorText(e)}`);
    } finally {
      if (mounted()) setBusy(false); // once saved, its owner may have closed the form
    }
  };
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
      <TextField label={`Day ${file.fileName} was sent`} description="dd/mm/yyyy" value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={error} styles={{ root: { width: 200 } }} />
      <DefaultButton text="Record as sent" onClick={() => void save()} disabled={busy} />
    </Stack>
  );
};

/**
 * The leaver's common transfer file (and, for a dual-registered pupil, the attendance transfer for the main school):
 * when it is due, whether it was made and sent, and the form that makes one. The files are filed in the pupil's
 * folder of the Letters library; sending them (the DfE's S2S site) happens outside Pathways Hub, and the day is
 * recorded here.
 */
export const TransferSection: React.FC<{ pupil: Saved<Pupil>; today: string }> = ({ pupil, today }) => {
  const { transfers, letters } = useServices();
  const [version, setVersion] = React.useState(0);
  const [message, setMessage] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  const [sex, setSex] = React.useState<CtfSex | undefined>();
  const [destination, setDestination] = React.useState<DestinationKind>('school');
  const [number, setNumber] = React.useState('');
  const [errors, setErrors] = React.useState<{ sex?: string; number?: string }>({});
  const [busy, setBusy] = React.useState<string | undefined>();
  const dual = pupil.registration === 'Dual';
  const name = `${pupil.firstName} ${pupil.lastName}`;

  const make = async (what: 'ctf' | 'attendance'): Promise<void> => {
    const needsSchool = what === 'attendance' || destination === 'school';
    const school = parseDfeNumber(number);
    const next: { sex?: string; number?: string } = {};
    if (sex === undefined) next.sex = 'Choose the pupil’s sex as on the admission register: every CTF carries it';
    if (needsSchool && !isDfeNumber(school)) next.number = school.problem;
    setErrors(next);
    if (sex === undefined || (needsSchool && !isDfeNumber(school))) return;
    const to: CtfDestination = isDfeNumber(school) && destination === 'school' ? { kind: 'school', school } : destination === 'unknown' ? { kind: 'unknown' } : { kind: 'outside' };
    setBusy(what === 'ctf' ? 'Making the common transfer file…' : 'Making the attendance transfer…');
    setMessage(undefined);
    try {
      const made =
        what === 'ctf' || !isDfeNumber(school)
          ? await transfers.makeCtf({ pupilId: pupil.id, sex, destination: to })
          : await transfers.makeAttendanceTransfer({ pupilId: pupil.id, sex, mainSchool: school });
      const notes = made.notes.length > 0 ? ` Note: ${made.notes.join(' ')}` : '';
      setMessage({ type: MessageBarType.success, text: `${made.filed.fileName} was made and filed in ${name}’s folder. Download it and upload it to the DfE’s S2S site, then record the day it was sent.${notes}` });
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage({ type: MessageBarType.error, text: `Nothing was made: ${errorText(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const download = async (f: FiledLetter): Promise<void> => {
    try {
      downloadBlob(f.fileName, new Blob([await letters.content(f.url)], { type: 'application/xml' }));
    } catch (e) {
      setMessage({ type: MessageBarType.error, text: `${f.fileName} could not be opened: ${errorText(e)}` });
    }
  };

  const body = (s: TransferStatus): React.ReactNode => (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block role="status">
        {ctfStateText(s.ctf)}
      </Text>
      {'overdue' in s.ctf && s.ctf.overdue && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          The common transfer file is overdue: it was due by {formatUkDate(s.ctf.dueBy)}.
        </MessageBar>
      )}
      {message && (
        <MessageBar messageBarType={message.type} isMultiline onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel="Close">
          {message.text}
        </MessageBar>
      )}
      {s.source === undefined ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Enter the service’s DfE number (LA and establishment number) in Settings, under Service, before a transfer file can be made: every CTF names its source by it.
        </MessageBar>
      ) : (
        <Stack tokens={{ childrenGap: 8 }} className="pw-no-print">
          <Text block>From {formatDfeNumber(s.source)}.</Text>
          <ChoiceGroup
            label="Sex (as on the admission register)"
            required
            options={SEX_OPTIONS}
            selectedKey={sex ?? null}
            onChange={(_e, o) => o && setSex(o.key as CtfSex)}
            styles={{ flexContainer: { display: 'flex', gap: 16, flexWrap: 'wrap' } }}
          />
          {errors.sex && (
            <Text role="alert" styles={{ root: { color: '#a4262c' } }}>
              {errors.sex}
            </Text>
          )}
          {pupil.leavingDate !== undefined && (
            <ChoiceGroup label="Destination" options={DESTINATION_OPTIONS} selectedKey={destination} onChange={(_e, o) => o && setDestination(o.key as DestinationKind)} />
          )}
          {(destination === 'school' || dual) && (
            <TextField
              label={pupil.leavingDate !== undefined ? 'DfE number of the destination (or of the main school, for an attendance transfer)' : 'DfE number of the main school'}
              description="7 digits: LA number then establishment number, like 823/4102"
              value={number}
              onChange={(_e, v) => setNumber(v ?? '')}
              errorMessage={errors.number}
              styles={{ root: { maxWidth: 420 } }}
            />
          )}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {pupil.leavingDate !== undefined && <PrimaryButton text="Make the common transfer file" onClick={() => void make('ctf')} disabled={busy !== undefined} />}
            {dual && <DefaultButton text="Make an attendance transfer for the main school" onClick={() => void make('attendance')} disabled={busy !== undefined} />}
          </Stack>
          <div role="status">{busy && <Spinner label={busy} />}</div>
        </Stack>
      )}
      <DataTable
        caption="Transfer files made"
        hideCaption
        rows={[...s.files]}
        getKey={(f) => String(f.id)}
        empty="No transfer files made yet."
        columns={[
          { key: 'made', header: 'Made', render: (f) => formatUkDate(f.letterDate), rowHeader: true },
          { key: 'kind', header: 'Kind', render: (f) => f.kind },
          { key: 'file', header: 'File', render: (f) => <DefaultButton text={`Download ${f.fileName}`} onClick={() => void download(f)} /> },
          {
            key: 'sent',
            header: 'Sent',
            render: (f) =>
              f.sentOn !== undefined ? (
                formatUkDate(f.sentOn)
              ) : (
                <RecordSent
                  file={f}
                  today={today}
                  onDone={(text) => {
                    setMessage({ type: MessageBarType.success, text });
                    setVersion((v) => v + 1);
                  }}
                />
              ),
          },
        ]}
      />
    </Stack>
  );

  return (
    <RecordSection id="record-transfer" title="Common transfer file" load={() => transfers.status(pupil.id)} deps={[transfers, pupil.id, pupil.etag, version]}>
      {body}
    </RecordSection>
  );
};
