/**
 * Writes the demo data set into a freshly reset emulator through the production services, over HTTP, as the
 * headteacher: schools and their staff groups, pupils with their folders and home-school access, then
 * attendance as week items (the repository's own storage functions), and amendments; then PIPs, learning and
 * behaviour logs, calls home, transition plans, meetings and what the story says was already done.
 */
import type { AttendanceMark } from '../../src/domain';
import { mondayOf } from '../../src/domain';
import { SchoolGroupService } from '../../src/data/sp/access/SchoolGroupService';
import { writeInBatches } from './batchWriter';
import { weekItemsOf } from './weekItems';
import { seedPips } from './seedPips';
import { seedLearningLogs } from './seedLearningLogs';
import { seedBehaviourLogs } from './seedBehaviourLogs';
import { seedParentContacts } from './seedParentContacts';
import { seedTransitionPlans } from './seedTransitionPlans';
import { seedSupportPlans } from './seedSupportPlans';
import { seedMeetings } from './seedMeetings';
import { seedStory } from './seedStory';
import { writeRegisterRecords } from './registerRecords';
import type { DemoData } from '../demo/types';
import type { LocalConnection } from './localConnection';

export interface SeedReport {
  readonly schools: number;
  readonly pupils: number;
  readonly weekItems: number;
  readonly marks: number;
}

export async function seedDemo(conn: LocalConnection, data: DemoData, log: (line: string) => void): Promise<SeedReport> {
  const { services, sp, siteUrl } = conn;
  const groups = new SchoolGroupService(sp);

  log(`Seeding ${data.schools.length} schools and their named staff…`);
  const schoolIds = new Map<string, number>();
  const contactIds = new Map<string, number>();
  for (const s of data.schools) {
    const school = await services.schools.create(s.school);
    schoolIds.set(s.urn, school.id);
    const contacts = [];
    for (const c of data.schoolContacts.filter((x) => x.schoolUrn === s.urn)) {
      const saved = await services.schools.addContact({ ...c.contact, schoolId: school.id });
      contactIds.set(c.contact.email.toLowerCase(), saved.id);
      contacts.push(saved);
    }
    const groupId = await groups.ensureGroup(school);
    await groups.syncMembers(groupId, contacts);
  }

  log(`Seeding ${data.pupils.length} pupils, each with their folders and home-school access…`);
  const pupilIds = new Map<string, number>();
  const pupilRefs = new Map<number, string>();
  for (const [i, p] of data.pupils.entries()) {
    const saved = await services.pupils.create({
      ...p.pupil,
      homeSchoolId: p.homeSchoolUrn === undefined ? undefined : schoolIds.get(p.homeSchoolUrn),
      namedContactIds: p.namedContactEmails.map((e) => contactIds.get(e.toLowerCase())).filter((id): id is number => id !== undefined),
    });
    pupilIds.set(p.key, saved.id);
    pupilRefs.set(saved.id, saved.pupilRef);
    if ((i + 1) % 10 === 0) log(`  ${i + 1} of ${data.pupils.length} pupils`);
  }

  const marks: AttendanceMark[] = data.attendanceMarks.flatMap((m) => {
    const pupilId = pupilIds.get(m.pupilKey);
    return pupilId === undefined ? [] : [{ ...m.mark, pupilId }];
  });
  const weeks = weekItemsOf(marks);
  log(`Seeding ${marks.length} attendance marks as ${weeks.length} week items (${new Set(marks.map((m) => mondayOf(m.date))).size} school weeks)…`);
  await writeInBatches(sp, siteUrl, weeks, pupilRefs, log);
  log(`  ${await writeRegisterRecords(sp, marks)} registers recorded as taken`);
  await seedPips(services, data, pupilIds, pupilRefs, log);
  await seedLearningLogs(services, data, pupilIds, pupilRefs, log);
  await seedBehaviourLogs(services, data, pupilIds, pupilRefs, log);
  await seedParentContacts(conn, data, pupilIds, pupilRefs, log);
  await seedTransitionPlans(services, data, pupilIds, pupilRefs, log);
  await seedSupportPlans(conn, data, pupilIds, pupilRefs, log);
  await seedMeetings(conn, data, pupilIds, log);
  await seedStory(conn, data, pupilIds, pupilRefs, log);
  const summaries = await services.pupilSummaries.refresh();
  log(`List-view summaries (attendance stage, PIP status, next review) written for ${summaries.updated} of ${summaries.checked} pupils.`);

  return { schools: data.schools.length, pupils: data.pupils.length, weekItems: weeks.length, marks: marks.length };
}
