/**
 * Notifications to home schools after a register save: which saves notify, whom, with what (never attendance
 * detail), once per key, and what the register is told when a send fails.
 */
import { AttendanceNotifier } from '../../../../src/data/graph/notifications/AttendanceNotifier';
import type { RegisterSaveRequest } from '../../../../src/data/ports';
import { DEFAULT_SETTINGS, schoolDaysBetween, type AttendanceMark, type Pupil } from '../../../../src/domain';
import { FakeNotifications } from '../../../support/fakeMeetings';
import { createFakeServices } from '../../../support/fakeServices';

const STAFF = 'attendance.officer@pathways.example.org';
const pupil = (id: number, over: Partial<Pupil> = {}): Pupil => ({
  id,
  pupilRef: `PH-00${id}`,
  firstName: `First${id}`,
  lastName: `Last${id}`,
  dateOfBirth: '2012-03-04',
  yearGroup: '9',
  enrolmentDate: '2026-09-02',
  registration: 'Dual',
  homeSchoolId: 1,
  namedContactIds: [11],
  supportTier: 'Universal',
  senProvision: 'N',
  monitoring: false,
  fsm: false,
  pp: false,
  lac: false,
  cin: false,
  cp: false,
  yos: false,
  medical: false,
  ...over,
});

/** Present every session from the start of term to the day before the register. */
const history = (pupilId: number): AttendanceMark[] =>
  schoolDaysBetween('2026-09-07', '2026-11-19', DEFAULT_SETTINGS).flatMap((date) =>
    (['AM', 'PM'] as const).map((session) => ({ pupilId, date, session, code: session === 'AM' ? '/' : '\\', recordedBy: STAFF, recordedAt: `${date}T09:05:00Z` })),
  );

/** Already at Stage 3 this week: three absences on Monday and Tuesday. */
const stage3ThisWeek = (pupilId: number): AttendanceMark[] =>
  history(pupilId).map((m) =>
    (m.date === '2026-11-16' || (m.date === '2026-11-17' && m.session === 'AM')) ? { ...m, code: 'O' } : m,
  );

function setup(now: string, more: { pupils: Pupil[]; marks: AttendanceMark[] } = { pupils: [], marks: [] }) {
  const services = createFakeServices({
    pupils: [pupil(1), pupil(2), pupil(5), pupil(3, { homeSchoolId: 2, namedContactIds: [] }), pupil(4, { registration: 'Single', homeSchoolId: undefined, namedContactIds: [] }), ...more.pupils],
    schools: [
      { id: 1, name: 'Oakfield Academy', urn: '140001', phase: 'Secondary', email: 'office@oakfield.example.sch.uk', active: true },
      { id: 2, name: 'Brookside School', urn: '140002', phase: 'Secondary', email: 'office@brookside.example.sch.uk', active: true },
    ],
    contacts: [
      { id: 11, schoolId: 1, fullName: 'Casey Lund', role: 'Head of year', email: 'casey.lund@oakfield.example.sch.uk', notify: true },
      { id: 12, schoolId: 1, fullName: 'Priya Sandhu', role: 'SENCO', email: 'p.sandhu@oakfield.example.sch.uk', notify: true },
      { id: 21, schoolId: 2, fullName: 'Jo Park', role: 'Attendance lead', email: 'jo.park@brookside.example.sch.uk', notify: true },
      { id: 22, schoolId: 2, fullName: 'Ed Quinn', role: 'Headteacher', email: 'ed.quinn@brookside.example.sch.uk', notify: false },
    ],
    marks: [...history(1), ...history(2), ...history(3), ...history(4), ...stage3ThisWeek(5), ...more.marks],
    now: new Date(now),
  });
  const notifications = new FakeNotifications();
  const notifier = new AttendanceNotifier({ ...services, notifications, now: services.now });
  return { services, notifications, notifier };
}

async function save(s: ReturnType<typeof setup>, codes: Record<number, string>, before: Record<number, string> = {}) {
  const marks: AttendanceMark[] = Object.entries(codes).map(([id, code]) => ({
    pupilId: Number(id),
    date: '2026-11-20',
    session: 'AM',
    code,
    recordedBy: STAFF,
    recordedAt: s.services.now().toISOString(),
  }));
  const baseline = {
    date: '2026-11-20',
    session: 'AM' as const,
    entries: Object.entries(before).map(([id, code]) => ({ pupilId: Number(id), mark: { pupilId: Number(id), date: '2026-11-20', session: 'AM' as const, code, recordedBy: STAFF, recordedAt: '2026-11-20T09:05:00Z' } })),
  };
  const request: RegisterSaveRequest = { date: '2026-11-20', session: 'AM', marks, reasons: new Map(), baseline, takenBy: STAFF, at: s.services.now().toISOString() };
  const result = await s.services.attendance.saveRegister(request);
  return s.notifier.afterRegisterSave(request, result);
}

describe('notifications to home schools after a register save', () => {
  it('reads the changed pupils’ marks, the pupils and the contacts once for the whole save, never once per pupil', async () => {
    const s = setup('2026-11-20T10:30:00Z');
    const perPupilMarks = jest.spyOn(s.services.attendance, 'marksForPupil');
    const allMarks = jest.spyOn(s.services.attendance, 'marksForPupils');
    const perPupil = jest.spyOn(s.services.pupils, 'get');
    const contacts = jest.spyOn(s.services.schools, 'contacts');
    const summary = await save(s, { 1: 'O', 2: 'O', 3: 'O', 5: 'O' });
    expect(summary.checked).toBe(4);
    expect(allMarks).toHaveBeenCalledTimes(1);
    expect(perPupilMarks).not.toHaveBeenCalled();
    expect(perPupil).not.toHaveBeenCalled();
    expect(contacts).toHaveBeenCalledTimes(1);
    expect(summary.sent).toBeGreaterThan(0);
  });

  it('sends every pupil’s e-mail in one call of the notification service, not one call per pupil', async () => {
    const s = setup('2026-11-20T09:45:00Z');
    const each = jest.spyOn(s.notifications, 'notify');
    const summary = await save(s, { 1: 'N', 2: 'N', 3: 'N', 5: 'N' });
    expect(summary).toMatchObject({ sent: 4, failed: 0 });
    expect(s.notifications.notifyAllCalls).toBe(1);
    expect(each.mock.calls.map(([r]) => r.pupilId).sort()).toEqual([1, 2, 3, 5]);
  });

  it('a register of many absences reads the year’s codes once, not the changed pupils’ marks 20 at a time', async () => {
    const others = Array.from({ length: 24 }, (_x, i) => 100 + i);
    const s = setup('2026-11-20T09:10:00Z', { pupils: others.map((id) => pupil(id, { homeSchoolId: 2, namedContactIds: [] })), marks: others.flatMap(history) });
    const each = jest.spyOn(s.services.attendance, 'marksForPupils');
    const year = jest.spyOn(s.services.attendance, 'marksForYear');
    const summary = await save(s, Object.fromEntries([3, ...others].map((id) => [id, 'O'])));
    expect(summary.checked).toBe(25);
    expect(year).toHaveBeenCalledTimes(1);
    expect(each).not.toHaveBeenCalled();
    // The same findings as read pupil by pupil: each pupil's week of 16/11 at 9 of 10 is Stage 2.
    expect(s.notifications.log.map((n) => n.dedupeKey).sort()).toEqual([3, ...others].map((id) => `attendance-stage:${id}:2026-11-16:Stage 2`).sort());
  });

  it('an N standing after the register closed tells the pupil’s named home-school staff, with no detail, once', async () => {
    const s = setup('2026-11-20T09:45:00Z');
    const summary = await save(s, { 5: 'N', 2: '/' });
    expect(summary).toMatchObject({ sent: 1, failed: 0, noRecipient: 0 });
    expect(s.notifications.log).toHaveLength(1);
    const [sent] = s.notifications.log;
    expect(sent).toMatchObject({
      kind: 'absent-no-reason',
      pupilId: 5,
      recipients: ['casey.lund@oakfield.example.sch.uk'],
      dedupeKey: 'absent-no-reason:5:2026-11-20:AM',
      linkUrl: 'https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=5',
    });
    expect(`${sent.subject} ${sent.message}`).not.toMatch(/\bN\b|absent|absence|reason|%|Stage/i);
    expect(sent.subject).toBe('Pathways Learning Centre: an attendance update for pupil PH-005');
    // Saved again: nothing new.
    await save(s, { 5: 'N' }, { 5: 'N' });
    expect(s.notifications.log).toHaveLength(1);
  });

  it('a register saved ahead of its day (only what is known ahead) tells no one: nothing has happened yet', async () => {
    const s = setup('2026-11-19T16:00:00Z');
    const summary = await save(s, { 5: 'C2', 1: 'C2', 2: 'C2' });
    expect(summary).toEqual({ checked: 0, sent: 0, failed: 0, noRecipient: 0, problems: [] });
    expect(s.notifications.log).toHaveLength(0);
  });

  it('before the register closes an N tells no one yet', async () => {
    const s = setup('2026-11-20T09:10:00Z');
    expect(await save(s, { 5: 'N' })).toMatchObject({ sent: 0 });
    expect(s.notifications.log).toEqual([]);
  });

  it('one e-mail per pupil when a save has several reasons, and none again for them later', async () => {
    const s = setup('2026-11-20T09:45:00Z');
    // An N after close that also makes a full week Stage 2.
    expect(await save(s, { 1: 'N' })).toMatchObject({ sent: 1 });
    expect(s.notifications.log.map((n) => [n.kind, n.dedupeKey])).toEqual([['absent-no-reason, attendance-stage', 'absent-no-reason:1:2026-11-20:AM']]);
    expect(await save(s, { 1: 'N' }, { 1: 'N' })).toMatchObject({ sent: 0 });
    expect(s.notifications.log).toHaveLength(1);
  });

  it('a stage made worse tells the school; its staff who do not receive notifications are left out', async () => {
    const s = setup('2026-11-20T09:10:00Z');
    // Week of 16/11: four present days, then this O → 9 of 10 is Stage 2.
    const summary = await save(s, { 3: 'O' });
    expect(summary).toMatchObject({ checked: 1, sent: 1 });
    expect(s.notifications.log[0]).toMatchObject({ kind: 'attendance-stage', recipients: ['jo.park@brookside.example.sch.uk'], dedupeKey: 'attendance-stage:3:2026-11-16:Stage 2' });
  });

  it('a present mark checks nothing; a pupil without a home school is counted, not sent', async () => {
    const s = setup('2026-11-20T10:00:00Z');
    expect(await save(s, { 2: '/' })).toMatchObject({ checked: 0, sent: 0 });
    expect(await save(s, { 4: 'N' })).toMatchObject({ sent: 0, noRecipient: 1 });
    expect(s.notifications.log).toEqual([]);
  });

  it('a failed send is counted with its reason for the register to show', async () => {
    const s = setup('2026-11-20T10:00:00Z');
    s.notifications.failNext = 'Could not send the e-mail: the administrator has not approved the "Mail.Send" permission for Pathways Hub.';
    const summary = await save(s, { 1: 'N' });
    expect(summary).toMatchObject({ sent: 0, failed: 1 });
    expect(summary.problems).toEqual([s.notifications.log[0].error]);
  });
});
