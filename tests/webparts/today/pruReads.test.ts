/**
 * @jest-environment jsdom
 */
/**
 * Today's PRU reads start before the settings arrive (one round trip), with a guess at the school calendar; settling
 * keeps exactly what the school's calendar asks for and reads again only what the guess missed. Default settings:
 * autumn half-term 26/10–30/10/2026.
 */
import { DEFAULT_SETTINGS, type ParentContact } from '../../../src/domain';
import { GUESSED_WINDOW_WEEKS, settlePruReads, startPruReads } from '../../../src/webparts/today/components/pruReads';
import { loadToday } from '../../../src/webparts/today/components/loadToday';
import { createFakeServices } from '../../support/fakeServices';
import { parentContactRecord } from '../../support/attendanceFollowUpBuilders';

function spied(today: string, parentContacts: ParentContact[] = []) {
  const services = createFakeServices({ now: new Date(`${today}T10:00:00Z`), parentContacts });
  return {
    services,
    followUps: jest.spyOn(services.parentContacts, 'followUpsDue'),
    onDay: jest.spyOn(services.behaviourLog, 'incidentsOn'),
    register: jest.spyOn(services.attendance, 'register'),
    year: jest.spyOn(services.attendance, 'marksForYear'),
  };
}

describe("Today's PRU reads: guessed before the settings, settled by them", () => {
  it('guesses with the default settings’ penalty window', () => {
    expect(GUESSED_WINDOW_WEEKS).toBe(DEFAULT_SETTINGS.penaltyThreshold.schoolWeeks);
  });

  it('an ordinary Friday: nothing read twice, nothing read after the settings', async () => {
    const s = spied('2026-11-20');
    const reads = startPruReads(s.services, '2026-11-20');
    const asked = [s.followUps.mock.calls.length, s.onDay.mock.calls.length, s.register.mock.calls.length, s.year.mock.calls.length];
    const settled = await settlePruReads(s.services, reads, DEFAULT_SETTINGS);
    expect(asked).toEqual([1, 2, 2, 1]);
    expect([s.followUps.mock.calls.length, s.onDay.mock.calls.length, s.register.mock.calls.length, s.year.mock.calls.length]).toEqual(asked);
    expect(s.onDay.mock.calls).toEqual([['2026-11-20'], ['2026-11-19']]);
    expect(s.year.mock.calls).toEqual([['2026/27']]);
    expect(settled.am).toBeDefined();
    expect(settled.problems).toEqual([]);
  });

  it('the Friday before half-term: the follow-ups due by the Monday after it are read again, and only those kept', async () => {
    const s = spied('2026-10-23', [
      { ...parentContactRecord(1, { at: '2026-10-21T09:00:00Z', followUpOn: '2026-10-28' }), day: '2026-10-21' },
      { ...parentContactRecord(2, { at: '2026-10-21T09:10:00Z', followUpOn: '2026-11-03' }), day: '2026-10-21' },
    ]);
    const settled = await settlePruReads(s.services, startPruReads(s.services, '2026-10-23'), DEFAULT_SETTINGS);
    expect(s.followUps.mock.calls.map((c: unknown[]) => c[0])).toEqual(['2026-10-30', '2026-11-02']);
    expect(settled.followUps.items.map((c) => c.pupilId)).toEqual([1]);
  });

  it('the Monday after half-term: the school day before (23/10) is read after the settings; the guessed Friday is not used', async () => {
    const s = spied('2026-11-02');
    await settlePruReads(s.services, startPruReads(s.services, '2026-11-02'), DEFAULT_SETTINGS);
    expect(s.onDay.mock.calls).toEqual([['2026-11-02'], ['2026-10-30'], ['2026-10-23']]);
  });

  it('a weekday holiday: the registers guessed are dropped; early autumn: last year’s marks are asked at once', async () => {
    const s = spied('2026-10-28');
    const settled = await settlePruReads(s.services, startPruReads(s.services, '2026-10-28'), DEFAULT_SETTINGS);
    expect(settled.am).toBeUndefined();
    expect(settled.pm).toBeUndefined();
    expect(s.year.mock.calls).toEqual([['2026/27'], ['2025/26']]);
  });

  it('home-school staff: the first time, the PRU’s reads are asked and dropped; seen before on this site, not asked at all', async () => {
    window.localStorage.clear();
    const services = createFakeServices({ now: new Date('2026-11-20T10:00:00Z'), pruStaff: false, permissions: [] });
    const register = jest.spyOn(services.attendance, 'register');
    const first = await loadToday(services);
    expect(register).toHaveBeenCalledTimes(2);
    expect([first.pru, first.followUps, first.failedNotifications, first.incidents, first.problems]).toEqual([false, [], [], [], []]);
    await loadToday(services);
    expect(register).toHaveBeenCalledTimes(2);
  });
});
