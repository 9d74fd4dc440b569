/**
 * Seeds the demo's calls home through the production repository (services.parentContacts.add), as the attendance
 * officer records them in the register's "Contact with home" form: every rule of the form's schema, nothing dated
 * ahead, each in the pupil's folder. The story follows the demo marks: each unexplained absence (N) in the school
 * days before the demo date, in the week of it or the week before, gets a call after that register closed —
 *   - the first: no answer, to follow up on the next school day (still open on the demo date, so Today lists it);
 *   - the second: no answer, then the parent rang back the next school day with the reason (answered: not listed);
 *   - the third: a home visit needed, to follow up on the school day after the demo date (Today lists it);
 * and so on in turn. Fictional throughout (the pupil's own demo parent).
 */
import type { IServices } from '../../src/composition/IServices';
import { addDays, addSchoolDays, clockTimeFromMinutes, isSchoolDay, londonWallTimeToIso, minutesOfDay, mondayOf, type ParentContact, type SchoolSettings } from '../../src/domain';
import { DEMO_SETTINGS } from '../demo/calendar';
import { ATTENDANCE_OFFICER } from '../demo/staff';
import type { DemoData } from '../demo/types';
import { connectAs, type LocalConnection } from './localConnection';

export type DemoParentContact = { readonly pupilKey: string; readonly contact: Omit<ParentContact, 'day' | 'pupilId'> };

/** The demo's calls home, oldest first, for the N marks of school days from the Monday of the week before `today` up to the day before. */
export function demoParentContacts(
  data: Pick<DemoData, 'pupils' | 'attendanceMarks'>,
  today: string,
  settings: Pick<SchoolSettings, 'terms' | 'closures' | 'sessions'>,
): DemoParentContact[] {
  const from = addDays(mondayOf(today), -7);
  const absences = data.attendanceMarks
    .filter((m) => m.mark.code === 'N' && m.mark.date >= from && m.mark.date < today && isSchoolDay(m.mark.date, settings))
    .sort((a, b) => (a.mark.date + a.mark.session + a.pupilKey < b.mark.date + b.mark.session + b.pupilKey ? -1 : 1));
  const seen = new Set<string>();
  const out: DemoParentContact[] = [];
  let n = 0;
  for (const { pupilKey, mark } of absences) {
    const pupil = data.pupils.find((p) => p.key === pupilKey);
    if (!pupil || seen.has(pupilKey)) continue;
    seen.add(pupilKey);
    const withWhom = `${pupil.pupil.parentName ?? 'The parent'} (${pupil.parentRelationship.toLowerCase()})`;
    // Called ten minutes after the register closed.
    const at = londonWallTimeToIso(mark.date, clockTimeFromMinutes(minutesOfDay(settings.sessions[mark.session].registerCloses) + 10));
    const next = addSchoolDays(mark.date, 1, settings);
    const recordedBy = ATTENDANCE_OFFICER.email;
    if (n % 3 === 0) out.push({ pupilKey, contact: { at, kind: 'We called', withWhom, outcome: 'No answer', followUpOn: next, recordedBy } });
    else if (n % 3 === 1) {
      out.push({ pupilKey, contact: { at, kind: 'We called', withWhom, outcome: 'No answer', followUpOn: next, recordedBy } });
      if (next < today)
        out.push({
          pupilKey,
          contact: { at: londonWallTimeToIso(next, '08:40'), kind: 'Parent or carer called', withWhom, outcome: 'Reason given', reason: 'A hospital appointment; the letter will follow', recordedBy },
        });
    } else
      out.push({
        pupilKey,
        contact: {
          at,
          kind: 'We called',
          withWhom,
          outcome: 'Home visit needed',
          followUpOn: addSchoolDays(today, 1, settings),
          notes: 'Third call this half term with no answer: the lead tutor and the attendance officer to visit together',
          recordedBy,
        },
      });
    n++;
  }
  return out.sort((a, b) => (a.contact.at < b.contact.at ? -1 : a.contact.at > b.contact.at ? 1 : 0));
}

/** Records them as the attendance officer, signed in as them (the form records the person signed in). */
export async function seedParentContacts(
  conn: Pick<LocalConnection, 'siteUrl'> & { services: Pick<IServices, 'now'> },
  data: Pick<DemoData, 'pupils' | 'attendanceMarks' | 'today'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<number> {
  const contacts = demoParentContacts(data, data.today, DEMO_SETTINGS);
  log(`Recording ${contacts.length} calls home…`);
  const site = new URL(conn.siteUrl);
  const officer = connectAs(site.origin, site.pathname, ATTENDANCE_OFFICER.email, ATTENDANCE_OFFICER.displayName, conn.services.now());
  for (const { pupilKey, contact } of contacts) {
    const pupilId = pupilIds.get(pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo call home: pupil ${pupilKey} was not seeded`);
    await officer.services.parentContacts.add({ ...contact, pupilId }, pupilRef);
  }
  return contacts.length;
}
