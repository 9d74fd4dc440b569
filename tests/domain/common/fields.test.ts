import { z } from 'zod';
import {
  academicYearSchema,
  clockTimeSchema,
  emailSchema,
  isoDateSchema,
  optionalIsoDateSchema,
  optionalText,
  phoneSchema,
  requiredIsoDate,
  requiredText,
} from '../../../src/domain/common/fields';
import { issuesOf } from '../helpers';

describe('isoDateSchema', () => {
  it('keeps an ISO date and converts dd/mm/yyyy to ISO', () => {
    expect(isoDateSchema.parse('2026-09-01')).toBe('2026-09-01');
    expect(isoDateSchema.parse('01/09/2026')).toBe('2026-09-01');
    expect(isoDateSchema.parse('1/9/2026')).toBe('2026-09-01');
  });
  it.each(['31/02/2026', '2026-02-30', '2026/09/01', 'next Tuesday', ''])('rejects %p with the dd/mm/yyyy hint', (v) => {
    expect(issuesOf(isoDateSchema, v)).toEqual({ '': ['Enter the date as dd/mm/yyyy'] });
  });
  it('uses a custom message when a required date is missing', () => {
    expect(issuesOf(requiredIsoDate('Enter the start date'), undefined)).toEqual({ '': ['Enter the start date'] });
  });
  it('treats a blank optional date as not given', () => {
    expect(optionalIsoDateSchema.parse('')).toBeUndefined();
    expect(optionalIsoDateSchema.parse(undefined)).toBeUndefined();
  });
});

describe('other fields', () => {
  it('requires text, trimmed', () => {
    expect(requiredText('the first name').parse('  Amara ')).toBe('Amara');
    expect(issuesOf(requiredText('the first name'), '   ')).toEqual({ '': ['Enter the first name'] });
  });
  it('turns blank optional text into undefined', () => {
    expect(z.object({ a: optionalText() }).parse({ a: ' ' })).toEqual({ a: undefined });
  });
  it('checks clock times', () => {
    expect(clockTimeSchema.parse('09:30')).toBe('09:30');
    expect(clockTimeSchema.safeParse('9:30').success).toBe(false);
    expect(clockTimeSchema.safeParse('24:00').success).toBe(false);
  });
  it('checks e-mail addresses', () => {
    expect(emailSchema.parse(' amara.okafor@pathways.example.org ')).toBe('amara.okafor@pathways.example.org');
    expect(issuesOf(emailSchema, 'amara.okafor')).toEqual({
      '': ['Enter an e-mail address in the correct format, like name@example.org'],
    });
  });
  it('checks phone numbers', () => {
    expect(phoneSchema.safeParse('024 7600 0000').success).toBe(true);
    expect(phoneSchema.safeParse('+44 (0)24 7600 0000').success).toBe(true);
    expect(phoneSchema.safeParse('12345').success).toBe(false);
    expect(phoneSchema.safeParse('call the office').success).toBe(false);
  });
  it('checks academic years', () => {
    expect(academicYearSchema.safeParse('2026/27').success).toBe(true);
    expect(academicYearSchema.safeParse('2099/00').success).toBe(true);
    expect(issuesOf(academicYearSchema, '2026/28')).toEqual({ '': ['The academic year must be two consecutive years, like 2026/27'] });
    expect(academicYearSchema.safeParse('2026-27').success).toBe(false);
  });
});
