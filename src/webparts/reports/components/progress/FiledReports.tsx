import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, notifiedStaff, REPORT_HANDOVER_WAYS, sharingLines, type Pupil, type ReportHandoverWay } from '../../../../domain';
import type { FiledLetter, Saved } from '../../../../data/ports';
import { shareReport } from '../../../../data/reports/reportSharing';
import { errorText } from '../../../../ui/errorText';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';

export interface FiledReportsProps {
  readonly pupil: Saved<Pupil>;
  readonly today: string;
  readonly serviceName: string;
  /** Changes when a report is filed, so the list is read again. */
  readonly version: number;
}

/**
 * The pupil's filed termly progress reports, each with who it was shared with (when, by whom, how, to whom), and
 * "Share…": with the parent or carer (recorded) and/or the home school's named staff (told by e-mail with the link).
 */
export const FiledReports: React.FC<FiledReportsProps> = ({ pupil, today, serviceName, version }) => {
  const { letters, schools } = useServices();
  const [reload, setReload] = React.useState(0);
  const [notice, setNotice] = React.useState<string | undefined>();
  const [read] = useAsync(async () => {
    const [filed, contacts] = await Promise.all([letters.forPupil(pupil.id), pupil.homeSchoolId === undefined ? undefined : schools.contacts(pupil.homeSchoolId)]);
    return {
      reports: filed.items.filter((l) => l.kind === 'Termly progress report'),
      staff: contacts ? notifiedStaff(contacts.items, pupil.homeSchoolId, pupil.namedContactIds).map((c) => c.fullName) : [],
    };
  }, [letters, schools, pupil.id, pupil.homeSchoolId, pupil.namedContactIds, version, reload]);
  return (
    <section aria-labelledby="filed-progress-reports">
      <Text as="h4" id="filed-progress-reports" variant="mediumPlus" block styles={{ root: { margin: '8px 0 4px' } }}>
        Reports filed
      </Text>
      <div role="status">{notice && <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar>}</div>
      {read.status === 'loading' && <Spinner label="Loading the reports filed…" />}
      {read.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>The reports filed could not be loaded: {read.message}</MessageBar>}
      {read.status === 'ready' && read.value.reports.length === 0 && <Text block>No progress report has been filed for this pupil yet.</Text>}
      {read.status === 'ready' && read.value.reports.length > 0 && (
        <ul style={{ paddingLeft: 18, margin: 0 }}>
          {read.value.reports.map((r) => (
            <li key={r.id} style={{ marginBottom: 8 }}>
              <Link href={r.url}>{r.fileName}</Link> (filed {formatUkDate(r.letterDate)})
              <Text block variant="small">
                {sharingLines(r).length > 0 ? `Shared — ${sharingLines(r).join('. ')}.` : 'Not shared yet.'}
              </Text>
              <ShareForm report={r} pupil={pupil} today={today} serviceName={serviceName} staff={read.value.staff} onShared={(text) => {
                  setNotice(text);
                  setReload((n) => n + 1);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const ShareForm: React.FC<{ report: FiledLetter; pupil: Saved<Pupil>; today: string; serviceName: string; staff: readonly string[]; onShared: (text: string) => void }> = ({
  report,
  pupil,
  today,
  serviceName,
  staff,
  onShared,
}) => {
  const services = useServices();
  const [open, setOpen] = React.useState(false);
  const [parent, setParent] = React.useState(false);
  const [how, setHow] = React.useState<ReportHandoverWay | undefined>();
  const [school, setSchool] = React.useState(false);
  const [status, setStatus] = React.useState<{ kind: 'idle' | 'busy' | 'error'; text: string }>({ kind: 'idle', text: '' });
  const [howError, setHowError] = React.useState<string | undefined>();
  const id = `share-${report.id}`;
  const submit = async (): Promise<void> => {
    if (parent && !how) {
      setHowError('Choose how the parent or carer had the report.');
      return;
    }
    setHowError(undefined);
    setStatus({ kind: 'busy', text: school ? 'Telling the home school’s staff and recording the sharing…' : 'Recording the sharing…' });
    try {
      const result = await shareReport(services, {
        letter: report,
        pupil,
        parentHow: parent ? how : undefined,
        homeSchool: school,
        on: today,
        by: services.currentUser.displayName,
        serviceName,
      });
      const parts = [parent ? 'the parent or carer' : '', result.told.length > 0 ? `the home school (${result.told.join(', ')} told by e-mail)` : ''].filter((p) => p !== '');
      setStatus({ kind: 'idle', text: '' });
      setOpen(false);
      onShared(`Recorded as shared with ${parts.join(' and ')}.`);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };
  return (
    <div>
      <DefaultButton text={open ? 'Close' : 'Share…'} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} styles={{ root: { marginTop: 4 } }} />
      <div id={id}>
        {open && (
          <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8, maxWidth: 520 } }}>
            <Checkbox label="The parent or carer" checked={parent} onChange={(_e, c) => setParent(!!c)} />
            {parent && (
              <Dropdown
                label="How they had it"
                required
                selectedKey={how ?? null}
                options={REPORT_HANDOVER_WAYS.map((w) => ({ key: w, text: w }))}
                onChange={(_e, o) => o && setHow(o.key as ReportHandoverWay)}
                errorMessage={howError}
              />
            )}
            <Checkbox
              label={
                staff.length > 0
                  ? `The home school: tell ${staff.join(', ')} by e-mail, with the link`
                  : 'The home school (it has no named staff who receive notifications yet)'
              }
              checked={school}
              disabled={staff.length === 0}
              onChange={(_e, c) => setSchool(!!c)}
            />
            <Text block variant="small">
              The e-mail gives the pupil’s reference only; the report itself stays in the pupil’s folder, which the home school can already read.
            </Text>
            <PrimaryButton text="Share the report" onClick={() => void submit()} disabled={status.kind === 'busy' || (!parent && !school)} />
          </Stack>
        )}
      </div>
      <div role="status">
        {status.kind === 'busy' && <Spinner label={status.text} labelPosition="right" />}
      </div>
      {status.kind === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {status.text}
        </MessageBar>
      )}
    </div>
  );
};
