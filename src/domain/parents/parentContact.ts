import { z } from 'zod';
import { choiceOf, isoDateSchema, isoDateTimeSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { londonToday } from '../dates/londonTime';
import { PARENT_CONTACT_KINDS, PARENT_CONTACT_OUTCOMES, type ParentContactOutcome } from '../vocabulary';

/**
 * A contact with a parent or carer about a pupil's attendance (attendance policy: parents call "on the morning of
 * the first day ... with the reason ... and an expected date of return"; the office follows up unexplained absence
 * the same day, then the emergency contact). Who, when, the reason given, the expected return and the outcome;
 * an outcome that leaves the absence unexplained needs the day to follow it up.
 */
export const FOLLOW_UP_OUTCOMES: readonly ParentContactOutcome[] = ['No answer', 'Message left', 'Home visit needed'];

export const parentContactSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    /** When the contact happened (ISO instant). */
    at: isoDateTimeSchema,
    /** The London date of `at` (stored for the day's query; set by parentContactDay). */
    day: isoDateSchema,
    kind: choiceOf(PARENT_CONTACT_KINDS, 'how the contact happened'),
    /** Who was spoken to or wrote: "Jo Carter (mother)". */
    withWhom: requiredText('who you spoke to', 255),
    outcome: choiceOf(PARENT_CONTACT_OUTCOMES, 'the outcome'),
    /** The reason for absence given. */
    reason: optionalText(1000),
    /** The date the parent expects the pupil back. */
    expectedReturn: optionalIsoDateSchema,
    /** The day to contact the family again. */
    followUpOn: optionalIsoDateSchema,
    notes: optionalText(4000),
    recordedBy: requiredText('who recorded the contact'),
  })
  .superRefine((c, ctx) => {
    if (londonToday(new Date(c.at)) !== c.day) ctx.addIssue({ code: 'custom', path: ['day'], message: 'The day must be the London date of the contact' });
    if (c.outcome === 'Reason given' && c.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason for the absence that was given' });
    if (FOLLOW_UP_OUTCOMES.indexOf(c.outcome) >= 0 && c.followUpOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: `The absence is still unexplained: enter the day to follow it up (${c.outcome.toLowerCase()})` });
    if (c.expectedReturn !== undefined && c.expectedReturn < c.day)
      ctx.addIssue({ code: 'custom', path: ['expectedReturn'], message: 'The expected return cannot be before the day of the contact' });
    if (c.followUpOn !== undefined && c.followUpOn < c.day)
      ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'The follow-up cannot be before the day of the contact' });
    if (c.outcome === 'Other' && c.notes === undefined) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Describe the outcome in the notes' });
  });
export type ParentContact = z.infer<typeof parentContactSchema>;
export type ParentContactInput = z.input<typeof parentContactSchema>;

/** The contact with its London day filled in from its instant. */
export function parentContactDay<T extends { readonly at: string }>(c: T): T & { day: IsoDate } {
  return { ...c, day: londonToday(new Date(c.at)) };
}

/** A contact is recorded once it has happened. */
export function parentContactTimeIssue(c: Pick<ParentContact, 'at'>, now: Date): ValidationIssue | undefined {
  return Date.parse(c.at) > now.getTime() ? { path: ['at'], message: 'The contact has not happened yet: record it once it has' } : undefined;
}

/** The latest contact with each pupil's family on `day`, by pupil id (for the first-day calling list). */
export function latestContactsOn<C extends Pick<ParentContact, 'pupilId' | 'day' | 'at'>>(contacts: readonly C[], day: IsoDate): Map<number, C> {
  const out = new Map<number, C>();
  for (const c of contacts) {
    if (c.day !== day) continue;
    const seen = out.get(c.pupilId);
    if (!seen || Date.parse(c.at) > Date.parse(seen.at)) out.set(c.pupilId, c);
  }
  return out;
}

/**
 * The follow-ups due on `day`: contacts whose follow-up falls on it (or earlier and still open), unless a later
 * contact with the same family has happened since. One per pupil (the latest), oldest first.
 */
export function followUpsDue<C extends Pick<ParentContact, 'pupilId' | 'at' | 'followUpOn'>>(contacts: readonly C[], day: IsoDate): C[] {
  const latest = new Map<number, C>();
  for (const c of contacts) {
    const seen = latest.get(c.pupilId);
    if (!seen || Date.parse(c.at) > Date.parse(seen.at)) latest.set(c.pupilId, c);
  }
  return Array.from(latest.values())
    .filter((c) => c.followUpOn !== undefined && c.followUpOn <= day)
    .sort((a, b) => ((a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : (a.followUpOn ?? '') > (b.followUpOn ?? '') ? 1 : Date.parse(a.at) - Date.parse(b.at)));
}

/** "Jo Carter (mother), 09:41: reason given, ill (back 23/11/2026)" — one line for the calling list. */
export function contactSummary(c: Pick<ParentContact, 'withWhom' | 'outcome' | 'reason' | 'expectedReturn' | 'followUpOn'>, time: string): string {
  const parts = [`${c.withWhom}, ${time}: ${c.outcome.toLowerCase()}`];
  if (c.reason) parts.push(c.reason);
  let s = parts.join(', ');
  if (c.expectedReturn) s += ` (back ${formatUkDate(c.expectedReturn)})`;
  if (c.followUpOn) s += `; follow up on ${formatUkDate(c.followUpOn)}`;
  return s;
}
