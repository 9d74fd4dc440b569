import { z } from 'zod';
import { type IsoDate } from '../dates/isoDates';
import { isoDateSchema } from '../common/fields';
import type { HalfTerm, LaReturn } from './laReturn';
import { laReturnSentSchema, type LaReturnSent } from './laReturnSent';

/**
 * Recording a return as sent, from the PIPs' LA return tab: apart from the record's schema (laReturnSent.ts), which
 * Today's LA-return reminder reads with, so Today's first screen does not load how a record is made (issue 18).
 */

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
