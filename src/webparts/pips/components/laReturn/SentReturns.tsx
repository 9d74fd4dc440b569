import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { FiledLaReturn } from '../../../../data/ports';
import { formatUkDate, LA_RETURN_SENT_WAYS, laReturnSentRecord, londonToday, nextLaReturnDue, type LaReturn, type Pip, type SchoolSettings } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';
import { downloadBlob } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';
import { Section } from '../../../../ui/form/FormBits';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';

type FileType = 'csv' | 'xlsx';

interface Props {
  /** The return on screen (the half-term chosen above). */
  readonly current: LaReturn;
  readonly pips: readonly Pip[];
  readonly settings: SchoolSettings;
  /** Makes the file as it is sent: the CSV or the Excel workbook of the return on screen. */
  readonly makeFile: (type: FileType) => Promise<Uint8Array>;
}

const dueText = (d: NonNullable<ReturnType<typeof nextLaReturnDue>>, today: string): string =>
  `${d.halfTerm ? `The return for ${d.halfTerm.label}` : 'The return for a PIP agreed'} is ${d.dueBy < today ? `overdue: it was due on ${formatUkDate(d.dueBy)}` : `due ${d.dueBy === today ? 'today' : `on ${formatUkDate(d.dueBy)}`}`}.`;

/**
 * The returns sent to the LA: the next one due, the record of each sent (when, period, how, to whom, by whom, the
 * file as sent), and the form that records the return on screen as sent, filing its file in the LA Returns library.
 */
export const SentReturns: React.FC<Props> = ({ current, pips, settings, makeFile }) => {
  const services = useServices();
  const today = londonToday(services.now());
  const config = settings.laPartTimeReturn;
  const [sent, reload] = useAsync(() => services.laReturns.list(), [services]);
  const [sentOn, setSentOn] = React.useState(formatUkDate(today));
  const [how, setHow] = React.useState<string>(config.format === 'E-mail' ? 'E-mail' : '');
  const [sentTo, setSentTo] = React.useState(config.sendTo ?? '');
  const [fileType, setFileType] = React.useState<FileType>(config.format === 'Excel' ? 'xlsx' : 'csv');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<{ ok: boolean; text: string } | undefined>();

  const record = async (): Promise<void> => {
    setStatus(undefined);
    const made = laReturnSentRecord(current, { sentOn, how, sentTo }, services.currentUser.displayName, today, fileType);
    if (!made.success) {
      setErrors(Object.fromEntries(made.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const filed = await services.laReturns.record(made.data, await makeFile(fileType));
      reload();
      setStatus({ ok: true, text: `Recorded: the return for ${filed.period} was sent on ${formatUkDate(filed.sentOn)} (${filed.fileName}).` });
    } catch (e) {
      setStatus({ ok: false, text: `The return was not recorded: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const download = async (r: FiledLaReturn): Promise<void> => {
    try {
      const bytes = await services.laReturns.content(r.url);
      downloadBlob(r.fileName, new Blob([bytes], { type: r.fileName.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' }));
    } catch (e) {
      setStatus({ ok: false, text: `The file could not be opened: ${errorText(e)}` });
    }
  };

  const items = sent.status === 'ready' ? sent.value.items : [];
  const next = sent.status === 'ready' ? nextLaReturnDue(pips, today, settings, items) : undefined;
  const thisPeriod = items.filter((r) => r.period === current.halfTerm.label);

  return (
    <Section title="Returns sent to the LA">
      <div role="status">
        {sent.status === 'loading' && <Spinner label="Loading the returns sent…" labelPosition="right" />}
        {sent.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>The returns sent could not be loaded: {sent.message}</MessageBar>}
        {sent.status === 'ready' && (
          <Text block>
            {next ? dueText(next, today) : config.timing === 'Half-termly' ? 'No return is due: every half-term in the term dates has one recorded.' : 'A return is due when the next PIP is agreed.'}
          </Text>
        )}
        {sent.status === 'ready' && (
          <Text block>
            {thisPeriod.length === 0
              ? `No return for ${current.halfTerm.label} is recorded as sent.`
              : `The return for ${current.halfTerm.label} was sent on ${formatUkDate(thisPeriod[0].sentOn)} by ${thisPeriod[0].sentBy}.`}
          </Text>
        )}
      </div>
      {sent.status === 'ready' && items.length > 0 && (
        <DataTable
          caption={`Returns sent (${items.length})`}
          rows={items}
          getKey={(r) => String(r.id)}
          columns={[
            { key: 'period', header: 'Period', rowHeader: true, render: (r) => `${r.period} (${formatUkDate(r.periodStart)} to ${formatUkDate(r.periodEnd)})` },
            { key: 'sentOn', header: 'Sent on', render: (r) => formatUkDate(r.sentOn) },
            { key: 'how', header: 'How, to whom', render: (r) => `${r.how}: ${r.sentTo}` },
            { key: 'by', header: 'Sent by', render: (r) => r.sentBy },
            { key: 'pupils', header: 'Pupils', render: (r) => (r.nil ? 'Nil return' : String(r.pupilCount)) },
            { key: 'file', header: 'File', render: (r) => <DefaultButton text={r.fileName} ariaLabel={`Download ${r.fileName}`} onClick={() => void download(r)} /> },
          ]}
        />
      )}
      <Text block>Record the return for {current.halfTerm.label} above as sent: its file is kept with the record.</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <TextField label="Date sent" description="dd/mm/yyyy" required value={sentOn} onChange={(_e, v) => setSentOn(v ?? '')} errorMessage={errors.sentOn} styles={{ root: { width: 140 } }} />
        <Dropdown
          label="How it was sent"
          required
          selectedKey={how || null}
          placeholder="Choose"
          options={LA_RETURN_SENT_WAYS.map((w) => ({ key: w, text: w }))}
          onChange={(_e, o) => o && setHow(String(o.key))}
          errorMessage={errors.how}
          styles={{ root: { width: 200 } }}
        />
        <TextField label="Sent to" description="An address, the portal, or a name" required value={sentTo} onChange={(_e, v) => setSentTo(v ?? '')} errorMessage={errors.sentTo} styles={{ root: { width: 280 } }} />
        <Dropdown
          label="File kept"
          selectedKey={fileType}
          options={[
            { key: 'csv', text: 'CSV' },
            { key: 'xlsx', text: 'Excel' },
          ]}
          onChange={(_e, o) => o && setFileType(o.key as FileType)}
          styles={{ root: { width: 120 } }}
        />
        <PrimaryButton text="Record as sent" disabled={busy} onClick={() => void record()} />
      </Stack>
      <div role="status">
        {busy && <Spinner label="Filing the return…" labelPosition="right" />}
        {status && <MessageBar messageBarType={status.ok ? MessageBarType.success : MessageBarType.error}>{status.text}</MessageBar>}
      </div>
    </Section>
  );
};
