import { z } from 'zod';
import { choiceOf, emailSchema, isoDateTimeSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import { MEETING_KINDS, MEETING_STATUSES } from '../vocabulary';

export const ATTENDEE_KINDS = ['pru-staff', 'home-school', 'parent', 'agency'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

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

/** A review meeting, with its Outlook event and Teams link once booked. */
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
    attendees: z.array(meetingAttendeeSchema).default([]),
    outcomes: z.array(requiredText('the outcome', 2000)).default([]),
    actions: z.array(meetingActionSchema).default([]),
    notes: optionalText(),
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
    if (m.status === 'Scheduled' && m.attendees.length === 0)
      ctx.addIssue({ code: 'custom', path: ['attendees'], message: 'Invite at least one person before scheduling the meeting' });
  });
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;
