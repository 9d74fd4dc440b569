import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../ui/fluent/pivotStyles';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { londonToday, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { PupilPage } from '../../../ui/PupilPage';
import { onDemand } from '../../../ui/onDemand';
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
    <Stack tokens={{ childrenGap: 12 }}>
      {v.problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning}>{v.problems.length} record(s) could not be read: {v.problems[0].message}</MessageBar>}
      <Pivot styles={WRAPPING_PIVOT_STYLES} aria-label="SEND support">
        <PivotItem headerText="Support plans (APDR)">
          <SupportPlansView pupil={pupil} plans={v.plans} targets={v.targets} threshold={v.settings.highNeedsThreshold} canEdit={canEdit} onSaved={reload} />
        </PivotItem>
        <PivotItem headerText="EHC plan outcomes">
          <EhcOutcomesView pupil={pupil} targets={v.targets} canEdit={canEdit} onSaved={reload} />
        </PivotItem>
        <PivotItem headerText="One-page profile">
          <OnePageProfile pupil={pupil} profile={v.plans[0]?.profile ?? {}} />
        </PivotItem>
        <PivotItem headerText="Assessments and tracking">
          <AssessmentsView pupil={pupil} assessments={v.assessments} today={londonToday(now())} weeks={v.settings.statutory.baselineAssessmentWeeks} canEdit={canEdit} onSaved={reload} />
        </PivotItem>
      </Pivot>
    </Stack>
  );
};

/** SEND support for one pupil: APDR plans, EHC outcomes, one-page profile, baselines and tracking. On a pupil's page (?pupil=<id>) it opens that pupil. */
export const SendSupport: React.FC = () => (
  <PupilPage title="SEND support" headingId="send-support-heading" what="SEND support">
    {(pupil, canEdit) => <PupilSendSupport pupil={pupil} canEdit={canEdit} />}
  </PupilPage>
);
