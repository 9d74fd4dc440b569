/**
 * Review outcomes in the offline queue (src/ui/offline/offlineQueue.ts; kind 'review-outcome'): the meeting as held
 * (what the person recorded) and the meeting as the page showed it (its ETag and outcome), one per meeting and
 * person (recording it again offline replaces it). When it is sent, the meeting is read again:
 *   - unchanged since the page showed it (same ETag), or changed elsewhere but with the outcome as the page showed
 *     it (e.g. the pupil's views added): the outcome is saved onto the record as it is now, nothing else touched;
 *   - already holding this outcome (an earlier attempt whose answer was lost): the remaining steps finish, nothing twice;
 *   - holding an outcome someone else recorded meanwhile: a conflict, and neither is overwritten;
 *   - refused (e.g. the meeting removed, no permission): a conflict with the reason.
 * What the person recorded stays on this device, to copy, until they remove it. The sending (sendQueuedOutcome.ts,
 * with the saving of the review) loads only when there is something to send.
 */
import { z } from 'zod';
import type { Saved } from '../../../../../data/ports';
import { formatUkDate, meetingDay, reviewMeetingSchema, type ReviewMeeting } from '../../../../../domain';
import type { QueueCodec } from '../../../../../ui/offline/offlineQueue';
import type { PipDecisionChoice } from '../outcomeModel';

/** The part of a meeting the outcome form records. */
export type OutcomePart = Pick<ReviewMeeting, 'status' | 'outcomes' | 'targetOutcomes' | 'actions' | 'notes' | 'papersSentOn' | 'reportSentOn' | 'laDecisionOn'>;

export interface QueuedOutcome {
  readonly meetingId: number;
  /** "Nia Rowe": for the words shown while it waits. */
  readonly pupilName: string;
  /** The meeting as the page showed it, with its ETag. */
  readonly shown: Saved<ReviewMeeting>;
  /** The meeting as held: what the person recorded. */
  readonly held: ReviewMeeting;
  readonly pipId?: number;
  readonly pipDecision?: PipDecisionChoice;
  readonly newEndDate?: string;
}

export interface OutcomeConflict {
  readonly reason: string;
  /** The outcome someone else recorded meanwhile, when that is the conflict. */
  readonly theirs?: OutcomePart;
}

export const OUTCOME_WORDS = { one: 'review outcome', many: 'review outcomes' };

export function outcomeOf(m: ReviewMeeting): OutcomePart {
  return {
    status: m.status,
    outcomes: m.outcomes,
    targetOutcomes: m.targetOutcomes,
    actions: m.actions,
    ...(m.notes !== undefined ? { notes: m.notes } : {}),
    ...(m.papersSentOn !== undefined ? { papersSentOn: m.papersSentOn } : {}),
    ...(m.reportSentOn !== undefined ? { reportSentOn: m.reportSentOn } : {}),
    ...(m.laDecisionOn !== undefined ? { laDecisionOn: m.laDecisionOn } : {}),
  };
}

/** Compared as the form writes them (the same fields, in the same order). */
const canonical = (p: OutcomePart): string =>
  JSON.stringify([
    p.status,
    p.outcomes,
    p.targetOutcomes.map((t) => [t.source, t.targetId ?? null, t.target, t.outcome, t.note ?? null]),
    p.actions.map((a) => [a.text, a.owner, a.due ?? null]),
    p.notes ?? null,
    p.papersSentOn ?? null,
    p.reportSentOn ?? null,
    p.laDecisionOn ?? null,
  ]);
export const sameOutcome = (a: OutcomePart, b: OutcomePart): boolean => canonical(a) === canonical(b);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const optionalNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const PIP_DECISIONS: readonly string[] = ['Continue', 'Extend', 'End (full-time)'];
const outcomePartSchema = z.object({
  status: z.string(),
  outcomes: z.array(z.string()),
  targetOutcomes: z.array(z.object({ source: z.string(), targetId: z.number().optional(), target: z.string(), outcome: z.string(), note: z.string().optional() })),
  actions: z.array(z.object({ text: z.string(), owner: z.string(), due: z.string().optional() })),
  notes: z.string().optional(),
  papersSentOn: z.string().optional(),
  reportSentOn: z.string().optional(),
  laDecisionOn: z.string().optional(),
});

function meetingFrom(v: unknown): ReviewMeeting | undefined {
  const parsed = reviewMeetingSchema.safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

export const outcomeCodec: QueueCodec<QueuedOutcome, OutcomeConflict> = {
  kind: 'review-outcome',
  idOf: (q) => `meeting-${q.meetingId}`,
  toStored: (q) => q,
  fromStored: (v) => {
    if (!isRecord(v) || optionalNumber(v.meetingId) === undefined || !isText(v.pupilName) || !isRecord(v.shown) || !isText(v.shown.etag)) return undefined;
    const shown = meetingFrom(v.shown);
    const held = meetingFrom(v.held);
    if (!shown || !held || held.status !== 'Held') return undefined;
    const pipId = optionalNumber(v.pipId);
    const pipDecision = typeof v.pipDecision === 'string' && PIP_DECISIONS.includes(v.pipDecision) ? (v.pipDecision as PipDecisionChoice) : undefined;
    return {
      meetingId: v.meetingId as number,
      pupilName: v.pupilName,
      shown: { ...shown, id: v.meetingId as number, etag: v.shown.etag },
      held,
      ...(pipId !== undefined ? { pipId } : {}),
      ...(pipDecision ? { pipDecision } : {}),
      ...(isText(v.newEndDate) ? { newEndDate: v.newEndDate } : {}),
    };
  },
  conflictToStored: (c) => c,
  conflictFromStored: (v) => {
    if (!isRecord(v) || !isText(v.reason)) return undefined;
    const theirs = v.theirs === undefined ? undefined : outcomePartSchema.safeParse(v.theirs);
    return { reason: v.reason, ...(theirs?.success ? { theirs: theirs.data as OutcomePart } : {}) };
  },
};

/** "the outcome of the PIP review for Nia Rowe on 20/11/2026" */
export const outcomeTitle = (q: QueuedOutcome): string => `the outcome of the ${q.held.kind} for ${q.pupilName} on ${formatUkDate(meetingDay(q.held))}`;

/** What an outcome says, line by line (to compare, and to copy). */
export function outcomeLines(p: OutcomePart): string[] {
  return [
    ...p.targetOutcomes.map((t) => `Target "${t.target}": ${t.outcome}${t.note ? ` (${t.note})` : ''}`),
    ...p.outcomes.map((o) => `Decision: ${o}`),
    ...p.actions.map((a) => `Action: ${a.text}, ${a.owner}${a.due ? `, by ${formatUkDate(a.due)}` : ''}`),
    ...(p.notes ? [`Notes: ${p.notes}`] : []),
  ];
}
