import { checkPenaltyThreshold, type MarkForPenalty } from '../../../src/domain/attendance/penaltyThreshold';
import { addDays } from '../../../src/domain/dates/isoDates';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import type { Session } from '../../../src/domain/vocabulary';

const s = DEFAULT_SETTINGS;

/** `n` sessions with `code` from the Monday `monday`, AM then PM, Monday to Friday. */
function inWeek(monday: string, n: number, code = 'O'): MarkForPenalty[] {
  const out: MarkForPenalty[] = [];
  for (let i = 0; i < n; i++) out.push({ date: addDays(monday, Math.floor(i / 2)), session: (i % 2 === 0 ? 'AM' : 'PM') as Session, code });
  return out;
}

// Autumn 2025 school weeks: 08/09 (index 1 after the 01/09 week) … half-term week 27/10 is a holiday.
describe('penalty notice threshold: 10 G/N/O/U sessions in 10 school weeks', () => {
  it('is met by 10 sessions in one week, returning them', () => {
    const r = checkPenaltyThreshold(inWeek('2025-09-08', 10), s);
    expect(r.met).toBe(true);
    expect(r.sessions).toHaveLength(10);
    expect(r.windowFirstWeek).toBe('2025-09-08');
  });
  it('is not met by 9 sessions', () => {
    const r = checkPenaltyThreshold(inWeek('2025-09-08', 9), s);
    expect(r.met).toBe(false);
    expect(r.highestCountInAnyWindow).toBe(9);
    expect(r.sessions).toEqual([]);
  });
  it('counts G, N, O and U in any mix, but not authorised or not-possible codes', () => {
    const mixed = [...inWeek('2025-09-08', 3, 'G'), ...inWeek('2025-09-15', 3, 'N'), ...inWeek('2025-09-22', 2, 'U'), ...inWeek('2025-09-29', 2, 'O')];
    expect(checkPenaltyThreshold(mixed, s).met).toBe(true);
    const authorised = [...inWeek('2025-09-08', 9), ...inWeek('2025-09-15', 4, 'I'), ...inWeek('2025-09-22', 4, 'C2'), ...inWeek('2025-09-29', 2, 'Y1')];
    expect(checkPenaltyThreshold(authorised, s).met).toBe(false);
  });
  it('is met across the 1st and 10th school weeks, not the 1st and 11th', () => {
    // School weeks from 08/09: 08/09, 15/09, 22/09, 29/09, 06/10, 13/10, 20/10, [27/10 half-term], 03/11, 10/11, 17/11, 24/11
    expect(checkPenaltyThreshold([...inWeek('2025-09-08', 5), ...inWeek('2025-11-10', 5)], s).met).toBe(true);
    expect(checkPenaltyThreshold([...inWeek('2025-09-08', 5), ...inWeek('2025-11-17', 5)], s).met).toBe(true);
    const r = checkPenaltyThreshold([...inWeek('2025-09-08', 5), ...inWeek('2025-11-24', 5)], s);
    expect(r.met).toBe(false);
    expect(r.highestCountInAnyWindow).toBe(5);
  });
  it('skips the half-term holiday week: 11 calendar weeks can be 10 school weeks', () => {
    const r = checkPenaltyThreshold([...inWeek('2025-09-08', 5), ...inWeek('2025-11-17', 5)], s);
    expect(r.windowFirstWeek).toBe('2025-09-08');
    expect(r.windowLastWeek).toBe('2025-11-17');
  });
  it('spans the Christmas holiday into the spring term', () => {
    // Last autumn week 15/12; spring starts 05/01 (closure), so 05/01 week is a school week.
    expect(checkPenaltyThreshold([...inWeek('2025-12-15', 5), ...inWeek('2026-01-05', 5)], s).met).toBe(true);
  });
  it('reports the earliest window with the sessions in order', () => {
    const marks = [...inWeek('2025-09-22', 6), ...inWeek('2025-09-08', 4), ...inWeek('2025-11-24', 10)];
    const r = checkPenaltyThreshold(marks, s);
    expect(r.met).toBe(true);
    expect(r.sessions[0].date).toBe('2025-09-08');
    expect(r.sessions[9].date).toBe('2025-09-24');
  });
  it('follows the threshold in settings', () => {
    const stricter = { ...s, penaltyThreshold: { sessions: 4, schoolWeeks: 2, codes: ['G'] } };
    expect(checkPenaltyThreshold(inWeek('2025-09-08', 4, 'G'), stricter).met).toBe(true);
    expect(checkPenaltyThreshold(inWeek('2025-09-08', 4, 'O'), stricter).met).toBe(false);
  });
});
