import { z } from 'zod';
import { choiceOf, clockTimeSchema, emailSchema, isoDateSchema, isoDateTimeSchema, itemIdSchema } from '../common/fields';
import { isWeekday } from '../dates/isoDates';
import { SESSIONS } from '../vocabulary';
import { findCode, isSelectableCode } from './codes';

/** A register code that may be entered now, with a message that helps when it cannot. */
export const attendanceCodeValueSchema = z
  .string({ required_error: 'Choose an attendance code' })
  .superRefine((code, ctx) => {
    if (isSelectableCode(code)) return;
    const known = findCode(code);
    ctx.addIssue({
      code: 'custom',
      message: known
        ? `Code ${code} was withdrawn in August 2024: use G for holiday not agreed or C for leave in exceptional circumstances`
        : `'${code}' is not an attendance code: choose one from the list`,
    });
  });

/** One register entry: a pupil, a date and a session, with its code. */
export const attendanceMarkSchema = z
  .object({
    pupilId: itemIdSchema,
    date: isoDateSchema,
    session: choiceOf(SESSIONS, 'AM or PM'),
    code: attendanceCodeValueSchema,
    minutesLate: z.number().int('Enter whole minutes').min(0, 'Minutes late cannot be negative').optional(),
    arrivalTime: clockTimeSchema.optional(),
    recordedBy: emailSchema,
    recordedAt: isoDateTimeSchema,
    /** Why a mark entered before its session is known ahead (advanceMarks.ts): "INSET day", "leave agreed on …". */
    note: z.string().trim().max(255, 'Keep the reason to 255 characters').optional(),
  })
  .superRefine((m, ctx) => {
    if (!isWeekday(m.date))
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Registers are only taken on weekdays' });
    const late = m.code === 'L' || m.code === 'U';
    if (!late && m.minutesLate !== undefined)
      ctx.addIssue({ code: 'custom', path: ['minutesLate'], message: 'Minutes late can only be recorded with code L or U' });
    if (!late && m.arrivalTime !== undefined)
      ctx.addIssue({ code: 'custom', path: ['arrivalTime'], message: 'An arrival time can only be recorded with code L or U' });
  });
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;
