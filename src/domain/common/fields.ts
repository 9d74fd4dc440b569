import { z } from 'zod';
import { parseUkDate, isValidIsoDate } from '../dates/isoDates';

/**
 * Building blocks shared by every record schema.
 * Record-level rules (superRefine on an object) run when every field has at least parsed; date and time
 * format errors are fatal so those rules never see a malformed date or time. Messages are written for staff, in en-GB.
 * Dates in the domain are ISO strings (yyyy-mm-dd); the date schema also accepts what staff type (dd/mm/yyyy)
 * and converts it to ISO.
 */

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** SharePoint item id: a positive whole number. */
export const itemIdSchema = z
  .number({ required_error: 'Choose a record', invalid_type_error: 'Choose a record' })
  .int('Choose a record')
  .positive('Choose a record');

/** Text that must be filled in. `what` is used in the message: 'Enter the first name'. */
export const requiredText = (what: string, max = 255) =>
  z
    .string({ required_error: `Enter ${what}`, invalid_type_error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Use ${max} characters or fewer`);

/** Longer text (notes) that must be filled in. */
export const requiredNote = (what: string) => requiredText(what, 20000);

/** Optional text: blank becomes undefined. */
export const optionalText = (max = 20000) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Use ${max} characters or fewer`).optional());

/**
 * ISO calendar date (yyyy-mm-dd), required. Also accepts dd/mm/yyyy as typed by staff and converts it.
 * `missingMessage` is shown when it is left blank ('Enter the date as dd/mm/yyyy' by default).
 */
export const requiredIsoDate = (missingMessage = 'Enter the date as dd/mm/yyyy') =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const t = v.trim();
      if (t === '') return undefined;
      if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return parseUkDate(t) ?? t;
      return t;
    },
    z
      .string({ required_error: missingMessage, invalid_type_error: 'Enter the date as dd/mm/yyyy' })
      // Fatal, so record-level rules (which compare dates) only run on real dates.
      .superRefine((v, ctx) => {
        if (!isValidIsoDate(v)) ctx.addIssue({ code: 'custom', message: 'Enter the date as dd/mm/yyyy', fatal: true });
      }),
  );

export const isoDateSchema = requiredIsoDate();

export const optionalIsoDateSchema = z.preprocess(blankToUndefined, isoDateSchema.optional());

/** A moment in time with its offset, e.g. 2026-03-02T09:05:00Z or 2026-03-02T09:05:00+01:00. */
export const isoDateTimeSchema = z
  .string({ required_error: 'Enter a date and time', invalid_type_error: 'Enter a date and time' })
  .datetime({ offset: true, message: 'Enter a date and time' });

/** 24-hour clock time HH:MM. */
export const clockTimeSchema = z
  .string({ required_error: 'Enter the time as HH:MM', invalid_type_error: 'Enter the time as HH:MM' })
  // Fatal, so record-level rules (which do arithmetic on times) only run on real times.
  .superRefine((v, ctx) => {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v))
      ctx.addIssue({ code: 'custom', message: 'Enter the time as HH:MM (24-hour clock), for example 09:30', fatal: true });
  });

export const emailSchema = z
  .string({ required_error: 'Enter an e-mail address', invalid_type_error: 'Enter an e-mail address' })
  .trim()
  .min(1, 'Enter an e-mail address')
  .email('Enter an e-mail address in the correct format, like name@example.org');

export const optionalEmailSchema = z.preprocess(blankToUndefined, emailSchema.optional());

/** A UK or international phone number: digits, spaces, brackets, dashes, an optional leading +; 10 to 15 digits. */
export const phoneSchema = z
  .string({ invalid_type_error: 'Enter a phone number' })
  .trim()
  .regex(/^\+?[\d\s()-]+$/, 'Enter a phone number, like 024 7600 0000')
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 10 && digits <= 15;
  }, 'Enter a phone number, like 024 7600 0000');

export const optionalPhoneSchema = z.preprocess(blankToUndefined, phoneSchema.optional());

/** A percentage from 0 to 100. */
export const percentSchema = z
  .number({ invalid_type_error: 'Enter a percentage from 0 to 100' })
  .min(0, 'Enter a percentage from 0 to 100')
  .max(100, 'Enter a percentage from 0 to 100');

/** Academic year written 'YYYY/YY', e.g. '2026/27' (the second year must follow the first). */
export const academicYearSchema = z
  .string({ required_error: 'Enter the academic year, like 2026/27' })
  .regex(/^\d{4}\/\d{2}$/, 'Enter the academic year, like 2026/27')
  .refine((v) => {
    const first = Number(v.slice(0, 4));
    return (first + 1) % 100 === Number(v.slice(5));
  }, 'The academic year must be two consecutive years, like 2026/27');

/** A sign-off on a form: who signed and when. */
export const signOffSchema = z.object({
  name: requiredText('the name of the person who signed'),
  date: isoDateSchema,
});
export type SignOff = z.infer<typeof signOffSchema>;

/** Enum with a staff-readable message. */
export const choiceOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values as unknown as [T[number], ...T[number][]], {
    errorMap: () => ({ message: `Choose ${what}` }),
  });
