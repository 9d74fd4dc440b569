import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, isOpenPlan, missingBeforeLeaving, planReviewDue, type IsoDate, type TransitionMeetingState, type TransitionPlan, type TransitionStep } from '../../../../../domain';

const destinationOf = (p: TransitionPlan, homeSchoolName: string | undefined): string => {
  if (p.destinationKind === 'Return to the home school') return `Return to the home school${p.destinationName ?? homeSchoolName ? `: ${p.destinationName ?? homeSchoolName}` : ''}`;
  return `${p.destinationKind}: ${p.destinationName ?? ''}`;
};

/** What a step's state is, in words (never colour alone). */
function stepState(s: TransitionStep, open: boolean, today: IsoDate): string {
  if (s.doneOn !== undefined) return `Done on ${formatUkDate(s.doneOn)}`;
  if (open && s.dueOn < today) return `Overdue: due by ${formatUkDate(s.dueOn)}`;
  return `Due by ${formatUkDate(s.dueOn)}`;
}

/**
 * One plan: where and when, its status and review, what is missing before the pupil leaves, and its steps; PRU staff
 * tick a step off (done today) or untick it with a tick box named by the step.
 */
export const TransitionPlanView: React.FC<{
  plan: TransitionPlan;
  firstName: string;
  homeSchoolName?: string;
  meeting: TransitionMeetingState;
  today: IsoDate;
  canEdit: boolean;
  busy: boolean;
  onTick: (index: number, done: boolean) => void;
}> = ({ plan, firstName, homeSchoolName, meeting, today, canEdit, busy, onTick }) => {
  const open = isOpenPlan(plan);
  const missing = missingBeforeLeaving(plan, meeting, today);
  return (
    <div>
      <dl className="pw-transition-facts" style={{ display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) 1fr', gap: '4px 12px', margin: '8px 0' }}>
        <dt>Destination</dt>
        <dd style={{ margin: 0 }}>{destinationOf(plan, homeSchoolName)}</dd>
        <dt>Planned for</dt>
        <dd style={{ margin: 0 }}>{formatUkDate(plan.plannedOn)}</dd>
        <dt>Status</dt>
        <dd style={{ margin: 0 }}>{plan.status === 'Completed' && plan.completedOn ? `Completed: moved on on ${formatUkDate(plan.completedOn)}` : plan.status}</dd>
        {plan.reviewOn && (
          <>
            <dt>Look at it again</dt>
            <dd style={{ margin: 0 }}>
              {formatUkDate(plan.reviewOn)}
              {planReviewDue(plan, today) ? ' (due now)' : ''}
            </dd>
          </>
        )}
        {plan.reviews && plan.reviews.length > 0 && (
          <>
            <dt>Reviews</dt>
            <dd style={{ margin: 0 }}>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {plan.reviews.map((r, i) => (
                  <li key={i}>{`${formatUkDate(r.on)}: ${r.decided}${r.nextReviewOn ? ` (next review ${formatUkDate(r.nextReviewOn)})` : ''}`}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {plan.notes && (
          <>
            <dt>Notes</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{plan.notes}</dd>
          </>
        )}
      </dl>
      {open && missing.length > 0 && (
        <div role="region" aria-label={`Still to do before ${firstName} leaves`}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            Still to do before {firstName} leaves
          </Text>
          <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <Text as="h5" variant="medium" block styles={{ root: { fontWeight: 600, margin: '8px 0 4px' } }}>
        Reintegration steps
      </Text>
      {plan.steps.length === 0 ? (
        <Text block>No steps yet.</Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Reintegration steps">
          {plan.steps.map((s, i) => (
            <li key={`${i}-${s.what}`} style={{ padding: '6px 0', borderBottom: '1px solid #edebe9' }}>
              {canEdit && open ? (
                <Checkbox label={s.what} checked={s.doneOn !== undefined} disabled={busy} onChange={(_e, checked) => onTick(i, checked === true)} />
              ) : (
                <Text block styles={{ root: { fontWeight: 600 } }}>
                  {s.what}
                </Text>
              )}
              <Text block variant="small" styles={{ root: { marginLeft: canEdit && open ? 28 : 0 } }}>
                {s.owner} · {stepState(s, open, today)}
                {s.notes ? ` · ${s.notes}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
