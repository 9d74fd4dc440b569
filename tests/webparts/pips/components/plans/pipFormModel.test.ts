import { checkPip, DEFAULT_SETTINGS } from '../../../../../src/domain';
import { emptyForm, formKey, formOf, toPipInput } from '../../../../../src/webparts/pips/components/plans/pipFormModel';
import { SAM_PIP } from '../pipFixtures';

describe('PIP form model', () => {
  it('round-trips a PIP through the form (dates as dd/mm/yyyy)', () => {
    const form = formOf(SAM_PIP);
    expect(form.startDate).toBe('07/09/2026');
    expect(form.parentSignOff).toEqual({ name: 'Jo Carter', date: '03/09/2026', relationship: 'Mother', method: 'Recorded in Pathways Hub', fileId: undefined, recordedBy: 'Rowan Hale' });
    const check = checkPip(toPipInput(form, SAM_PIP), DEFAULT_SETTINGS);
    expect(check.issues).toEqual([]);
    expect(check.pip).toMatchObject({ id: 1, startDate: '2026-09-07', timetables: SAM_PIP.timetables, parentSignOff: SAM_PIP.parentSignOff });
  });

  it('keeps the timetable history and edits only the latest timetable', () => {
    const reviewed = { ...SAM_PIP, timetables: [...SAM_PIP.timetables, { effectiveFrom: '2026-10-19', slots: SAM_PIP.timetables[0].slots.slice(0, 1) }] };
    const form = { ...formOf(reviewed), startDate: '31/08/2026' };
    expect(form.slots).toHaveLength(1);
    const input = toPipInput({ ...form, slots: [...form.slots, { day: 'Friday', start: '09:30', end: '11:00', location: 'Centre', curriculum: 'Art' }] }, reviewed) as {
      timetables: { effectiveFrom: string; slots: unknown[] }[];
    };
    expect(input.timetables.map((t) => [t.effectiveFrom, t.slots.length])).toEqual([
      ['2026-09-07', 2],
      ['2026-10-19', 2],
    ]);
  });

  it('starts a new PIP’s timetable on its start date, and leaves blank sign-offs out', () => {
    const f = { ...emptyForm(), pupilId: 3, startDate: '02/11/2026', slots: [{ day: 'Monday' as const, start: '09:30', end: '11:30', location: 'Centre', curriculum: 'Maths' }] };
    const input = toPipInput(f) as Record<string, unknown>;
    expect(input.timetables).toEqual([{ effectiveFrom: '02/11/2026', slots: f.slots }]);
    expect(input.parentSignOff).toBeUndefined();
    expect(input.communication).toBeUndefined();
    expect((input.interventions as unknown[]).length).toBe(10);
  });

  it('maps record paths to the form’s fields', () => {
    expect(formKey(['timetables', 1, 'slots', 2, 'start'], 1)).toBe('slots.2.start');
    expect(formKey(['timetables', 1, 'slots'], 1)).toBe('slots');
    expect(formKey(['timetables', 0, 'slots', 0, 'start'], 1)).toBe('timetables.0.slots.0.start');
    expect(formKey(['targets', 3], 0)).toBe('targets');
    expect(formKey(['parentSignOff', 'date'], 0)).toBe('parentSignOff.date');
  });
});
