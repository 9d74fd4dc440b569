import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../../data/ports';
import { formatUkDate, isOpenPlan, londonToday, meetingDay, type EhcRequest, type IsoDate, type Pupil, type TransitionPlan } from '../../../../../domain';
import { errorText } from '../../../../../ui/errorText';
import { onDemand } from '../../../../../ui/onDemand';
import { useServices } from '../../../../../ui/ServicesContext';
import { RecordSection } from '../RecordSection';
import { EhcAssessmentSteps } from './EhcAssessmentSteps';
import { TransitionPlanView } from './TransitionPlanView';

const TransitionPlanForm = onDemand('Loading the plan form…', () => import(/* webpackChunkName: 'register-transition-form' */ './TransitionPlanForm').then((m) => m.TransitionPlanForm));
const EhcAssessmentForm = onDemand('Loading the request form…', () => import(/* webpackChunkName: 'register-transition-form' */ './EhcAssessmentForm').then((m) => m.EhcAssessmentForm));
/** Review meetings' own form: the slot, the attendees' free/busy, the Outlook invitation with its Teams link. */
const ScheduleForm = onDemand('Loading the meeting form…', () => import(/* webpackChunkName: 'register-transition-meeting' */ '../../../../reviewMeeting/components/schedule/ScheduleForm').then((m) => m.ScheduleForm));

type Editing = { what: 'plan'; plan?: Saved<TransitionPlan> } | { what: 'ehc'; request?: Saved<EhcRequest> } | { what: 'meeting' } | undefined;

/**
 * Transition and reintegration on the pupil's record (SEND policy 000): the exit plan and its destination, the
 * reintegration steps ticked off as they are done, the transition meeting arranged through Review meetings (kind
 * 'Transition meeting'), and any request for an EHC needs assessment with the LA's statutory steps. PRU staff change
 * them; the home school reads the plan (SharePoint's folder permissions decide, not this screen).
 */
export const TransitionSection: React.FC<{ pupil: Saved<Pupil>; canEdit: boolean; homeSchoolName?: string }> = ({ pupil, canEdit, homeSchoolName }) => {
  const services = useServices();
  const { transitionPlans, meetings, ehcRequests, settings, userAccess } = services;
  const [editing, setEditing] = React.useState<Editing>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [version, setVersion] = React.useState(0);
  const firstName = pupil.preferredName ?? pupil.firstName;
  const today: IsoDate = londonToday(services.now());

  const load = async () => {
    const [plans, m, e, s, canEhc] = await Promise.all([
      transitionPlans.forPupil(pupil.id),
      meetings.forPupil(pupil.id),
      ehcRequests.forPupil(pupil.id),
      settings.get(),
      canEdit ? userAccess.can('record-ehc-requests') : Promise.resolve(false),
    ]);
    return {
      plans: plans.items,
      meetings: m.items.filter((x) => x.kind === 'Transition meeting'),
      requests: e.items.filter((r) => r.kind === 'Needs assessment request'),
      settings: s,
      canEhc,
      problems: [...plans.problems, ...e.problems].map((p) => p.message),
    };
  };

  const done = (message: string): void => {
    setEditing(undefined);
    setFailure(undefined);
    setNotice(message);
    setVersion((v) => v + 1);
  };

  const tick = async (plan: Saved<TransitionPlan>, index: number, isDone: boolean): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    const step = plan.steps[index];
    const steps = plan.steps.map((s, i) => (i !== index ? s : isDone ? { ...s, doneOn: today } : { ...s, doneOn: undefined }));
    try {
      await transitionPlans.update(plan.id, plan.etag, { ...plan, steps });
      done(isDone ? `Ticked off: ${step.what} (done ${formatUkDate(today)}).` : `No longer ticked off: ${step.what}.`);
    } catch (e) {
      setFailure(`The step was not saved: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <RecordSection id="record-transition" title="Transition and reintegration" load={load} deps={[transitionPlans, meetings, ehcRequests, settings, userAccess, pupil.id, canEdit, version]}>
      {(data) => {
        const open = data.plans.find(isOpenPlan);
        const earlier = data.plans.filter((p) => p !== open);
        const meetingState = { arranged: data.meetings.some((m) => m.status === 'Scheduled' || m.status === 'Draft' || m.status === 'Held'), held: data.meetings.some((m) => m.status === 'Held') };
        return (
          <div>
            {notice && (
              <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel="Close">
                {notice}
              </MessageBar>
            )}
            {failure && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline>
                {failure}
              </MessageBar>
            )}
            {data.problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{`Some records could not be read: ${data.problems.join(' ')}`}</MessageBar>}

            {editing?.what === 'plan' ? (
              <TransitionPlanForm
                pupil={pupil}
                existing={editing.plan}
                homeSchoolName={homeSchoolName}
                onSaved={(p) => done(`${firstName}’s transition plan is saved (${p.status.toLowerCase()}, planned for ${formatUkDate(p.plannedOn)}).`)}
                onCancel={() => setEditing(undefined)}
              />
            ) : open ? (
              <TransitionPlanView plan={open} firstName={firstName} homeSchoolName={homeSchoolName} meeting={meetingState} today={today} canEdit={canEdit} busy={busy} onTick={(i, d) => void tick(open, i, d)} />
            ) : (
              <Text block>{`${firstName} has no open transition plan.`}</Text>
            )}
            {canEdit && editing === undefined && (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }} className="pw-no-print">
                {open ? <PrimaryButton text="Change the plan" onClick={() => setEditing({ what: 'plan', plan: open })} /> : <PrimaryButton text="Make a transition plan" onClick={() => setEditing({ what: 'plan' })} />}
                <DefaultButton text="Arrange the transition meeting" onClick={() => setEditing({ what: 'meeting' })} />
              </div>
            )}

            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '16px 0 4px' } }}>
              Transition meetings
            </Text>
            {editing?.what === 'meeting' ? (
              <ScheduleForm
                start={{ pupilId: pupil.id, kind: 'Transition meeting' }}
                pupils={[pupil]}
                settings={data.settings}
                onDone={(m, n) => done(n.text || `The transition meeting on ${formatUkDate(meetingDay(m))} is arranged.`)}
                onCancel={() => setEditing(undefined)}
              />
            ) : data.meetings.length === 0 ? (
              <Text block>No transition meeting yet{canEdit ? ': arrange one with the family and the next setting.' : '.'}</Text>
            ) : (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {data.meetings.map((m) => (
                  <li key={m.id}>
                    {formatUkDate(meetingDay(m))}: {m.status === 'Draft' ? 'not yet sent' : m.status.toLowerCase()}
                  </li>
                ))}
              </ul>
            )}

            {earlier.length > 0 && (
              <>
                <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '16px 0 4px' } }}>
                  Earlier plans
                </Text>
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {earlier.map((p) => (
                    <li key={p.id}>
                      {p.destinationKind}
                      {p.destinationName ? `: ${p.destinationName}` : ''}, planned for {formatUkDate(p.plannedOn)}: {p.status === 'Completed' && p.completedOn ? `moved on on ${formatUkDate(p.completedOn)}` : p.status.toLowerCase()}
                    </li>
                  ))}
                </ul>
              </>
            )}

            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '16px 0 4px' } }}>
              EHC needs assessment
            </Text>
            {editing?.what === 'ehc' ? (
              <EhcAssessmentForm
                pupil={pupil}
                existing={editing.request}
                onSaved={() => done(editing.request ? 'The LA’s decisions are saved.' : `The request for an EHC needs assessment for ${firstName} is recorded: its statutory steps are below.`)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                {data.requests.length === 0 && <Text block>No request for an EHC needs assessment.</Text>}
                {data.requests.map((r) => (
                  <div key={r.id}>
                    <EhcAssessmentSteps request={r} periods={data.settings.statutory} today={today} />
                    {data.canEhc && <DefaultButton text="Record the LA’s decisions" onClick={() => setEditing({ what: 'ehc', request: r })} className="pw-no-print" />}
                  </div>
                ))}
                {data.canEhc && (
                  <DefaultButton text="Record a request for an EHC needs assessment" onClick={() => setEditing({ what: 'ehc' })} className="pw-no-print" styles={{ root: { marginTop: 8 } }} />
                )}
              </>
            )}
          </div>
        );
      }}
    </RecordSection>
  );
};
