import { formatUkDate, parseUkDate, type IsoDate } from '../dates/isoDates';
import { EHC_AFTER_ASSESSMENT, EHC_ASSESSMENT_DECISIONS } from '../vocabulary';
import type { EhcStepKey } from './ehcAssessment';
import { ehcRequestSchema, type EhcRequest } from './ehcRequest';

/** What each step records: the choices of what the LA decided (none for the final plan), and the words for its date. */
export const EHC_STEP_RECORDING: Record<EhcStepKey, { readonly outcomes: readonly string[]; readonly outcomeLabel?: string; readonly dateLabel: string; readonly what: string }> = {
  decision: { outcomes: EHC_ASSESSMENT_DECISIONS, outcomeLabel: 'The LA decided', dateLabel: 'Decision notified on (dd/mm/yyyy)', what: "the LA's decision" },
  'after-assessment': {
    outcomes: EHC_AFTER_ASSESSMENT,
    outcomeLabel: 'After the assessment',
    dateLabel: 'Draft plan or notice dated (dd/mm/yyyy)',
    what: 'the draft plan or notice',
  },
  'final-plan': { outcomes: [], dateLabel: 'Final plan issued on (dd/mm/yyyy)', what: 'the final plan' },
};

export interface EhcStepValues {
  /** What the LA decided (decision, after-assessment); none for the final plan. */
  readonly outcome?: string;
  /** dd/mm/yyyy as typed. */
  readonly on: string;
}

export type EhcStepErrors = Partial<Record<'outcome' | 'on', string>>;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Records one statutory step of a request for an EHC needs assessment from the Due view: what the LA decided and the
 * date, checked against the request's received date, the step before and today, each with its own message; the
 * request is returned only when every check passes (and the record's own schema agrees).
 */
export function recordEhcStep(request: EhcRequest, key: EhcStepKey, values: EhcStepValues, today: IsoDate): { request?: EhcRequest; errors: EhcStepErrors } {
  const errors: EhcStepErrors = {};
  const rec = EHC_STEP_RECORDING[key];
  if (request.kind !== 'Needs assessment request') return { errors: { on: 'Only a request for an EHC needs assessment has these steps' } };
  const outcome = values.outcome;
  if (rec.outcomes.length > 0 && (outcome === undefined || rec.outcomes.indexOf(outcome) < 0))
    errors.outcome = key === 'decision' ? 'Choose what the LA decided' : 'Choose a draft plan or notice that no plan will be issued';
  if (key === 'after-assessment' && request.decision !== 'To assess') errors.outcome = "Record the LA's decision to assess first";
  const on = parseUkDate(values.on.trim());
  const What = capital(rec.what);
  if (key === 'final-plan' && request.afterAssessment !== 'Draft plan issued') errors.on = 'Record the draft plan first';
  else if (on === null) errors.on = key === 'decision' ? "Enter the date the LA's decision was notified as dd/mm/yyyy" : `Enter the date of ${rec.what} as dd/mm/yyyy`;
  else if (on > today) errors.on = `${What} is dated ${formatUkDate(on)}, after today: record it once it has happened`;
  else if (on < request.receivedOn) errors.on = `${What} cannot be before the LA received the request on ${formatUkDate(request.receivedOn)}`;
  else if (key === 'after-assessment' && request.decisionOn !== undefined && on < request.decisionOn)
    errors.on = `${What} cannot be before the decision to assess, notified on ${formatUkDate(request.decisionOn)}`;
  else if (key === 'final-plan' && request.afterAssessmentOn !== undefined && on < request.afterAssessmentOn)
    errors.on = `${What} cannot be before the draft plan, dated ${formatUkDate(request.afterAssessmentOn)}`;
  if (Object.keys(errors).length > 0 || on === null) return { errors };
  const next: EhcRequest =
    key === 'decision'
      ? {
          ...request,
          decision: outcome as EhcRequest['decision'],
          decisionOn: on,
          // A decision not to assess ends the assessment: nothing after it stands.
          ...(outcome === 'Not to assess' ? { afterAssessment: undefined, afterAssessmentOn: undefined, finalPlanOn: undefined } : {}),
        }
      : key === 'after-assessment'
        ? { ...request, afterAssessment: outcome as EhcRequest['afterAssessment'], afterAssessmentOn: on, ...(outcome !== 'Draft plan issued' ? { finalPlanOn: undefined } : {}) }
        : { ...request, finalPlanOn: on };
  const parsed = ehcRequestSchema.safeParse(next);
  if (!parsed.success) return { errors: { on: parsed.error.issues[0].message } };
  return { errors, request: parsed.data };
}
