import { z } from 'zod';
import { choiceOf, emailSchema, isoDateSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { londonToday } from '../dates/londonTime';

/**
 * Pupil and parent voice at reviews (SEND policies 000 and 001: pupils' and parents' views are sought before
 * reviews and recorded; "the student is generally invited"; parents may give their views "in writing, via letter
 * or ... email"; "parties ... who could not attend are provided feedback on the discussion and any actions").
 */
export const VIEW_HOLDERS = ['Pupil', 'Parent or carer'] as const;
export type ViewHolder = (typeof VIEW_HOLDERS)[number];

export const VIEW_METHODS = ['Talked with them', 'At the meeting', 'Letter', 'E-mail', 'Phone call', 'Questionnaire', 'Through an advocate'] as const;
export type ViewMethod = (typeof VIEW_METHODS)[number];

/** The views of the pupil or a parent for one review: whose, given by whom, how and when gathered, and what they said. */
export const reviewViewSchema = z.object({
  whose: choiceOf(VIEW_HOLDERS, 'whose views these are'),
  /** Who gave them: "Sam (pupil)", "Jo Carter (mother)". */
  givenBy: requiredText('who gave the views'),
  how: choiceOf(VIEW_METHODS, 'how the views were gathered'),
  gatheredOn: isoDateSchema,
  views: requiredText('the views in their words', 8000),
  recordedBy: requiredText('who recorded the views'),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

/** Whether an invitee came, and for one who did not, the day the outcome was sent to them. */
export const meetingAttendanceSchema = z
  .object({
    email: emailSchema,
    attended: z.boolean(),
    outcomeSentOn: optionalIsoDateSchema,
  })
  .superRefine((a, ctx) => {
    if (a.attended && a.outcomeSentOn !== undefined)
      ctx.addIssue({ code: 'custom', path: ['outcomeSentOn'], message: 'Only someone who could not attend is sent the outcome' });
  });
export type MeetingAttendance = z.infer<typeof meetingAttendanceSchema>;

interface VoiceMeeting {
  readonly status: string;
  readonly start: string;
  readonly attendees: readonly { readonly email: string; readonly name?: string; readonly kind: string }[];
  readonly views?: readonly Pick<ReviewView, 'whose' | 'gatheredOn'>[];
  readonly attendance?: readonly MeetingAttendance[];
  readonly pupilNotInvitedReason?: string;
}

export interface ReviewVoiceStatus {
  /** Whose views are not recorded yet. */
  readonly missingViews: readonly ViewHolder[];
  /** The pupil is invited (an attendee of kind 'pupil'), or why not; 'not-decided' when neither. */
  readonly pupilInvitation: 'invited' | 'not-invited' | 'not-decided';
  /** Once held: invitees (other than PRU staff) whose attendance is not recorded yet. */
  readonly attendanceToRecord: readonly string[];
  /** Once held: invitees who could not attend and have not been sent the outcome. */
  readonly outcomeToSend: readonly string[];
}

/** What the review still needs for the pupil's and parents' voice and for those who could not attend. */
export function reviewVoiceStatus(m: VoiceMeeting): ReviewVoiceStatus {
  const views = m.views ?? [];
  const attendance = m.attendance ?? [];
  const missingViews = VIEW_HOLDERS.filter((h) => !views.some((v) => v.whose === h));
  const pupilInvitation = m.attendees.some((a) => a.kind === 'pupil') ? 'invited' : m.pupilNotInvitedReason ? 'not-invited' : 'not-decided';
  if (m.status !== 'Held') return { missingViews, pupilInvitation, attendanceToRecord: [], outcomeToSend: [] };
  const external = m.attendees.filter((a) => a.kind !== 'pru-staff');
  const record = (email: string): MeetingAttendance | undefined => attendance.find((a) => a.email.toLowerCase() === email.toLowerCase());
  return {
    missingViews,
    pupilInvitation,
    attendanceToRecord: external.filter((a) => record(a.email) === undefined).map((a) => a.email),
    outcomeToSend: external.filter((a) => record(a.email)?.attended === false && record(a.email)?.outcomeSentOn === undefined).map((a) => a.email),
  };
}

/** Views are gathered before or at the review, never dated ahead of today; attendance is for invitees only. */
export function reviewVoiceIssues(m: VoiceMeeting & { readonly views?: readonly ReviewView[] }, now: Date): ValidationIssue[] {
  const today: IsoDate = londonToday(now);
  const issues: ValidationIssue[] = [];
  (m.views ?? []).forEach((v, i) => {
    if (v.gatheredOn > today) issues.push({ path: ['views', i, 'gatheredOn'], message: `The views are dated ${formatUkDate(v.gatheredOn)}, after today: record them once given` });
  });
  const meetingDay = londonToday(new Date(m.start));
  (m.attendance ?? []).forEach((a, i) => {
    if (!m.attendees.some((x) => x.email.toLowerCase() === a.email.toLowerCase()))
      issues.push({ path: ['attendance', i, 'email'], message: `${a.email} was not invited to this meeting` });
    if (a.outcomeSentOn !== undefined && (a.outcomeSentOn > today || a.outcomeSentOn < meetingDay))
      issues.push({ path: ['attendance', i, 'outcomeSentOn'], message: 'The outcome is sent after the meeting and not after today' });
  });
  if (m.status !== 'Held' && (m.attendance ?? []).length > 0) issues.push({ path: ['attendance'], message: 'Who attended is recorded once the meeting has been held' });
  return issues;
}

/** Optional text: why the pupil is not invited (not appropriate, declined …). */
export const pupilNotInvitedReasonSchema = optionalText(1000);
