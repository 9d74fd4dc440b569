import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import {
  halfTermOn,
  halfTermsOf,
  laPartTimeReturn,
  laReturnCsv,
  laReturnEmail,
  laReturnSheet,
  londonToday,
  mailtoOf,
  nilReturnText,
} from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { downloadBlob, downloadText } from '../../../../ui/download';
import { fileBytes } from '../../../../ui/fileBytes';
import { errorText } from '../../../../ui/errorText';
import { DataTable } from '../../../../ui/DataTable';
import { loadTrackerWorkbook } from '../tracker/loadTrackerWorkbook';
import { usePipContext } from '../usePipData';
import { SentReturns } from './SentReturns';

/**
 * The local authority's part-time-timetable return for a half-term: the pupils on a PIP at any time in it,
 * with the fields the LA asks for (settings), or a nil return; as CSV, Excel or an e-mail, as settings say; and the
 * record of each return sent (SentReturns), which ends Today's reminder for its period.
 */
export const LaReturnView: React.FC = () => {
  const services = useServices();
  const { data } = usePipContext();
  const { settings } = data;
  const today = londonToday(services.now());
  const halfTerms = halfTermsOf(settings).filter((h) => h.start <= today);
  const [label, setLabel] = React.useState(halfTermOn(today, settings)?.label ?? halfTerms[halfTerms.length - 1]?.label);
  const [status, setStatus] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const halfTerm = halfTerms.find((h) => h.label === label);
  if (!halfTerm) return <MessageBar messageBarType={MessageBarType.warning}>Add the term dates in settings to make the return.</MessageBar>;
  const r = laPartTimeReturn(halfTerm, data.pips, data.pupils, settings, new Map(data.schools.map((s) => [s.id, s.name])));
  const file = `Part-time timetables ${halfTerm.label.replace('/', '-')}`;
  const email = laReturnEmail(r, settings.service);
  const config = settings.laPartTimeReturn;
  const makeFile = async (type: 'csv' | 'xlsx'): Promise<Uint8Array> => {
    if (type === 'csv') return new TextEncoder().encode(laReturnCsv(r, settings.service));
    const trackerWorkbook = await loadTrackerWorkbook();
    return new Uint8Array(await fileBytes(await trackerWorkbook([laReturnSheet(r, settings.service)])));
  };

  const excel = async (): Promise<void> => {
    // Dates as dates and hours as numbers, so the LA can sort and add them.
    const sheet = laReturnSheet(r, settings.service);
    setBusy(true);
    setStatus(undefined);
    try {
      const trackerWorkbook = await loadTrackerWorkbook();
      downloadBlob(`${file}.xlsx`, await trackerWorkbook([sheet]));
      setStatus('The workbook was made: see your downloads.');
    } catch (e) {
      setStatus(`The workbook could not be made: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 12 } }}>
      <Text block>
        The LA asks for this return {config.timing === 'Within days of agreement' ? `within ${config.deadlineDays ?? '?'} days of each agreement` : config.timing.toLowerCase()}, as{' '}
        {config.format === 'E-mail' ? 'an e-mail' : config.format === 'Excel' ? 'an Excel file' : 'a CSV file'}
        {config.sendTo ? ` to ${config.sendTo}` : ''}. The fields and format are settings.
      </Text>
      <Dropdown
        label="Half-term"
        selectedKey={halfTerm.label}
        options={[...halfTerms].reverse().map((h) => ({ key: h.label, text: h.label }))}
        onChange={(_e, o) => o && setLabel(String(o.key))}
        styles={{ root: { width: 240 } }}
      />
      {r.nil ? (
        <MessageBar messageBarType={MessageBarType.info}>{nilReturnText(halfTerm, settings.service)}</MessageBar>
      ) : (
        <DataTable
          caption={`Part-time timetables, ${halfTerm.label} (${r.rows.length} pupil${r.rows.length === 1 ? '' : 's'})`}
          rows={r.rows.map((cells, i) => ({ cells, i }))}
          getKey={(x) => String(x.i)}
          columns={r.columns.map((c, j) => ({ key: c, header: c, rowHeader: j === 0, render: (x: { cells: readonly string[] }) => x.cells[j] }))}
        />
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <DefaultButton text="Download as CSV" onClick={() => downloadText(`${file}.csv`, laReturnCsv(r, settings.service))} />
        <DefaultButton text="Download as Excel" disabled={busy} onClick={() => void excel()} />
        {config.sendTo && <Link href={mailtoOf({ to: config.sendTo, subject: email.subject, body: email.body })}>E-mail the return to {config.sendTo}</Link>}
      </Stack>
      <div role="status">
        {busy && <Spinner label="Making the workbook…" labelPosition="right" />}
        {status && <Text>{status}</Text>}
      </div>
      <SentReturns current={r} pips={data.pips} settings={settings} makeFile={makeFile} />
    </Stack>
  );
};
