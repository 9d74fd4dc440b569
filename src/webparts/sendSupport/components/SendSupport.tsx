import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { londonToday, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { PupilPage } from '../../../ui/PupilPage';
import { onDemand } from '../../../ui/onDemand';
import { PlainTabs } from '../../../ui/plain/PlainTabs';
import { SupportPlansView } from './SupportPlansView';

// The tabs after the first load when first opened.
const EhcOutcomesView = onDemand('Loading the EHC plan outcomes…', () => import(/* webpackChunkName: 'send-ehc-outcomes' */ './EhcOutcomesView').then((m) => m.EhcOutcomesView));
const OnePageProfile = onDemand('Loading the one-page profile…', () => import(/* webpackChunkName: 'send-profile' */ './OnePageProfile').then((m) => m.OnePageProfile));
const AssessmentsView = onDemand('Loading the assessments…', () => import(/* webpackChunkName: 'send-assessments' */ './AssessmentsView').then((m) => m.AssessmentsView));

const PupilSendSupport: React.FC<{ pupil: Saved<Pupil>; canEdit: boolean }> = ({ pupil, canEdit }) => {
  const { supportPlans, targets, assessments, settings, now } = useServices();
  const [state, reload] = useAsync(async () => {
    const [p, t, a, s] = await Promise.all([supportPlans.forPupil(pupil.id), targets.forPupil(pupil.id), assessments.forPupil(pupil.id), settings.get()]);
    return { plans: p.items, targets: t.items, assessments: a.items, settings: s, problems: [...p.problems, ...t.problems, ...a.problems] };
  }, [supportPlans, targets, assessments, settings, pupil.id]);
  if (state.status === 'loading') return <Spinner label={`Loading the SEND support of ${pupil.firstName} ${pupil.lastName}…`} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} actions={<button onClick={reload}>Try again</button>}>
        {state.message}
      </MessageBar>
    );
  const v = state.value;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {v.problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning}>{v.problems.length} record(s) could not be read: {v.problems[0].message}</MessageBar>}
      <PlainTabs
        label="SEND support"
        tabs={[
          {
            key: 'plans',
            title: 'Support plans (APDR)',
            render: () => <SupportPlansView pupil={pupil} plans={v.plans} targets={v.targets} threshold={v.settings.highNeedsThreshold} canEdit={canEdit} onSaved={reload} />,
          },
          { key: 'ehc', title: 'EHC plan outcomes', render: () => <EhcOutcomesView pupil={pupil} targets={v.targets} canEdit={canEdit} onSaved={reload} /> },
          { key: 'profile', title: 'One-page profile', render: () => <OnePageProfile pupil={pupil} profile={v.plans[0]?.profile ?? {}} /> },
          {
            key: 'assessments',
            title: 'Assessments and tracking',
            render: () => (
              <AssessmentsView pupil={pupil} assessments={v.assessments} today={londonToday(now())} weeks={v.settings.statutory.baselineAssessmentWeeks} canEdit={canEdit} onSaved={reload} />
            ),
          },
        ]}
      />
    </div>
  );
};

/** SEND support for one pupil: APDR plans, EHC outcomes, one-page profile, baselines and tracking. On a pupil's page (?pupil=<id>) it opens that pupil. */
export const SendSupport: React.FC = () => (
  <PupilPage title="SEND support" headingId="send-support-heading" what="SEND support">
    {(pupil, canEdit) => <PupilSendSupport pupil={pupil} canEdit={canEdit} />}
  </PupilPage>
);
