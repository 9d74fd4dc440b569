/**
 * TransferService against the SharePoint emulator: a leaver's CTF made from the saved record and registers,
 * named as the specification prescribes, filed in the pupil's Letters folder, valid against the CTF 25 schema,
 * due 15 school days after leaving, then recorded as sent; the attendance transfer for a dual-registered
 * pupil's main school; and the refusals (no leaving date, no UPN, no DfE number in settings).
 */
import { TransferService } from '../../../src/data/transfer/TransferService';
import type { AttendanceMark, Pupil } from '../../../src/domain';
import type { Saved } from '../../../src/data/ports';
import { DEFAULT_ADMIN } from '../../../local/emulator/store';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { UPNS } from '../../support/pupilBuilder';
import { validateXml } from '../../support/xmllint';

const ADMIN = DEFAULT_ADMIN.email;
let fx: PathwaysFixture;
let service: TransferService;
let leaver: Saved<Pupil>;
const decoder = new TextDecoder();

const mark = (pupilId: number, date: string, session: 'AM' | 'PM', code: string): AttendanceMark => ({ pupilId, date, session, code, recordedBy: ADMIN, recordedAt: `${date}T09:10:00Z` });

async function register(date: string, session: 'AM' | 'PM', marks: AttendanceMark[]): Promise<void> {
  const repo = fx.admin.services.attendance;
  const result = await repo.saveRegister({ date, session, marks, reasons: new Map(), baseline: await repo.register(date, session), takenBy: ADMIN, at: `${date}T09:20:00Z` });
  expect(result.failures).toEqual([]);
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  const { services } = fx.admin;
  const settings = await services.settings.get({ fresh: true });
  await services.settings.save({ ...settings, service: { ...settings.service, dfeNumber: '9991100', urn: '100001' } }, 'etag' in settings ? settings.etag : undefined);
  service = new TransferService({
    pupils: services.pupils,
    settings: services.settings,
    attendance: services.attendance,
    letters: services.letters,
    history: services.pupilHistory,
    now: () => new Date('2026-11-23T10:00:00Z'),
  });
  leaver = await fx.addPupil('PH-T1', { upn: UPNS[1], firstName: 'Robin', lastName: 'Example', enrolmentDate: '2026-11-02', leavingDate: '2026-11-20', senProvision: 'K', primaryNeed: 'SEMH' });
  await register('2026-11-16', 'AM', [mark(leaver.id, '2026-11-16', 'AM', '/')]);
  await register('2026-11-16', 'PM', [mark(leaver.id, '2026-11-16', 'PM', 'O')]);
}, 120000);
afterAll(() => fx.close());

describe('TransferService (emulator)', () => {
  it('makes the leaver’s CTF, files it in the pupil’s folder, and tracks it from due to sent', async () => {
    expect((await service.status(leaver.id)).ctf).toEqual({ state: 'to-make', dueBy: '2026-12-11', overdue: false, latest: undefined });

    const made = await service.makeCtf({ pupilId: leaver.id, sex: 'F', destination: { kind: 'school', school: { la: '823', estab: '4102' } } });
    expect(made.filed).toMatchObject({ kind: 'Common transfer file', letterDate: '2026-11-23', fileName: '9991100_CTF_8234102_001.xml', url: '/sites/pathways/PwLetters/PH-T1/PRU only/9991100_CTF_8234102_001.xml' });
    const xml = decoder.decode(await fx.admin.services.letters.content(made.filed.url));
    expect(validateXml(xml)).toEqual({ valid: true, messages: '' });
    expect(xml).toContain(`<UPN>${UPNS[1]}</UPN>`);
    expect(xml).toContain('<SessionsPossible>2</SessionsPossible>');
    expect(xml).toContain('<SessionsUnauthorised>1</SessionsUnauthorised>');

    // A second file to the same school takes the next sequence number.
    const again = await service.makeCtf({ pupilId: leaver.id, sex: 'F', destination: { kind: 'school', school: { la: '823', estab: '4102' } } });
    expect(again.filed.fileName).toBe('9991100_CTF_8234102_002.xml');
    const status = await service.status(leaver.id);
    expect(status.ctf).toMatchObject({ state: 'to-send', dueBy: '2026-12-11', latest: { fileName: '9991100_CTF_8234102_002.xml' } });
    expect(status.source).toEqual({ la: '999', estab: '1100' });

    await service.recordSent(again.filed, '2026-11-24');
    expect((await service.status(leaver.id)).ctf).toMatchObject({ state: 'sent', latest: { fileName: '9991100_CTF_8234102_002.xml', sentOn: '2026-11-24' } });
    // The record changed since it was read: a second recording under the old ETag is refused, not overwritten.
    await expect(service.recordSent(again.filed, '2026-11-25')).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('makes the attendance transfer for a dual-registered pupil’s main school', async () => {
    const school = await fx.addSchool('Example Academy', '100042', []);
    const dual = await fx.addPupil('PH-T2', { upn: UPNS[2], registration: 'Dual', homeSchoolId: school.school.id, enrolmentDate: '2026-11-02' });
    await register('2026-11-17', 'AM', [mark(dual.id, '2026-11-17', 'AM', '/')]);
    const made = await service.makeAttendanceTransfer({ pupilId: dual.id, sex: 'M', mainSchool: { la: '823', estab: '4555' } });
    expect(made.filed).toMatchObject({ kind: 'Attendance transfer', fileName: '9991100_CTF_8234555_001.xml' });
    const xml = decoder.decode(await fx.admin.services.letters.content(made.filed.url));
    expect(validateXml(xml)).toEqual({ valid: true, messages: '' });
    expect(xml).toContain('<DocumentQualifier>partial</DocumentQualifier>');
    await expect(service.makeAttendanceTransfer({ pupilId: leaver.id, sex: 'F', mainSchool: { la: '823', estab: '4555' } })).rejects.toThrow('is not dual-registered');
  });

  it('refuses without a leaving date, without a UPN, and without the service’s DfE number', async () => {
    const staying = await fx.addPupil('PH-T3', { upn: UPNS[3] });
    await expect(service.makeCtf({ pupilId: staying.id, sex: 'M', destination: { kind: 'unknown' } })).rejects.toThrow("leaving date first");
    const noUpn = await fx.addPupil('PH-T4', { leavingDate: '2026-11-20', enrolmentDate: '2026-11-02' });
    await expect(service.makeCtf({ pupilId: noUpn.id, sex: 'M', destination: { kind: 'unknown' } })).rejects.toThrow("UPN before making the CTF");
    const settings = await fx.admin.services.settings.get({ fresh: true });
    await fx.admin.services.settings.save({ ...settings, service: { ...settings.service, dfeNumber: undefined } }, 'etag' in settings ? settings.etag : undefined);
    await expect(service.makeCtf({ pupilId: leaver.id, sex: 'F', destination: { kind: 'outside' } })).rejects.toThrow("DfE number");
  });
});
