import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Link } from '../../../../ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import { sheet } from '../../../../ui/plain/sheet';
import {
  agreementText,
  currentTimetable,
  formatUkDate,
  londonToday,
  mailtoOf,
  pipFlags,
  pipReviewStatus,
  weeklyHours,
  type Pip,
  type PipFlag,
  type Pupil,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { Section } from '../../../../ui/form/FormBits';
import { DataTable } from '../../../../ui/DataTable';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { pupilName, usePipContext } from '../usePipData';
import { onDemand } from '../../../../ui/onDemand';
import { AgreementFormLink } from './AgreementFormLink';
import { PlanAttendanceView } from './PlanAttendanceView';

/** The pupil's and parent's views at the PIP's reviews (Review meetings' form, loaded when shown). */
const PipReviewVoices = onDemand('the views at the reviews', () =>
  import(/* webpackChunkName: 'pips-voices' */ '../review/PipReviewVoices').then((m) => m.PipReviewVoices),
);

export interface PipDetailProps {
  readonly pip: Saved<Pip>;
  readonly pupil: Saved<Pupil>;
  readonly onEdit: () => void;
  readonly onLetter: () => void;
  readonly onReview: () => void;
  readonly onBack: () => void;
}

const classes = sheet('pip-detail', { flag: { marginBottom: 4 } });

const severity = (f: PipFlag): MessageBarType =>
  f.severity === 'blocked' ? MessageBarType.severeWarning : f.severity === 'warning' ? MessageBarType.warning : MessageBarType.info;

/** One PIP: where it stands, what needs doing, its timetables, reviews and attendance against the plan. */
export const PipDetail: React.FC<PipDetailProps> = ({ pip, pupil, onEdit, onLetter, onReview, onBack }) => {
  const services = useServices();
  const { data, reload } = usePipContext();
  const { settings } = data;
  const today = londonToday(services.now());
  const reviews = data.reviews.filter((r) => r.pipId === pip.id);
  const flags = pipFlags(pip, pupil, reviews.map((r) => r.reviewDate), today, settings);
  const status = pip.status === 'Active' ? pipReviewStatus(pip, reviews.map((r) => r.reviewDate), today, settings) : undefined;
  const hours = weeklyHours(currentTimetable(pip.timetables)?.slots ?? []);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>();

  const recordTold = async (kind: 'tell-virtual-school' | 'tell-send-team'): Promise<void> => {
    try {
      const change = kind === 'tell-virtual-school' ? { virtualSchoolToldOn: today } : { sendTeamToldOn: today };
      await services.pips.update(pip.id, pip.etag, { ...pip, ...change });
      // Said once the PIP is read again, so the flag that asked for it is gone beside the message.
      await reload();
      setNotice({ ok: true, text: `Recorded: ${kind === 'tell-virtual-school' ? 'the Virtual School' : 'the LA SEND team'} told on ${formatUkDate(today)}.` });
    } catch (e) {
      setNotice({ ok: false, text: `Not recorded: ${errorText(e)}` });
    }
  };

  const facts: [string, string][] = [
    ['Status', pip.status === 'Ended' ? `Ended${pip.endedOn ? ` on ${formatUkDate(pip.endedOn)}` : ''}` : pip.status],
    ['Start date', formatUkDate(pip.startDate)],
    ['Planned end date', formatUkDate(pip.plannedEndDate)],
    ['Hours a week', `${hours} of the full-time ${settings.fullTimeHours}`],
    ['Next review due', status ? formatUkDate(status.actBy) : 'None'],
    ['Reasons', pip.reasons.join('; ')],
    ['Been on a PIP before', pip.beenOnPipBefore || pip.previousPipId !== undefined ? 'Yes' : 'No'],
    ['Overall attendance when planned', pip.attendanceAtStart === undefined ? 'Not recorded' : `${pip.attendanceAtStart}%`],
    ['Parent/carer agreement', agreementText(pip.parentSignOff)],
    ['Exit strategy', pip.exitStrategy ?? 'Not recorded'],
  ];

  return (
    <section aria-labelledby="pip-detail-heading">
      <Text as="h2" variant="xLarge" id="pip-detail-heading" block>
        PIP for <PupilNameLink pupilId={pupil.id}>{pupilName(pupil)}</PupilNameLink> ({pupil.pupilRef})
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '8px 0' } }}>
        {pip.status === 'Active' && <PrimaryButton text="Record a review" onClick={onReview} />}
        <DefaultButton text="Timetable letter" onClick={onLetter} disabled={pip.timetables.length === 0} />
        {pip.status !== 'Ended' && <DefaultButton text="Change the PIP" onClick={onEdit} />}
        <DefaultButton text="Back to all PIPs" onClick={onBack} />
      </Stack>
      <div role="status">{notice && <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error}>{notice.text}</MessageBar>}</div>
      {flags.map((f) => (
        <MessageBar
          key={f.kind}
          messageBarType={severity(f)}
          isMultiline
          className={classes.flag}
          actions={
            f.notice ? (
              <div>
                <DefaultButton text="Record as told today" onClick={() => void recordTold(f.kind as 'tell-virtual-school' | 'tell-send-team')} />
              </div>
            ) : undefined
          }
        >
          {f.message}
          {f.notice && (
            <>
              {' '}
              {f.notice.to ? (
                <Link href={mailtoOf(f.notice)}>E-mail {f.notice.to}</Link>
              ) : (
                <span>(add the address in settings)</span>
              )}
            </>
          )}
        </MessageBar>
      ))}
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4 }}>
        {facts.map(([k, v]) => (
          <React.Fragment key={k}>
            <dt style={{ fontWeight: 600 }}>{k}</dt>
            <dd style={{ margin: 0 }}>{v}</dd>
          </React.Fragment>
        ))}
      </dl>
      {pip.parentSignOff?.fileId !== undefined && <AgreementFormLink pupilId={pip.pupilId} fileId={pip.parentSignOff.fileId} />}

      <Section title="Targets">
        <ol>
          {pip.targets.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      </Section>

      <Section title="Timetables" description="Every timetable the plan has had, so the hours of any past week are known.">
        <DataTable
          caption="Timetable history"
          hideCaption
          rows={[...pip.timetables].reverse()}
          getKey={(t) => t.effectiveFrom}
          empty="No timetable yet."
          columns={[
            { key: 'from', header: 'From', rowHeader: true, render: (t) => formatUkDate(t.effectiveFrom) },
            { key: 'hours', header: 'Hours a week', numeric: true, render: (t) => weeklyHours(t.slots) },
            {
              key: 'sessions',
              header: 'Sessions',
              render: (t) => t.slots.map((s) => `${s.day} ${s.start} to ${s.end}, ${s.curriculum} (${s.location})`).join('; '),
            },
          ]}
        />
      </Section>

      <Section title="Reviews">
        <DataTable
          caption="Reviews held"
          hideCaption
          rows={[...reviews].reverse()}
          getKey={(r) => String(r.id)}
          empty="No review yet."
          columns={[
            { key: 'date', header: 'Review date', rowHeader: true, render: (r) => formatUkDate(r.reviewDate) },
            { key: 'decision', header: 'Decision', render: (r) => (r.decision === 'Extend' && r.newEndDate ? `Extend to ${formatUkDate(r.newEndDate)}` : r.decision) },
            { key: 'hours', header: 'Total hours', numeric: true, render: (r) => r.totalHours },
            { key: 'outcomes', header: 'Targets', render: (r) => r.targetOutcomes.map((o) => o.outcome).join(', ') },
          ]}
        />
      </Section>

      <PipReviewVoices pip={pip} reviews={reviews} />

      <Section title="Attendance against the plan">
        <PlanAttendanceView pip={pip} settings={settings} />
      </Section>
    </section>
  );
};
