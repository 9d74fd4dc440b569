/**
 * Recording the meeting as data (pure): each target's outcome, the decisions, the actions, and for an EHC plan
 * annual review its follow-ups → the record as held, or a message at each field.
 */
import {
  formatUkDate,
  parseUkDate,
  type Agenda,
  type MeetingAction,
  type MeetingTargetOutcome,
  type ReviewMeeting,
  type TargetOutcome,
} from '../../../../domain';

export interface TargetOutcomeRow {
  readonly source: MeetingTargetOutcome['source'];
  readonly targetId?: number;
  readonly target: string;
  readonly outcome?: TargetOutcome;
  readonly note: string;
}

export interface ActionRow {
  readonly text: string;
  readonly owner: string;
  /** dd/mm/yyyy as typed, or blank. */
  readonly due: string;
}

export type PipDecisionChoice = 'Continue' | 'Extend' | 'End (full-time)';

export interface OutcomeFormValues {
  readonly targets: readonly TargetOutcomeRow[];
  readonly decisions: readonly string[];
  readonly actions: readonly ActionRow[];
  readonly notes: string;
  /** PIP reviews only. */
  readonly pipDecision?: PipDecisionChoice;
  readonly newEndDate: string;
  /** EHC plan annual reviews: dd/mm/yyyy or blank. */
  readonly papersSentOn: string;
  readonly reportSentOn: string;
  readonly laDecisionOn: string;
}

export type OutcomeErrors = Record<string, string>;

/** The rows to fill in: the PIP's targets, then the open SMART targets, as the agenda lists them. */
export function targetRows(agenda: Pick<Agenda, 'pip' | 'targets'>, recorded: readonly MeetingTargetOutcome[] = []): TargetOutcomeRow[] {
  const before = (source: string, target: string, id?: number): MeetingTargetOutcome | undefined =>
    recorded.find((r) => r.source === source && (id === undefined ? r.target === target : r.targetId === id));
  const pip = (agenda.pip?.targets ?? []).map((t) => {
    const r = before('PIP', t);
    return { source: 'PIP' as const, target: t, ...(r ? { outcome: r.outcome } : {}), note: r?.note ?? '' };
  });
  const smart = (agenda.targets ?? []).map((t) => {
    const r = before('SMART', t.outcome, t.id);
    return { source: 'SMART' as const, targetId: t.id, target: t.outcome, ...(r ? { outcome: r.outcome } : {}), note: r?.note ?? '' };
  });
  return [...pip, ...smart];
}

const optionalDate = (text: string, field: string, errors: OutcomeErrors): string | undefined => {
  if (text.trim() === '') return undefined;
  const d = parseUkDate(text);
  if (d === null) errors[field] = 'Enter the date as dd/mm/yyyy';
  return d ?? undefined;
};

export function buildHeldMeeting(
  meeting: ReviewMeeting,
  values: OutcomeFormValues,
  context: { readonly meetingDay: string; readonly pipEndDate?: string },
): { meeting?: ReviewMeeting; errors: OutcomeErrors } {
  const errors: OutcomeErrors = {};
  const targetOutcomes: MeetingTargetOutcome[] = [];
  values.targets.forEach((t, i) => {
    if (t.outcome === undefined) errors[`target.${i}`] = `Choose Met, Partially met or Not achieved for "${t.target}"`;
    else targetOutcomes.push({ source: t.source, ...(t.targetId !== undefined ? { targetId: t.targetId } : {}), target: t.target, outcome: t.outcome, ...(t.note.trim() ? { note: t.note.trim() } : {}) });
  });
  const decisions = values.decisions.map((d) => d.trim()).filter((d) => d !== '');
  const actions: MeetingAction[] = [];
  values.actions.forEach((a, i) => {
    if (a.text.trim() === '' && a.owner.trim() === '' && a.due.trim() === '') return;
    if (a.text.trim() === '') errors[`action.${i}.text`] = 'Enter the action';
    if (a.owner.trim() === '') errors[`action.${i}.owner`] = 'Enter who will do it';
    const due = optionalDate(a.due, `action.${i}.due`, errors);
    if (due !== undefined && due < context.meetingDay) errors[`action.${i}.due`] = 'The action cannot be due before the meeting';
    actions.push({ text: a.text.trim(), owner: a.owner.trim(), ...(due ? { due } : {}) });
  });
  if (meeting.kind === 'PIP review') {
    if (values.pipDecision === undefined) errors.pipDecision = 'Choose the decision on the PIP';
    if (values.pipDecision === 'Extend') {
      const end = optionalDate(values.newEndDate, 'newEndDate', errors);
      if (end === undefined && errors.newEndDate === undefined) errors.newEndDate = 'To extend the PIP, enter the new end date';
      else if (end !== undefined && context.pipEndDate !== undefined && end <= context.pipEndDate)
        errors.newEndDate = `The new end date must be after the current one, ${formatUkDate(context.pipEndDate)}`;
    }
  }
  const papersSentOn = optionalDate(values.papersSentOn, 'papersSentOn', errors);
  const reportSentOn = optionalDate(values.reportSentOn, 'reportSentOn', errors);
  const laDecisionOn = optionalDate(values.laDecisionOn, 'laDecisionOn', errors);
  if (reportSentOn !== undefined && reportSentOn < context.meetingDay) errors.reportSentOn = 'The report cannot be sent before the meeting';
  if (laDecisionOn !== undefined && laDecisionOn < context.meetingDay) errors.laDecisionOn = "The LA's decision cannot come before the meeting";
  if (decisions.length === 0 && targetOutcomes.length === 0 && actions.length === 0 && values.pipDecision === undefined)
    errors.decisions = 'Record at least one decision, outcome or action';
  if (Object.keys(errors).length > 0) return { errors };
  const pipWords: Record<PipDecisionChoice, string> = {
    Continue: 'PIP: continue on the current timetable',
    Extend: `PIP: extend to ${values.newEndDate.trim()}`,
    'End (full-time)': 'PIP: end, back to full-time',
  };
  return {
    errors,
    meeting: {
      ...meeting,
      status: 'Held',
      targetOutcomes,
      outcomes: values.pipDecision ? [pipWords[values.pipDecision], ...decisions.filter((d) => !d.startsWith('PIP: '))] : decisions,
      actions,
      ...(values.notes.trim() ? { notes: values.notes.trim() } : { notes: undefined }),
      papersSentOn: papersSentOn ?? meeting.papersSentOn,
      reportSentOn,
      laDecisionOn,
    },
  };
}

/** A rating for a SMART target's progress note from its outcome (5 achieved … 1 no progress). */
export const OUTCOME_RATING: Record<TargetOutcome, number> = { Met: 5, 'Partially met': 3, 'Not achieved': 1 };
