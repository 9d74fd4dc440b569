import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, isOnRoll, londonToday, type Pupil, type PupilChange } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { LeaveForm } from '../enrol/LeaveForm';
import { PupilForm } from '../enrol/PupilForm';
import { registerContext } from '../registerRows';
import { PupilDetails } from './PupilDetails';
import { historyValue, PupilHistoryView } from './PupilHistoryView';
import { RecordSection } from './RecordSection';
import { SharingStatus } from './SharingStatus';
import { AttendanceSection, DueSection, LearningSection, LettersSection, MeetingsSection, PipsSection, SupportSection } from './RecordSections';
import { onDemand } from '../../../../ui/onDemand';
import { TransitionSection } from './transition/TransitionSection';

/** A leaver's common transfer file and a dual-registered pupil's attendance transfer (PRU staff; loaded when shown). */
const TransferSection = onDemand('the common transfer file', () => import(/* webpackChunkName: 'register-transfer' */ './TransferSection').then((m) => m.TransferSection));
/** The termly progress report (PRU staff; loaded when shown, its Word maker when a report is made). */
const ProgressReportSection = onDemand('the progress report', () =>
  import(/* webpackChunkName: 'register-progress-report' */ '../../../reports/components/progress/ProgressReportSection').then((m) => m.ProgressReportSection),
);

/** The behaviour and engagement log, with its chart (loaded when shown). */
const BehaviourSection = onDemand('the behaviour and engagement log', () =>
  import(/* webpackChunkName: 'register-behaviour' */ './BehaviourSection').then((m) => m.BehaviourSection),
);


type Mode = 'view' | 'edit' | 'leave';

/** What a save changed, in words: the changes kept in the history. */
function savedMessage(p: Pupil, changes: readonly PupilChange[]): string {
  const name = `${p.firstName} ${p.lastName}`;
  if (changes.length === 0) return `${name}’s details were saved.`;
  const what = (c: PupilChange): string =>
    c.kind === 'Left roll' ? `leaves the roll after ${historyValue(c.to)}` : `${c.kind.toLowerCase()} ${c.from ? `${c.from} → ` : ''}${c.to ?? ''}`;
  return `${name}’s details were saved. Kept in the history: ${changes.map(what).join('; ')}.`;
}

/**
 * One place for one pupil (?pupil=<id>): details and flags, what is due, attendance, PIPs and their reviews,
 * support plans and targets, learning logs, meetings, letters and the history of changes. Each section is read-only
 * first: the details offer Edit to those SharePoint lets edit pupils; the records keep the Edit of their own web part
 * (offered to PRU staff, as there). Home-school staff see the same page with what SharePoint lets them read.
 */
export interface PupilRecordProps {
  readonly pupilId: number;
  /** 'Back to the register'; left out where the page around it has its own way back (PupilRecordHost). */
  readonly onBack?: () => void;
  readonly onChanged: () => void;
  readonly notice?: string;
  /** Move focus to the pupil's name once the record has loaded (opened in place from a name elsewhere). */
  readonly focusOnLoad?: boolean;
}

export const PupilRecord: React.FC<PupilRecordProps> = ({ pupilId, onBack, onChanged, notice, focusOnLoad }) => {
  const services = useServices();
  const { pupils, schools, userAccess, pupilHistory, now } = services;
  const today = londonToday(now());
  const [mode, setMode] = React.useState<Mode>('view');
  const [message, setMessage] = React.useState<string | undefined>(notice);
  const heading = React.useRef<HTMLSpanElement>(null);
  const [state, reload] = useAsync(async () => {
    const [pupil, s, c, rights, pru] = await Promise.all([pupils.get(pupilId), schools.list(), schools.contacts(), userAccess.pupilRights(), userAccess.isPruStaff()]);
    return { pupil, schools: s.items, contacts: c.items, rights, pru };
  }, [pupils, schools, userAccess, pupilId]);

  const loaded = state.status === 'ready';
  React.useEffect(() => {
    if (loaded && focusOnLoad) heading.current?.focus();
  }, [loaded, focusOnLoad]);

  const saved = (p: Saved<Pupil>, changes: readonly PupilChange[]): void => {
    setMessage(savedMessage(p, changes));
    setMode('view');
    reload();
    onChanged();
    window.setTimeout(() => heading.current?.focus(), 0);
  };

  if (state.status === 'loading') return <Spinner label="Loading the pupil’s record…" />;
  if (state.status === 'error')
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<button onClick={reload}>Try again</button>}>
          {state.kind === 'not-found' ? 'This pupil’s record does not exist, or you do not have access to it.' : state.message}
        </MessageBar>
        {onBack && <Link onClick={onBack}>Back to the register</Link>}
      </Stack>
    );
  const { pupil, rights, contacts, pru } = state.value;
  const names = registerContext(state.value.schools, contacts);
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const left = pupil.leavingDate !== undefined && pupil.leavingDate < today;
  const status = left
    ? `Left on ${formatUkDate(pupil.leavingDate as string)}`
    : pupil.leavingDate !== undefined
      ? `On roll until ${formatUkDate(pupil.leavingDate)}`
      : isOnRoll(pupil, today)
        ? 'On roll'
        : `Starts on ${formatUkDate(pupil.enrolmentDate)}`;

  return (
    <article aria-labelledby="pupil-record-heading" className="pw-pupil-record">
      <Stack tokens={{ childrenGap: 8 }}>
        {onBack && (
          <Link onClick={onBack} className="pw-no-print">
            Back to the register
          </Link>
        )}
        <Text as="h2" variant="xLarge" id="pupil-record-heading" styles={{ root: { margin: 0 } }}>
          <span ref={heading} tabIndex={-1}>
            {pupil.lastName}, {pupil.firstName}
            {pupil.preferredName ? ` (known as ${pupil.preferredName})` : ''}
          </span>
        </Text>
        <Text>
          {pupil.pupilRef} · Year {pupil.yearGroup} · {status}
        </Text>
        {message && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel="Close">
            {message}
          </MessageBar>
        )}
        {rights.canEdit && <SharingStatus pupilId={pupil.id} version={pupil.etag} canRepair={rights.canEdit} />}
        {mode === 'view' && (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} className="pw-no-print">
            {rights.canEdit && <PrimaryButton text="Edit details" onClick={() => setMode('edit')} />}
            {rights.canEdit && pupil.leavingDate === undefined && <DefaultButton text="Record leaving" onClick={() => setMode('leave')} />}
            <DefaultButton text="Print record" iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
          </Stack>
        )}
      </Stack>
      {mode === 'edit' && (
        <section aria-label={`Edit ${name}’s details`}>
          <PupilForm existing={pupil} suggestedRef={pupil.pupilRef} today={today} schools={state.value.schools} contacts={contacts} onSaved={saved} onCancel={() => setMode('view')} />
        </section>
      )}
      {mode === 'leave' && (
        <section aria-label={`Record ${name} leaving`} style={{ marginTop: 16 }}>
          <LeaveForm pupil={pupil} today={today} schoolName={names.schoolName} onSaved={saved} onCancel={() => setMode('view')} />
        </section>
      )}
      {mode === 'view' && (
        <>
          <PupilDetails pupil={pupil} schoolName={names.schoolName} contacts={contacts} />
          <DueSection pupil={pupil} canEdit={pru} today={today} />
          <AttendanceSection pupil={pupil} canEdit={pru} today={today} />
          <PipsSection pupil={pupil} canEdit={pru} today={today} />
          <SupportSection pupil={pupil} canEdit={pru} today={today} />
          <LearningSection pupil={pupil} canEdit={pru} today={today} />
          <BehaviourSection pupil={pupil} canEdit={pru} />
          <TransitionSection pupil={pupil} canEdit={pru} homeSchoolName={pupil.homeSchoolId === undefined ? undefined : names.schoolName(pupil.homeSchoolId)} />
          <MeetingsSection pupil={pupil} canEdit={pru} today={today} />
          <LettersSection pupil={pupil} canEdit={pru} today={today} />
          {pru && <ProgressReportSection pupil={pupil} homeSchool={pupil.homeSchoolId === undefined ? undefined : names.schoolName(pupil.homeSchoolId)} today={today} />}
          {pru && (pupil.leavingDate !== undefined || pupil.registration === 'Dual') && <TransferSection pupil={pupil} today={today} />}
          <RecordSection id="pupil-history-heading" title="History of changes" load={() => pupilHistory.forPupil(pupil.id)} deps={[pupilHistory, pupil.id, pupil.etag]}>
            {(history) => <PupilHistoryView history={history} name={name} />}
          </RecordSection>
        </>
      )}
    </article>
  );
};
