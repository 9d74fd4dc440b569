/**
 * SpAttendanceActionRepository against the SharePoint emulator, through real PnPjs: items land in the pupil's
 * folder of 'Pathways Attendance Actions', read back by the indexed pupil lookup, and invalid records never
 * reach SharePoint.
 */
import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { RecordValidationError } from '../../../../src/data/errors';
import { SpAttendanceActionRepository } from '../../../../src/data/sp/attendance/AttendanceActionRepository';
import { spFor, startTestEmulator } from '../../../support/emulator';

const STAFF = { email: 'ellis.marsh@pathways.example.org', displayName: 'Ellis Marsh', jobTitle: 'Attendance lead' } as const;
const PUPILS = 'Pathways Pupils';
const ACTIONS = 'Pathways Attendance Actions';

let emu: RunningEmulator;
const sp = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });

/** A pupil item and its folder in the actions list (as PupilAccessService makes them). */
async function addPupil(ref: string): Promise<number> {
  const item = await sp().web.lists.getByTitle(PUPILS).items.add({
    Title: `${ref}, Test`,
    PwPupilRef: ref,
    PwFirstName: 'Test',
    PwLastName: ref,
    PwDateOfBirth: '2012-03-04T00:00:00Z',
    PwYearGroup: '9',
    PwEnrolmentDate: '2026-09-01T00:00:00Z',
    PwRegistration: 'Single',
    PwSupportTier: 'Universal',
    PwSenProvision: 'N',
  });
  await sp().web.lists.getByTitle(ACTIONS).rootFolder.folders.addUsingPath(ref);
  return item.Id as number;
}

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
});
afterAll(() => emu.close());

describe('SpAttendanceActionRepository (emulator)', () => {
  it('adds an action in the pupil’s folder and reads it back for that pupil only', async () => {
    const first = await addPupil('AR001');
    const second = await addPupil('AR002');
    const repo = new SpAttendanceActionRepository(sp(), emu.siteUrl);

    const saved = await repo.add(
      { pupilId: first, action: 'Home visit', date: '2026-11-23', planned: true, notes: 'Parent asked for an afternoon visit, after 2pm', recordedBy: STAFF.email },
      'AR001',
    );
    expect(saved).toMatchObject({ pupilId: first, action: 'Home visit', date: '2026-11-23', planned: true, recordedBy: STAFF.email });
    expect(saved.id).toBeGreaterThan(0);
    expect(saved.etag).not.toBe('');
    await repo.add({ pupilId: second, action: 'Supportive conversation', date: '2026-11-10', planned: false, recordedBy: STAFF.email }, 'AR002');
    await repo.add({ pupilId: first, action: 'Supportive conversation', date: '2026-11-09', planned: false, recordedBy: STAFF.email }, 'AR001');

    const own = await repo.forPupil(first);
    expect(own.problems).toEqual([]);
    expect(own.items.map((a) => [a.action, a.date])).toEqual([
      ['Supportive conversation', '2026-11-09'],
      ['Home visit', '2026-11-23'],
    ]);

    const item = await sp().web.lists.getByTitle(ACTIONS).items.getById(saved.id).select('FileRef', 'FileDirRef')();
    expect(String(item.FileDirRef)).toMatch(/\/Lists\/PwAttendanceActions\/AR001$/);

    const both = await repo.forPupils([first, second]);
    expect(both.items.map((a) => a.pupilId).sort()).toEqual([first, first, second].sort());
  });

  it('reads the worklist’s actions in one request however many pupils it names, only theirs', async () => {
    const [a, b, other] = [await addPupil('AR010'), await addPupil('AR011'), await addPupil('AR012')];
    const repo = new SpAttendanceActionRepository(sp(), emu.siteUrl);
    await repo.add({ pupilId: a, action: 'Home visit', date: '2026-11-20', planned: false, notes: 'Seen at home', recordedBy: STAFF.email }, 'AR010');
    await repo.add({ pupilId: b, action: 'Supportive conversation', date: '2026-11-18', planned: true, recordedBy: STAFF.email }, 'AR011');
    await repo.add({ pupilId: other, action: 'Home visit', date: '2026-11-19', planned: false, recordedBy: STAFF.email }, 'AR012');
    const worklist = [a, b, ...Array.from({ length: 40 }, (_x, i) => 90_000 + i)];
    for (const ids of [worklist, [...worklist, ...Array.from({ length: 260 }, (_x, i) => 95_000 + i)]]) {
      emu.requestLog.clear();
      const read = await repo.forPupils(ids);
      // One request for the actions, one beside it for the staff's notes on them (stored apart, never shared: docs/sharing.md).
      expect(emu.requestLog.all().filter((r) => r.path.includes('/_api/')).map((r) => decodeURIComponent(r.path).replace(/.*getByTitle\('([^']+)'\).*/, '$1')).sort()).toEqual(['Pathways Attendance Action Notes', 'Pathways Attendance Actions']);
      expect(read.problems).toEqual([]);
      expect(read.items.filter((x) => x.pupilId === a || x.pupilId === b || x.pupilId === other).map((x) => [x.pupilId, x.action, x.date, x.planned, x.notes])).toEqual([
        [b, 'Supportive conversation', '2026-11-18', true, undefined],
        [a, 'Home visit', '2026-11-20', false, 'Seen at home'],
      ]);
    }
  });

  it('refuses an invalid record before anything is sent', async () => {
    const pupilId = await addPupil('AR003');
    const repo = new SpAttendanceActionRepository(sp(), emu.siteUrl);
    await expect(repo.add({ pupilId, action: 'Other', date: '2026-11-23', planned: false, recordedBy: STAFF.email }, 'AR003')).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect((await repo.forPupil(pupilId)).items).toEqual([]);
  });
});
