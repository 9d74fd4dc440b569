/**
 * Saving the review, in steps that can each be run again without doing anything twice:
 *   1. the meeting record as held (outcomes, decisions, actions);
 *   2. for a PIP review, the PIP review record with its decision (once: the meeting keeps its id);
 *   3. each SMART target's outcome as a progress note on the target (once per meeting day);
 *   4. the next review of the series, from the calendar, as a draft meeting to send (unless one is planned).
 * A step that fails says what is saved and what is not; saving again finishes the rest.
 */
import type { IServices } from '../../../../composition/IServices';
import type { Saved } from '../../../../data/ports';
import {
  addDays,
  dueCalendar,
  formatUkDate,
  londonParts,
  londonToday,
  londonWallTimeToIso,
  meetingDay,
  nextReviewAfter,
  type Pip,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../../domain';
import { errorText } from '../shared';
import { OUTCOME_RATING, type PipDecisionChoice } from './outcomeModel';

export interface SaveOutcomeInput {
  readonly held: ReviewMeeting;
  readonly saved: Saved<ReviewMeeting>;
  readonly pupil: Saved<Pupil>;
  readonly settings: SchoolSettings;
  readonly pip?: Saved<Pip>;
  readonly pipDecision?: PipDecisionChoice;
  readonly newEndDate?: string;
}

export interface SaveOutcomeResult {
  readonly meeting: Saved<ReviewMeeting>;
  readonly ok: boolean;
  readonly messages: readonly string[];
  readonly next?: Saved<ReviewMeeting>;
}

export async function saveOutcomes(services: IServices, input: SaveOutcomeInput): Promise<SaveOutcomeResult> {
  const messages: string[] = [];
  let ok = true;
  let meeting = await services.meetings.update(input.saved.id, input.saved.etag, input.held);
  messages.push('The review is saved.');
  const day = meetingDay(meeting);

  if (meeting.kind === 'PIP review' && input.pip && input.pipDecision && meeting.pipReviewId === undefined) {
    // Already recorded on the PIP that day (the PIPs web part): link that review rather than record it twice.
    const same = (await services.pips.reviews(input.pip.id)).items.find((r) => r.reviewDate === day);
    if (same) {
      meeting = await services.meetings.update(meeting.id, meeting.etag, { ...meeting, pipReviewId: same.id });
      messages.push(`The PIP review of ${formatUkDate(day)} was already recorded on the PIP (${same.decision}): this meeting is linked to it, not recorded twice.`);
    }
  }
  if (meeting.kind === 'PIP review' && input.pip && input.pipDecision && meeting.pipReviewId === undefined) {
    try {
      const recorded = await services.pips.recordReview(
        {
          pipId: input.pip.id,
          pupilId: input.pupil.id,
          reviewDate: day,
          targetOutcomes: meeting.targetOutcomes
            .filter((t) => t.source === 'PIP')
            .map((t) => ({ target: t.target, outcome: t.outcome, ...(t.note ? { narrative: t.note } : {}) })),
          timetable: { days: [], slots: [] },
          totalHours: 0,
          decision: input.pipDecision,
          ...(input.pipDecision === 'Extend' && input.newEndDate ? { newEndDate: input.newEndDate } : {}),
          ...(meeting.notes ? { meetingNotes: meeting.notes } : {}),
        },
        input.pupil.pupilRef,
        input.pip.etag,
      );
      meeting = await services.meetings.update(meeting.id, meeting.etag, { ...meeting, pipReviewId: recorded.review.id });
      messages.push(`The PIP review is recorded (${input.pipDecision}).`);
    } catch (e) {
      ok = false;
      messages.push(`The PIP review was not recorded (${errorText(e)}): save again to record it.`);
    }
  }

  const smart = meeting.targetOutcomes.filter((t) => t.source === 'SMART' && t.targetId !== undefined);
  let progressed = 0;
  for (const t of smart) {
    const note = `${meeting.kind} on ${formatUkDate(day)}: ${t.outcome}${t.note ? `. ${t.note}` : ''}`;
    try {
      const target = await services.targets.get(t.targetId as number);
      if (target.progress.some((p) => p.date === day && p.note.startsWith(`${meeting.kind} on ${formatUkDate(day)}:`))) continue;
      await services.targets.recordProgress(target.id, target.etag, { date: day, note, rating: OUTCOME_RATING[t.outcome] });
      progressed++;
    } catch (e) {
      ok = false;
      messages.push(`Progress on "${t.target}" was not recorded (${errorText(e)}): save again to record it.`);
    }
  }
  if (progressed > 0) messages.push(`Progress is recorded on ${progressed} SMART target${progressed === 1 ? '' : 's'}.`);

  let next: Saved<ReviewMeeting> | undefined;
  try {
    next = await planNext(services, meeting, input.settings, messages);
  } catch (e) {
    ok = false;
    messages.push(`The next review could not be planned (${errorText(e)}): arrange it from the Due view.`);
  }
  return { meeting, ok, messages, ...(next ? { next } : {}) };
}

async function planNext(services: IServices, meeting: Saved<ReviewMeeting>, settings: SchoolSettings, messages: string[]): Promise<Saved<ReviewMeeting> | undefined> {
  const pupil = await services.pupils.get(meeting.pupilId);
  const [all, pips] = await Promise.all([services.meetings.forPupil(pupil.id), services.pips.forPupil(pupil.id)]);
  const reviews = (await Promise.all(pips.items.map((p) => services.pips.reviews(p.id)))).flatMap((r) => r.items);
  const today = londonToday(services.now());
  const { items } = dueCalendar({ today, settings, pupils: [pupil], meetings: all.items, pips: pips.items, pipReviews: reviews });
  const due = nextReviewAfter(meeting.kind, pupil.id, items);
  if (!due || !due.meetingKind) return undefined;
  // Same time of day and length as this meeting, on the day to act by (or the next day, if that has passed).
  const { time } = londonParts(meeting.start);
  const day = due.actBy > today ? due.actBy : addDays(today, 1);
  const start = londonWallTimeToIso(day, time);
  const end = new Date(Date.parse(start) + (Date.parse(meeting.end) - Date.parse(meeting.start))).toISOString();
  const draft: ReviewMeeting = {
    pupilId: pupil.id,
    kind: due.meetingKind,
    status: 'Draft',
    start,
    end,
    attendees: meeting.attendees,
    outcomes: [],
    targetOutcomes: [],
    actions: [],
  };
  const next = await services.meetings.create(draft, pupil.pupilRef);
  messages.push(
    `The next ${due.meetingKind.toLowerCase()} is due by ${formatUkDate(due.dueDate)}: a draft is planned for ${formatUkDate(day)} at ${time}. ` +
      'No invitation has been sent yet: send it from the Due view.',
  );
  return next;
}
