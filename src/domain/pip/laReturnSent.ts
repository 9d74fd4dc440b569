import { z } from 'zod';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { choiceOf, isoDateSchema, itemIdSchema, requiredText } from '../common/fields';
import { LA_RETURN_SENT_WAYS } from '../vocabulary';
import type { HalfTerm, LaReturn } from './laReturn';

/**
 * The record of a part-time-timetable return sent to the local authority, kept with the file as it was sent
 * (the 'Pathways LA Returns' library): the period it covers, when, how and to whom it went, who sent it, and the
 * PIPs it listed. Staff record it; the product never sends the return itself.
 */
export const laReturnSentSchema = z
  .object({
    /** The half-term's label, 'Autumn 1 2026/27'. */
    period: requiredText('the period the return covers'),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    sentOn: isoDateSchema,
    how: choiceOf(LA_RETURN_SENT_WAYS, 'how the return was sent'),
    sentTo: requiredText('who the return was sent to (an address, a portal or a name)'),
    sentBy: requiredText('who sent the return'),
    nil: z.boolean(),
    pupilCount: z.number().int().min(0),
    /** The PIPs the return listed (a return due at each agreement is met by one that listed its PIP). */
    pipIds: z.array(itemIdSchema),
    fileName: requiredText('the file name', 250).refine((n) => /\.(csv|xlsx)$/i.test(n) && !/["*:<>?\\|/#%]/.test(n), 'File the return as a .csv or .xlsx file'),
  })
  .superRefine((r, ctx) => {
    if (r.periodEnd < r.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period must end on or after the day it starts' });
    if (r.sentOn < r.periodStart)
      ctx.addIssue({ code: 'custom', path: ['sentOn'], message: `Enter a date sent on or after the period began (${formatUkDate(r.periodStart)})` });
  });
export type LaReturnSent = z.infer<typeof laReturnSentSchema>;

/** What staff enter when they record a return as sent. */
export interface LaReturnSentEntry {
  readonly sentOn: string;
  readonly how: string;
  readonly sentTo: string;
}

/**
 * The record of sending a return made from the screen: the period and the PIPs from the return itself, the
 * file name from the period and the day sent. A date sent in the future is refused (the record says it went).
 */
export function laReturnSentRecord(
  r: Pick<LaReturn, 'halfTerm' | 'nil' | 'rows'> & { readonly pipIds: readonly number[] },
  entry: LaReturnSentEntry,
  sentBy: string,
  today: IsoDate,
  extension: 'csv' | 'xlsx',
): z.SafeParseReturnType<unknown, LaReturnSent> {
  const parsed = laReturnSentSchema.safeParse({
    period: r.halfTerm.label,
    periodStart: r.halfTerm.start,
    periodEnd: r.halfTerm.end,
    sentOn: entry.sentOn,
    how: entry.how,
    sentTo: entry.sentTo,
    sentBy,
    nil: r.nil,
    pupilCount: r.rows.length,
    pipIds: [...r.pipIds],
    fileName: `${laReturnFileStem(r.halfTerm)} sent ${typeof entry.sentOn === 'string' ? entry.sentOn.replace(/\//g, '-') : ''}.${extension}`,
  });
  const day = isoDateSchema.safeParse(entry.sentOn);
  if (day.success && day.data > today) {
    const future: z.ZodIssue = { code: 'custom', path: ['sentOn'], message: 'The date sent cannot be in the future' };
    return { success: false, error: new z.ZodError([future, ...(parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] !== 'sentOn'))]) };
  }
  if (parsed.success) return { success: true, data: { ...parsed.data, fileName: `${laReturnFileStem(r.halfTerm)} sent ${parsed.data.sentOn}.${extension}` } };
  return parsed;
}

/** 'Part-time timetables Autumn 1 2026-27' (no '/' in a file name). */
export const laReturnFileStem = (halfTerm: Pick<HalfTerm, 'label'>): string => `Part-time timetables ${halfTerm.label.replace(/\//g, '-')}`;

/** The records of one period, newest first. */
export function sentFor(period: string, sent: readonly Pick<LaReturnSent, 'period' | 'sentOn'>[]): Pick<LaReturnSent, 'period' | 'sentOn'>[] {
  return sent.filter((s) => s.period === period).sort((a, b) => (a.sentOn < b.sentOn ? 1 : a.sentOn > b.sentOn ? -1 : 0));
}
