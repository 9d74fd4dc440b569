import { currentTimetable, pipSchema, timetableOn } from '../../../src/domain/pip/pip';
import { issuesOf } from '../helpers';
import { pip, slots } from './fixtures';

describe('Pip (Appendix 1)', () => {
  it('accepts a complete active PIP', () => {
    expect(issuesOf(pipSchema, pip)).toEqual({});
  });
  it('requires the planned end date after the start date', () => {
    expect(issuesOf(pipSchema, { ...pip, plannedEndDate: '2026-01-12' })).toEqual({
      plannedEndDate: ['Planned end date must be after the start date'],
    });
    expect(issuesOf(pipSchema, { ...pip, plannedEndDate: undefined })).toEqual({ plannedEndDate: ['Enter the date as dd/mm/yyyy'] });
  });
  it('cannot be active without the parent/carer agreement or a timetable', () => {
    expect(issuesOf(pipSchema, { ...pip, parentSignOff: undefined })).toEqual({
      parentSignOff: ['A PIP cannot be active until the parent/carer agreement is recorded (name and date)'],
    });
    expect(issuesOf(pipSchema, { ...pip, timetables: [] })).toEqual({ timetables: ['Add the timetable before making the PIP active'] });
    expect(issuesOf(pipSchema, { ...pip, status: 'Draft', parentSignOff: undefined, timetables: [] })).toEqual({});
  });
  it('needs 1 to 3 targets and at least one reason', () => {
    expect(issuesOf(pipSchema, { ...pip, targets: [] })).toEqual({ targets: ['Add at least one target'] });
    expect(issuesOf(pipSchema, { ...pip, targets: ['a', 'b', 'c', 'd'] })).toEqual({ targets: ['A PIP has at most three targets'] });
    expect(issuesOf(pipSchema, { ...pip, reasons: [] })).toEqual({ reasons: ['Choose at least one reason for the PIP'] });
    expect(issuesOf(pipSchema, { ...pip, reasons: ['Behaviour'] })).toEqual({ 'reasons.0': ['Choose a reason'] });
  });
  it('checks interventions', () => {
    const dup = [...pip.interventions, { intervention: 'Home visits', inPlace: true }];
    expect(issuesOf(pipSchema, { ...pip, interventions: dup })).toEqual({ 'interventions.2.intervention': ['Home visits is listed twice'] });
    expect(issuesOf(pipSchema, { ...pip, interventions: [{ intervention: 'Outdoor learning', inPlace: false, completedOn: '2026-01-05' }] })).toEqual({
      'interventions.0.completedOn': ['A completion date can only be given for an intervention that is in place'],
    });
  });
  it('keeps timetables in date order from the start', () => {
    const later = { effectiveFrom: '2026-02-02', slots };
    expect(issuesOf(pipSchema, { ...pip, timetables: [pip.timetables[0], later] })).toEqual({});
    expect(issuesOf(pipSchema, { ...pip, timetables: [later, pip.timetables[0]] })).toEqual({
      'timetables.1.effectiveFrom': ['Each new timetable must start after the previous one'],
    });
    expect(issuesOf(pipSchema, { ...pip, timetables: [{ effectiveFrom: '2026-01-05', slots }] })).toEqual({
      'timetables.0.effectiveFrom': ['A timetable cannot start before the PIP start date'],
    });
  });
  it('finds the timetable in force on a date', () => {
    const t = [{ effectiveFrom: '2026-01-12' }, { effectiveFrom: '2026-02-02' }];
    expect(timetableOn(t, '2026-01-30')?.effectiveFrom).toBe('2026-01-12');
    expect(timetableOn(t, '2026-02-02')?.effectiveFrom).toBe('2026-02-02');
    expect(timetableOn(t, '2026-01-01')).toBeUndefined();
    expect(currentTimetable(t)?.effectiveFrom).toBe('2026-02-02');
  });
});
