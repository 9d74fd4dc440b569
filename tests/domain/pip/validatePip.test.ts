import { pipSchema } from '../../../src/domain/pip/pip';
import { validatePip } from '../../../src/domain/pip/validatePip';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { pip, slots } from './fixtures';

describe('validatePip (settings-aware rules)', () => {
  it('passes a PIP within the school day and the full-time hours', () => {
    expect(validatePip(pipSchema.parse(pip), DEFAULT_SETTINGS)).toEqual([]);
  });
  it('flags a slot outside the school day, keyed to the slot', () => {
    const early = { ...pip, timetables: [{ effectiveFrom: '2026-01-12', slots: [{ ...slots[0], start: '08:30' }] }] };
    expect(validatePip(pipSchema.parse(early), DEFAULT_SETTINGS)).toEqual([
      { path: ['timetables', 0, 'slots', 0, 'start'], message: 'The session must be within the school day (09:00 to 15:15)' },
    ]);
  });
  it('flags a week over the full-time hours from settings', () => {
    const parsed = pipSchema.parse(pip); // 5.5 hours
    expect(validatePip(parsed, { ...DEFAULT_SETTINGS, fullTimeHours: 5 })).toHaveLength(1);
    expect(validatePip(parsed, { ...DEFAULT_SETTINGS, fullTimeHours: 5.5 })).toEqual([]);
  });
});
