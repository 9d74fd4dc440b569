import { pipTimetableSchema, timetableSlotSchema, weekSlotsSchema } from '../../../src/domain/pip/timetableSlot';
import { issuesOf } from '../helpers';
import { slots } from './fixtures';

describe('timetable slot schema', () => {
  it('accepts a slot and rejects an end not after the start', () => {
    expect(issuesOf(timetableSlotSchema, slots[0])).toEqual({});
    expect(issuesOf(timetableSlotSchema, { ...slots[0], end: '09:30' })).toEqual({ end: ['The end time must be after the start time'] });
  });
  it('rejects weekend days and malformed times without throwing', () => {
    expect(issuesOf(timetableSlotSchema, { ...slots[0], day: 'Saturday' })).toEqual({ day: ['Choose a day from Monday to Friday'] });
    expect(issuesOf(weekSlotsSchema, [{ ...slots[0], start: '9.30' }, slots[1]])).toEqual({
      '0.start': ['Enter the time as HH:MM (24-hour clock), for example 09:30'],
    });
  });
  it('rejects overlapping slots on a day and allows touching ones', () => {
    const touching = [slots[0], { ...slots[0], start: '11:30', end: '12:00' }];
    expect(issuesOf(weekSlotsSchema, touching)).toEqual({});
    const overlapping = [slots[0], { ...slots[0], start: '11:00', end: '12:00' }];
    expect(issuesOf(weekSlotsSchema, overlapping)).toEqual({ '1.start': ['This session overlaps another on Monday (09:30 to 11:30)'] });
  });
  it('needs a start date for a timetable', () => {
    expect(issuesOf(pipTimetableSchema, { slots })).toEqual({ effectiveFrom: ['Enter the date as dd/mm/yyyy'] });
  });
});
