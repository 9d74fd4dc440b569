import { addMonths, addWeeks } from '../../../src/domain/dates/isoDates';
import { weeklyHours } from '../../../src/domain/pip/timetable';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { DEMO_SIGN_IN_USERS } from '../../../local/demo/signInUsers';
import { demo } from './demoFixture';

const share = (n: number, of: number): number => n / of;

describe('demo data: counts and mixes', () => {
  const d = demo();
  const pupils = d.pupils.map((p) => p.pupil);
  const count = (pred: (p: (typeof pupils)[number]) => boolean): number => pupils.filter(pred).length;

  it('has the PRU staff roles', () => {
    const roles = d.staff.map((s) => s.role);
    expect(roles.filter((r) => r === 'headteacher')).toHaveLength(1);
    expect(roles.filter((r) => r === 'senco')).toHaveLength(1);
    expect(roles.filter((r) => r === 'attendance-officer')).toHaveLength(1);
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    expect(roles.filter((r) => r === 'lead-tutor' || r === 'teacher').length).toBeGreaterThanOrEqual(3);
    expect(d.staff.filter((s) => s.safeguarding === 'dsl').map((s) => s.email)).toEqual([DEFAULT_SETTINGS.designatedSafeguardingLead.email]);
    expect(d.staff.filter((s) => s.safeguarding === 'deputy-dsl').map((s) => s.email).sort()).toEqual(
      DEFAULT_SETTINGS.deputySafeguardingLeads.map((p) => p.email).sort(),
    );
    for (const s of d.staff.filter((x) => x.role === 'lead-tutor' || x.role === 'teacher')) expect(s.subjects.length).toBeGreaterThan(0);
  });

  it('has 5 home schools, primary and secondary, each with 2–3 named staff', () => {
    expect(d.schools).toHaveLength(5);
    const phases = d.schools.map((s) => s.school.phase);
    expect(phases).toContain('Primary');
    expect(phases).toContain('Secondary');
    for (const s of d.schools) {
      expect(s.urn).toMatch(/^9\d{5}$/);
      expect(s.school.phone).toMatch(/^01632 960\d{3}$/);
      const n = d.schoolContacts.filter((c) => c.schoolUrn === s.urn).length;
      expect(n >= 2 && n <= 3).toBe(true);
    }
  });

  it('has about 40 pupils across primary, KS3 and KS4, with dates of birth that fit the year group', () => {
    expect(pupils.length).toBeGreaterThanOrEqual(36);
    expect(pupils.length).toBeLessThanOrEqual(44);
    const years = pupils.map((p) => Number(p.yearGroup));
    expect(years.every((y) => y >= 3 && y <= 11)).toBe(true);
    expect(years.filter((y) => y <= 6).length).toBeGreaterThan(0);
    expect(years.filter((y) => y >= 7 && y <= 9).length).toBeGreaterThan(0);
    expect(years.filter((y) => y >= 10).length).toBeGreaterThan(0);
    for (const p of pupils) {
      const first = `${2026 - Number(p.yearGroup) - 5}-09-01`;
      const last = `${2026 - Number(p.yearGroup) - 4}-08-31`;
      expect({ p: p.pupilRef, ok: p.dateOfBirth >= first && p.dateOfBirth <= last }).toEqual({ p: p.pupilRef, ok: true });
      expect(p.enrolmentDate >= '2025-01-01' && p.enrolmentDate <= '2026-10-31').toBe(true);
      expect(p.placementStart).toBe(p.enrolmentDate);
    }
    expect(new Set(pupils.map((p) => p.pupilRef)).size).toBe(pupils.length);
    expect(new Set(pupils.map((p) => `${p.firstName} ${p.lastName}`)).size).toBe(pupils.length);
    expect(count((p) => p.enrolmentDate < '2026-01-01')).toBeGreaterThan(0);
    expect(count((p) => p.enrolmentDate >= '2026-10-01')).toBeGreaterThan(0);
  });

  it('is mostly Dual-registered, with a home school of the right phase', () => {
    const single = d.pupils.filter((p) => p.pupil.registration === 'Single');
    expect(single.length >= 2 && single.length <= 6).toBe(true);
    for (const p of single) expect(p.homeSchoolUrn).toBeUndefined();
    for (const p of d.pupils.filter((x) => x.pupil.registration === 'Dual')) {
      const school = d.schools.find((s) => s.urn === p.homeSchoolUrn);
      expect(school).toBeDefined();
      expect(school?.school.phase === 'Primary').toBe(Number(p.pupil.yearGroup) <= 6);
      expect(p.namedContactEmails.length).toBeGreaterThan(0);
    }
  });

  it('has the SEN mix: ~25% E, ~45% K, the rest N; needs only with E or K', () => {
    const n = pupils.length;
    expect(share(count((p) => p.senProvision === 'E'), n)).toBeCloseTo(0.25, 1);
    expect(share(count((p) => p.senProvision === 'K'), n)).toBeCloseTo(0.45, 1);
    expect(count((p) => p.monitoring)).toBeGreaterThan(0);
    for (const p of pupils) {
      if (p.senProvision === 'N') expect(p.primaryNeed).toBeUndefined();
      else expect(p.primaryNeed).toBeDefined();
      if (p.secondaryNeed) expect(p.secondaryNeed).not.toBe(p.primaryNeed);
    }
    expect(count((p) => p.primaryNeed === 'SEMH')).toBeGreaterThanOrEqual(count((p) => p.primaryNeed === 'ASD'));
    expect(new Set(pupils.map((p) => p.supportTier)).size).toBeGreaterThanOrEqual(3);
  });

  it('has the flag mix: FSM ~45%, PP ~50%, 3–4 LAC, some CIN/CP, 1–2 YOS, medical ~30%', () => {
    const n = pupils.length;
    expect(Math.abs(share(count((p) => p.fsm), n) - 0.45)).toBeLessThanOrEqual(0.06);
    expect(Math.abs(share(count((p) => p.pp), n) - 0.5)).toBeLessThanOrEqual(0.06);
    const lac = count((p) => p.lac);
    expect(lac >= 3 && lac <= 4).toBe(true);
    expect(count((p) => p.cin)).toBeGreaterThan(0);
    expect(count((p) => p.cp)).toBeGreaterThan(0);
    const yos = count((p) => p.yos);
    expect(yos >= 1 && yos <= 2).toBe(true);
    expect(Math.abs(share(count((p) => p.medical), n) - 0.3)).toBeLessThanOrEqual(0.06);
    expect(count((p) => (p.otherAgencies ?? '').indexOf('CAMHS') >= 0)).toBeGreaterThan(0);
    for (const p of d.pupils.filter((x) => x.pupil.lac)) expect(p.parentRelationship).toBe('Foster carer');
  });

  it('has EHC plan review dates: one overdue, some due soon', () => {
    const e = pupils.filter((p) => p.senProvision === 'E');
    for (const p of e) expect(p.ehcpLastReview).toBeDefined();
    for (const p of pupils.filter((x) => x.senProvision !== 'E')) expect(p.ehcpLastReview).toBeUndefined();
    const due = (p: (typeof pupils)[number]): string => addMonths(p.ehcpLastReview ?? '', 12);
    expect(e.filter((p) => due(p) < d.today).map((p) => p.pupilRef)).toHaveLength(1);
    expect(e.filter((p) => due(p) >= d.today && due(p) <= addWeeks(d.today, 6)).length).toBeGreaterThanOrEqual(2);
    const overdue = d.pupils.find((p) => p.key === d.scenarios.ehcpReviewOverdue);
    expect(overdue && due(overdue.pupil) < d.today).toBe(true);
  });

  it('has 4–6 active PIPs of 6–20 hours, one reviewed with an increase in hours', () => {
    expect(d.pips.length >= 4 && d.pips.length <= 6).toBe(true);
    for (const p of d.pips) {
      expect(p.pip.status).toBe('Active');
      expect(p.pip.parentSignOff).toBeDefined();
      expect(p.pip.serviceSignOff).toBeDefined();
      expect(p.pip.studentSignOff).toBeDefined();
      for (const t of p.pip.timetables) {
        const h = weeklyHours(t.slots);
        expect(h >= 6 && h <= 20).toBe(true);
      }
      expect(p.reviewSchedule.length).toBeGreaterThan(0);
      p.reviewSchedule.forEach((r, i) => {
        if (r.kind === 'interim') expect(r.dueDate).toBe(addWeeks(p.pip.startDate, 6 * (i + 1)));
        // Held on the due date, or on the last school day before it when that falls in a holiday or at a weekend.
        expect(r.date <= r.dueDate).toBe(true);
      });
    }
    expect(new Set(d.pips.map((p) => p.pupilKey)).size).toBe(d.pips.length);
    expect(d.pipReviews).toHaveLength(1);
    const review = d.pipReviews[0];
    expect(review.review.decision).toBe('Increase hours');
    const reviewed = d.pips.find((p) => p.key === review.pipKey);
    expect(reviewed?.pip.timetables).toHaveLength(2);
    const [before, after] = reviewed?.pip.timetables ?? [];
    expect(weeklyHours(after.slots)).toBeGreaterThan(weeklyHours(before.slots));
    expect(review.review.totalHours).toBe(weeklyHours(after.slots));
    expect(after.effectiveFrom > review.review.reviewDate).toBe(true);
    expect(d.pips.filter((p) => p.pip.timetables.length === 1)).toHaveLength(d.pips.length - 1);
  });

  it('has a learning log per pupil for autumn 2026 with 3–8 entries by its teachers, a few highlighted', () => {
    expect(d.learningLogs).toHaveLength(d.pupils.length);
    for (const log of d.learningLogs) {
      expect(log.log.academicYear).toBe('2026/27');
      expect(log.log.term).toBe('Autumn');
      const entries = d.learningLogEntries.filter((e) => e.logKey === log.key);
      expect(entries.length >= 3 && entries.length <= 8).toBe(true);
      for (const e of entries) {
        const i = log.log.subjects.findIndex((s) => s.subject === e.entry.subject);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(log.log.subjects[i].teacher).toBe(e.entry.teacher);
        expect(log.teacherEmails[i]).toBe(e.teacherEmail);
        expect(e.entry.entryDate >= '2026-09-02' && e.entry.entryDate <= d.today).toBe(true);
      }
    }
    const highlighted = d.learningLogEntries.filter((e) => e.entry.highlight).length;
    expect(highlighted).toBeGreaterThan(0);
    expect(highlighted).toBeLessThan(d.learningLogEntries.length / 4);
  });

  it('has ~8 upcoming review meetings of the expected kinds, scheduled but not yet booked', () => {
    const m = d.reviewMeetings;
    expect(m.length >= 6 && m.length <= 10).toBe(true);
    expect(new Set(m.map((x) => x.pupilKey)).size).toBe(m.length);
    const kinds = m.map((x) => x.meeting.kind);
    for (const k of ['Placement review', 'PIP review', 'EHCP annual review', 'PEP review'] as const) expect(kinds).toContain(k);
    const end = addWeeks(d.today, 4);
    for (const x of m) {
      expect(x.meeting.status).toBe('Scheduled');
      expect(x.meeting.eventId).toBeUndefined();
      expect(x.meeting.joinUrl).toBeUndefined();
      const day = x.meeting.start.slice(0, 10);
      // From later today (the attendance meeting this afternoon) to four weeks ahead.
      expect(Date.parse(x.meeting.start) > Date.parse(`${d.today}T10:00:00Z`) && day <= end).toBe(true);
      const kindsOfAttendee = x.meeting.attendees.map((a) => a.kind);
      expect(kindsOfAttendee).toContain('pru-staff');
      expect(kindsOfAttendee).toContain('parent');
      const pupil = d.pupils.find((p) => p.key === x.pupilKey);
      if (pupil?.homeSchoolUrn) expect(kindsOfAttendee).toContain('home-school');
      if (x.meeting.kind === 'PEP review') expect(pupil?.pupil.lac).toBe(true);
      if (x.meeting.kind === 'EHCP annual review') expect(pupil?.pupil.senProvision).toBe('E');
      if (x.meeting.kind === 'PIP review') expect(d.pips.map((p) => p.pupilKey)).toContain(x.pupilKey);
    }
  });

  it('lists the sign-in users: four PRU roles and one named member of staff per home school', () => {
    const pru = DEMO_SIGN_IN_USERS.filter((u) => u.kind === 'pru-staff');
    expect(pru.map((u) => u.role).sort()).toEqual(['attendance-officer', 'headteacher', 'lead-tutor', 'senco']);
    for (const u of pru) expect(d.staff.map((s) => s.email)).toContain(u.email);
    const school = DEMO_SIGN_IN_USERS.filter((u) => u.kind === 'home-school');
    expect(school.map((u) => u.schoolUrn).sort()).toEqual(d.schools.map((s) => s.urn).sort());
    for (const u of school) expect(d.schoolContacts.map((c) => c.contact.email)).toContain(u.email);
  });
});
