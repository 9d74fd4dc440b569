import { z } from 'zod';
import {
  choiceOf,
  emailSchema,
  isoDateTimeSchema,
  itemIdSchema,
  optionalIsoDateSchema,
  optionalText,
  requiredText,
} from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate } from '../dates/isoDates';
import { londonClockTime, londonToday } from '../dates/londonTime';
import { MEETING_KINDS, MEETING_STATUSES, TARGET_OUTCOMES } from '../vocabulary';
import { meetingAttendanceSchema, reviewViewSchema } from './reviewVoice';
import { TEAMS_THREAD_ID } from './meetingChat';

export const ATTENDEE_KINDS = ['pru-staff', 'home-school', 'parent', 'agency', 'pupil'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

export const ATTENDEE_KIND_LABELS: Record<AttendeeKind, string> = {
  'pru-staff': 'PRU staff',
  'home-school': 'Home school',
  parent: 'Parent/carer',
  agency: 'Other agency',
  pupil: 'Pupil',
};

export const meetingAttendeeSchema = z.object({
  name: optionalText(255),
  email: emailSchema,
  kind: choiceOf(ATTENDEE_KINDS, 'who the attendee is'),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

export const meetingActionSchema = z.object({
  text: requiredText('the action', 2000),
  owner: requiredText('who will do it'),
  due: optionalIsoDateSchema,
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

/** Where a target reviewed at the meeting comes from: the PIP's own targets or the SMART targets list. */
export const REVIEWED_TARGET_SOURCES = ['PIP', 'SMART'] as const;
export type ReviewedTargetSource = (typeof REVIEWED_TARGET_SOURCES)[number];

/** The outcome recorded for one target during the meeting. */
export const meetingTargetOutcomeSchema = z.object({
  source: choiceOf(REVIEWED_TARGET_SOURCES, 'where the target comes from'),
  /** The SMART target's item id (SMART targets only). */
  targetId: itemIdSchema.optional(),
  target: requiredText('the target', 4000),
  outcome: choiceOf(TARGET_OUTCOMES, 'Met, Partially met or Not achieved'),
  note: optionalText(4000),
});
export type MeetingTargetOutcome = z.infer<typeof meetingTargetOutcomeSchema>;

/**
 * A review meeting, with its Outlook event and Teams link once booked.
 *   - `eventId` is only ever set from Microsoft Graph's answer, with `invitedAt`: a record never claims an
 *     invitation that was not created, so a Teams link or an invitation time without an event is refused;
 *   - `outcomes` are the decisions made, `targetOutcomes` each target's outcome, `actions` who does what by when;
 *   - EHC plan annual reviews track the statutory follow-ups: papers circulated, report sent, LA decision.
 */
export const reviewMeetingSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    kind: choiceOf(MEETING_KINDS, 'the kind of meeting'),
    status: choiceOf(MEETING_STATUSES, 'the status'),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    eventId: optionalText(1000),
    joinUrl: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().url('Enter the meeting link as a web address').startsWith('https://', 'The meeting link must start with https://').optional(),
    ),
    /** The Teams meeting chat's thread id (onlineMeeting chatInfo.threadId, read by the organiser when booked; set with joinUrl). */
    chatThreadId: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().regex(TEAMS_THREAD_ID, 'The Teams chat id must have the form 19:…@thread.v2').optional(),
    ),
    /** When the Outlook invitation was created (set with eventId). */
    invitedAt: isoDateTimeSchema.optional(),
    attendees: z.array(meetingAttendeeSchema).default([]),
    outcomes: z.array(requiredText('the decision', 2000)).default([]),
    targetOutcomes: z.array(meetingTargetOutcomeSchema).default([]),
    actions: z.array(meetingActionSchema).default([]),
    notes: optionalText(),
    /** The PIP review this meeting recorded (PIP reviews only). */
    pipReviewId: itemIdSchema.optional(),
    papersSentOn: optionalIsoDateSchema,
    reportSentOn: optionalIsoDateSchema,
    laDecisionOn: optionalIsoDateSchema,
    /** The pupil's and parents' views for this review (reviewVoice.ts). */
    views: z.array(reviewViewSchema).optional(),
    /** Once held: who came, and the day the outcome was sent to each who could not. */
    attendance: z.array(meetingAttendanceSchema).optional(),
    /** Why the pupil is not invited, when they are not (the policy invites the pupil where appropriate). */
    pupilNotInvitedReason: optionalText(1000),
  })
  .superRefine((m, ctx) => {
    if (Date.parse(m.end) <= Date.parse(m.start))
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'The meeting must end after it starts' });
    const seen: Record<string, true> = {};
    m.attendees.forEach((a, i) => {
      const key = a.email.toLowerCase();
      if (seen[key]) ctx.addIssue({ code: 'custom', path: ['attendees', i, 'email'], message: `${a.email} is invited twice` });
      seen[key] = true;
    });
    if (m.pupilNotInvitedReason !== undefined && m.attendees.some((a) => a.kind === 'pupil'))
      ctx.addIssue({ code: 'custom', path: ['pupilNotInvitedReason'], message: 'The pupil is invited: remove the reason they are not' });
    if (m.status === 'Scheduled' && m.attendees.length === 0)
      ctx.addIssue({ code: 'custom', path: ['attendees'], message: 'Invite at least one person before scheduling the meeting' });
    if (m.eventId === undefined && m.joinUrl !== undefined)
      ctx.addIssue({ code: 'custom', path: ['joinUrl'], message: 'A Teams link can only come with the Outlook invitation it belongs to' });
    if (m.joinUrl === undefined && m.chatThreadId !== undefined)
      ctx.addIssue({ code: 'custom', path: ['chatThreadId'], message: 'A Teams chat can only come with the Teams meeting it belongs to' });
    if (m.eventId === undefined && m.invitedAt !== undefined)
      ctx.addIssue({ code: 'custom', path: ['invitedAt'], message: 'No invitation was created, so it cannot have been sent' });
    if (m.eventId !== undefined && m.invitedAt === undefined)
      ctx.addIssue({ code: 'custom', path: ['invitedAt'], message: 'Record when the invitation was sent' });
    if (m.status !== 'Held') {
      if (m.targetOutcomes.length > 0)
        ctx.addIssue({ code: 'custom', path: ['targetOutcomes'], message: 'Target outcomes are recorded once the meeting has been held' });
      if (m.reportSentOn !== undefined)
        ctx.addIssue({ code: 'custom', path: ['reportSentOn'], message: 'The report is sent after the meeting has been held' });
      if (m.laDecisionOn !== undefined)
        ctx.addIssue({ code: 'custom', path: ['laDecisionOn'], message: "The LA's decision follows a meeting that has been held" });
    }
    const day = londonToday(new Date(m.start));
    if (m.reportSentOn !== undefined && m.reportSentOn < day)
      ctx.addIssue({ code: 'custom', path: ['reportSentOn'], message: 'The report cannot be sent before the meeting' });
    if (m.laDecisionOn !== undefined && m.laDecisionOn < day)
      ctx.addIssue({ code: 'custom', path: ['laDecisionOn'], message: "The LA's decision cannot come before the meeting" });
  });
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;
export type ReviewMeetingInput = z.input<typeof reviewMeetingSchema>;

/** True when the meeting's Outlook invitation exists (the only way a record may say it was sent). */
export function isInvited(m: Pick<ReviewMeeting, 'eventId' | 'invitedAt'>): boolean {
  return m.eventId !== undefined && m.invitedAt !== undefined;
}

/**
 * A meeting is held once it has started: its outcomes cannot be recorded, nor the meeting marked Held, before its
 * start. The issue (at 'status') says when it starts; none when the record is not Held or has started.
 */
export function heldBeforeStartIssue(m: Pick<ReviewMeeting, 'status' | 'start'>, now: Date): ValidationIssue | undefined {
  if (m.status !== 'Held' || Date.parse(m.start) <= now.getTime()) return undefined;
  const at = new Date(m.start);
  return {
    path: ['status'],
    message: `This meeting starts on ${formatUkDate(londonToday(at))} at ${londonClockTime(at)}: its outcomes can be recorded once it has started.`,
  };
}
