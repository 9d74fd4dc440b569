import type { ValidationIssue } from '../common/validationIssue';
import { minutesOfDay } from '../dates/clockTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Weekday } from '../vocabulary';

/**
 * Rules on a PIP (part-time) timetable: hours, overlaps, the school day, the full-time week.
 * Slots touching end-to-start (09:00–10:00 then 10:00–11:00) do not overlap.
 */
export interface SlotTimes {
  day: Weekday;
  start: string;
  end: string;
}

/** Length of a slot in hours (0 when the end is not after the start). */
export function slotHours(slot: SlotTimes): number {
  return Math.max(0, minutesOfDay(slot.end) - minutesOfDay(slot.start)) / 60;
}

/** Hours a week over all slots, to 2 decimal places. */
export function weeklyHours(slots: readonly SlotTimes[]): number {
  let minutes = 0;
  for (const s of slots) minutes += Math.max(0, minutesOfDay(s.end) - minutesOfDay(s.start));
  return Math.round((minutes / 60) * 100) / 100;
}

/** Pairs of slot indexes (i < j) on the same day whose times overlap. */
export function overlappingSlots(slots: readonly SlotTimes[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i];
      const b = slots[j];
      if (a.day !== b.day) continue;
      if (minutesOfDay(a.start) < minutesOfDay(b.end) && minutesOfDay(b.start) < minutesOfDay(a.end)) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** True when the slot starts no earlier and ends no later than the school day in settings. */
export function isInsideSchoolDay(slot: SlotTimes, settings: Pick<SchoolSettings, 'schoolDay'>): boolean {
  return (
    minutesOfDay(slot.start) >= minutesOfDay(settings.schoolDay.start) &&
    minutesOfDay(slot.end) <= minutesOfDay(settings.schoolDay.end)
  );
}

/**
 * Settings-aware issues for a timetable's slots: each slot inside the school day, and the week no longer
 * than settings.fullTimeHours. `path` is the path to the slots array (e.g. ['timetables', 0, 'slots']).
 */
export function timetableSettingsIssues(
  slots: readonly SlotTimes[],
  settings: Pick<SchoolSettings, 'schoolDay' | 'fullTimeHours'>,
  path: (string | number)[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  slots.forEach((slot, i) => {
    if (!isInsideSchoolDay(slot, settings))
      issues.push({
        path: [...path, i, 'start'],
        message: `The session must be within the school day (${settings.schoolDay.start} to ${settings.schoolDay.end})`,
      });
  });
  const hours = weeklyHours(slots);
  if (hours > settings.fullTimeHours)
    issues.push({
      path,
      message: `The timetable is ${hours} hours a week: it cannot be more than the full-time ${settings.fullTimeHours} hours`,
    });
  return issues;
}
