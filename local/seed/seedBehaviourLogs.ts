/**
 * Seeds demo behaviour and engagement logs through the production repository (services.behaviourLog.add), as a
 * teacher logging lessons would: each entry lands in the pupil's folder, passes the same validation and is refused
 * if dated ahead. Deterministic: the first pupils on roll with a home school get two lessons a week for the three
 * school weeks before the demo date (engagement rising as the placement settles) and, for every other one, one
 * incident with what, where, who, the action and the outcome; the second pupil also has one on the last lesson day
 * before the demo date (Today's recent incidents). Fictional throughout.
 */
import type { IServices } from '../../src/composition/IServices';
import { addDays, DEFAULT_SEMH_INDICATORS, isSchoolDay, londonOffsetMinutes, type BehaviourLogEntry, type SchoolSettings } from '../../src/domain';
import { DEMO_SETTINGS } from '../demo/calendar';
import { PRU_STAFF } from '../demo/staff';
import type { DemoData } from '../demo/types';

const PUPILS = 6;
const LESSONS: readonly { lesson: string; subject: string }[] = [
  { lesson: 'Maths', subject: 'Maths' },
  { lesson: 'English', subject: 'English' },
  { lesson: 'Science', subject: 'Science' },
  { lesson: 'Outdoor learning', subject: 'Outdoor learning' },
];

/** The UTC instant of a London clock time on a day. */
function londonAt(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  return new Date(guess.getTime() - londonOffsetMinutes(guess) * 60_000).toISOString();
}

function teacherOf(subject: string): string {
  return (PRU_STAFF.find((s) => s.subjects.includes(subject)) ?? PRU_STAFF[0]).email;
}

export type DemoBehaviourEntry = { readonly pupilKey: string; readonly entry: Omit<BehaviourLogEntry, 'day' | 'pupilId'> };

/** The demo entries, oldest first, for the school days in the three weeks before `today` (settings' calendar). */
export function demoBehaviourEntries(data: Pick<DemoData, 'pupils'>, today: string, settings: Pick<SchoolSettings, 'terms' | 'closures'>): DemoBehaviourEntry[] {
  const pupils = data.pupils.filter((p) => p.homeSchoolUrn !== undefined && p.pupil.leavingDate === undefined && p.pupil.enrolmentDate < addDays(today, -21)).slice(0, PUPILS);
  const days: string[] = [];
  for (let d = addDays(today, -21); d < today; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if ((weekday === 2 || weekday === 4) && isSchoolDay(d, settings)) days.push(d);
  }
  const out: DemoBehaviourEntry[] = [];
  pupils.forEach((p, n) => {
    days.forEach((day, i) => {
      const { lesson, subject } = LESSONS[(n + i) % LESSONS.length];
      const engagement = Math.min(5, 2 + (Math.floor((i + n) / 2) % 4));
      out.push({
        pupilKey: p.key,
        entry: {
          kind: 'Engagement',
          at: londonAt(day, '10:15'),
          lessonKind: n % 3 === 0 ? '1:1 lesson' : 'Group lesson',
          lesson,
          engagement,
          indicators: [DEFAULT_SEMH_INDICATORS[(n + i) % 4], ...(engagement <= 2 ? [DEFAULT_SEMH_INDICATORS[7]] : [])],
          recordedBy: teacherOf(subject),
        },
      });
    });
    if (n % 2 === 0 && days.length > 1)
      out.push({
        pupilKey: p.key,
        entry: {
          kind: 'Incident',
          at: londonAt(days[1], '13:40'),
          lessonKind: 'Group lesson',
          lesson: 'Science',
          indicators: [DEFAULT_SEMH_INDICATORS[8]],
          what: 'Left the lesson after a disagreement about sharing equipment',
          where: 'Science room, then the corridor',
          involved: 'The pupil, another pupil and the teaching assistant',
          action: 'Offered the calm room; the lead tutor talked it through',
          outcome: 'Returned after ten minutes and finished the practical',
          recordedBy: teacherOf('Science'),
        },
      });
    // The last lesson day before the demo date: one recent incident, which Today lists for follow-up.
    if (n === 1 && days.length > 0)
      out.push({
        pupilKey: p.key,
        entry: {
          kind: 'Incident',
          at: londonAt(days[days.length - 1], '11:20'),
          lessonKind: 'Group lesson',
          lesson: 'English',
          indicators: [DEFAULT_SEMH_INDICATORS[8]],
          what: 'Refused to join the reading group and left the room',
          where: 'English room, then the calm room',
          involved: 'The pupil and the class teacher',
          action: 'Given time in the calm room; the teacher checked in after ten minutes',
          outcome: 'Rejoined for the last part of the lesson; the lead tutor to speak to home',
          recordedBy: teacherOf('English'),
        },
      });
  });
  return out.sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : 0));
}

export async function seedBehaviourLogs(
  services: Pick<IServices, 'behaviourLog'>,
  data: Pick<DemoData, 'pupils' | 'today'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<number> {
  const entries = demoBehaviourEntries(data, data.today, DEMO_SETTINGS);
  log(`Seeding ${entries.length} behaviour and engagement log entries…`);
  for (const { pupilKey, entry } of entries) {
    const pupilId = pupilIds.get(pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo behaviour log: pupil ${pupilKey} was not seeded`);
    await services.behaviourLog.add({ ...entry, pupilId }, pupilRef);
  }
  return entries.length;
}
