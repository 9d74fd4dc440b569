import { attendanceAmendmentSchema } from '../../../src/domain/attendance/attendanceAmendment';
import { attendanceMarkSchema } from '../../../src/domain/attendance/attendanceMark';
import { learningLogSchema } from '../../../src/domain/learning/learningLog';
import { learningLogEntrySchema } from '../../../src/domain/learning/learningLogEntry';
import { reviewMeetingSchema } from '../../../src/domain/meetings/reviewMeeting';
import { pipSchema } from '../../../src/domain/pip/pip';
import { pipReviewSchema } from '../../../src/domain/pip/pipReview';
import { validatePip } from '../../../src/domain/pip/validatePip';
import { pupilSchema } from '../../../src/domain/pupils/pupil';
import { senNeedWarnings } from '../../../src/domain/pupils/senNeedWarnings';
import { schoolSchema } from '../../../src/domain/schools/school';
import { schoolContactSchema } from '../../../src/domain/schools/schoolContact';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import type { z } from 'zod';
import { demo } from './demoFixture';

/** The issues of a record against its schema (empty when it passes), labelled for a readable failure. */
function issues(schema: z.ZodTypeAny, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('demo data: every record passes its domain schema', () => {
  const d = demo();
  const keys = new Set(d.pupils.map((p) => p.key));

  it('schools and their named staff', () => {
    for (const s of d.schools) expect({ urn: s.urn, issues: issues(schoolSchema, s.school) }).toEqual({ urn: s.urn, issues: [] });
    for (const c of d.schoolContacts)
      expect({ who: c.contact.email, issues: issues(schoolContactSchema, { ...c.contact, schoolId: 1 }) }).toEqual({ who: c.contact.email, issues: [] });
  });

  it('pupils (with the ids the seeder fills in), and no census warnings', () => {
    for (const p of d.pupils) {
      const record = { ...p.pupil, homeSchoolId: p.homeSchoolUrn ? 1 : undefined, namedContactIds: p.namedContactEmails.map((_, i) => i + 1) };
      expect({ key: p.key, issues: issues(pupilSchema, record) }).toEqual({ key: p.key, issues: [] });
      expect({ key: p.key, warnings: senNeedWarnings(p.pupil) }).toEqual({ key: p.key, warnings: [] });
    }
  });

  it('attendance marks and amendments', () => {
    const bad = d.attendanceMarks.filter((m) => issues(attendanceMarkSchema, { ...m.mark, pupilId: 1 }).length > 0);
    expect(bad).toEqual([]);
    for (const a of d.attendanceAmendments) {
      expect(issues(attendanceAmendmentSchema, { ...a.amendment, pupilId: 1 })).toEqual([]);
      expect(keys.has(a.pupilKey)).toBe(true);
    }
  });

  it('PIPs (schema and settings rules) and the PIP review', () => {
    for (const p of d.pips) {
      expect({ key: p.key, issues: issues(pipSchema, { ...p.pip, pupilId: 1 }) }).toEqual({ key: p.key, issues: [] });
      expect(validatePip(p.pip, DEFAULT_SETTINGS)).toEqual([]);
    }
    for (const r of d.pipReviews) expect(issues(pipReviewSchema, { ...r.review, pipId: 1, pupilId: 1 })).toEqual([]);
  });

  it('learning logs and entries', () => {
    for (const l of d.learningLogs) expect(issues(learningLogSchema, { ...l.log, pupilId: 1 })).toEqual([]);
    for (const e of d.learningLogEntries) expect(issues(learningLogEntrySchema, { ...e.entry, pupilId: 1, logId: 1 })).toEqual([]);
  });

  it('review meetings', () => {
    for (const m of d.reviewMeetings) expect({ key: m.key, issues: issues(reviewMeetingSchema, { ...m.meeting, pupilId: 1 }) }).toEqual({ key: m.key, issues: [] });
  });

  it('refers to records that exist, by key', () => {
    const urns = new Set(d.schools.map((s) => s.urn));
    const contactEmails = new Set(d.schoolContacts.map((c) => c.contact.email));
    const staffEmails = new Set(d.staff.map((s) => s.email));
    const logKeys = new Set(d.learningLogs.map((l) => l.key));
    const pipKeys = new Set(d.pips.map((p) => p.key));
    for (const c of d.schoolContacts) expect(urns.has(c.schoolUrn)).toBe(true);
    for (const p of d.pupils) {
      if (p.homeSchoolUrn) expect(urns.has(p.homeSchoolUrn)).toBe(true);
      for (const e of p.namedContactEmails) {
        expect(contactEmails.has(e)).toBe(true);
        expect(d.schoolContacts.find((c) => c.contact.email === e)?.schoolUrn).toBe(p.homeSchoolUrn);
      }
      expect(staffEmails.has(p.pupil.leadTutorEmail ?? '')).toBe(true);
    }
    for (const m of d.attendanceMarks) expect(keys.has(m.pupilKey)).toBe(true);
    for (const p of d.pips) expect(keys.has(p.pupilKey)).toBe(true);
    for (const r of d.pipReviews) expect(pipKeys.has(r.pipKey)).toBe(true);
    for (const e of d.learningLogEntries) {
      expect(logKeys.has(e.logKey)).toBe(true);
      expect(staffEmails.has(e.teacherEmail)).toBe(true);
    }
    for (const m of d.reviewMeetings) {
      expect(keys.has(m.pupilKey)).toBe(true);
      expect(staffEmails.has(m.organiserEmail)).toBe(true);
    }
  });
});
