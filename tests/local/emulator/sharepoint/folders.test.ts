import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OAKFIELD, OWNER, STAFF } from './people';

const ATTENDANCE = 'Pathways Attendance';
const PUPILS = 'Pathways Pupils';
const ROOT = '/sites/pathways/Lists/PwAttendance';
const READ = 1073741826;

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });
type Result = { FieldName: string; FieldValue: string; HasException: boolean; ErrorMessage: string | null; ItemId: number };

const week = (pupilId: number, key: string, pupilField = String(pupilId)) => [
  { FieldName: 'PwPupil', FieldValue: pupilField },
  { FieldName: 'PwWeek', FieldValue: '2026-09-07' },
  { FieldName: 'PwWeekKey', FieldValue: key },
  { FieldName: 'PwAcademicYear', FieldValue: '2026-27' },
  { FieldName: 'PwMonAm', FieldValue: '/' },
];

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.members.id, STAFF.email);
  emu.store.addUser({ ...OAKFIELD, userType: 'Guest' });
  emu.store.createGroup('Oakfield Academy staff');
  emu.store.addToGroup('Oakfield Academy staff', OAKFIELD.email);
  for (const ref of ['P001', 'P002']) {
    emu.store.addItem(PUPILS, {
      Title: ref, PwPupilRef: ref, PwFirstName: 'Alex', PwLastName: ref, PwDateOfBirth: '2012-03-04T00:00:00Z', PwYearGroup: '9',
      PwEnrolmentDate: '2026-09-01T00:00:00Z', PwRegistration: 'Dual', PwSupportTier: 'Universal', PwSenProvision: 'K',
    });
  }
});
afterAll(() => emu.close());

describe('folders', () => {
  it('creates a folder with addUsingPath: a list item with FileSystemObjectType 1', async () => {
    const f = await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder.folders.addUsingPath('P001');
    expect(f).toMatchObject({ Name: 'P001', ServerRelativeUrl: `${ROOT}/P001`, Exists: true });
    await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder.folders.addUsingPath(`${ROOT}/P002`);
    const dup = await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder.folders.addUsingPath('P001').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(dup?.message).toMatch(/already exists/);
    const item = { ...(await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/P001`).getItem<Record<string, unknown>>('Id', 'FileSystemObjectType', 'ContentTypeId', 'FileLeafRef', 'FileRef', 'FileDirRef')) };
    expect(item).toMatchObject({ FileSystemObjectType: 1, FileLeafRef: 'P001', FileRef: `${ROOT}/P001`, FileDirRef: ROOT });
    expect(String(item.ContentTypeId)).toMatch(/^0x0120/);
    const subs = await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder.folders();
    expect(subs.map((s) => s.Name)).toEqual(['P001', 'P002']);
  });

  it('adds items into a folder with AddValidateUpdateItemUsingPath (en-GB form values)', async () => {
    const list = as(STAFF.email).web.lists.getByTitle(ATTENDANCE);
    const res = (await list.addValidateUpdateItemUsingPath(week(1, '1-2026-09-07'), `${ROOT}/P001`)) as unknown as Result[];
    expect(res.every((r) => !r.HasException)).toBe(true);
    const id = res.find((r) => r.FieldName === 'Id')?.ItemId ?? res[0].ItemId;
    const item = await list.items.getById(id).select('PwWeek', 'PwPupilId', 'FileDirRef', 'PwMonAm')();
    expect(item).toMatchObject({ PwWeek: '2026-09-07', PwPupilId: 1, FileDirRef: `${ROOT}/P001`, PwMonAm: '/' });
    await list.addValidateUpdateItemUsingPath(week(2, '2-2026-09-07'), `${ROOT}/P002`);
  });

  it('reports a value it cannot parse, a missing required value and a duplicate, and creates nothing', async () => {
    const list = as(STAFF.email).web.lists.getByTitle(ATTENDANCE);
    const before = emu.store.items(ATTENDANCE).length;
    const bad = (await list.addValidateUpdateItemUsingPath(week(1, '1-2026-09-14', 'one'), `${ROOT}/P001`)) as unknown as Result[];
    expect(bad.find((r) => r.FieldName === 'PwPupil')).toMatchObject({ HasException: true });
    const badDate = (await as(STAFF.email).web.lists.getByTitle(PUPILS).items.getById(1).validateUpdateListItem([{ FieldName: 'PwLeavingDate', FieldValue: '31/02/2026' }])) as unknown as Result[];
    expect(badDate[0]).toMatchObject({ HasException: true, ErrorMessage: expect.stringMatching(/valid date/) });
    const missing = (await list.addValidateUpdateItemUsingPath(week(1, '1-2026-09-21').filter((v) => v.FieldName !== 'PwAcademicYear'), `${ROOT}/P001`)) as unknown as Result[];
    expect(missing.find((r) => r.FieldName === 'PwAcademicYear')).toMatchObject({ HasException: true, ErrorMessage: "You can't leave this blank." });
    const dup = (await list.addValidateUpdateItemUsingPath(week(1, '1-2026-09-07'), `${ROOT}/P001`)) as unknown as Result[];
    expect(dup.filter((r) => r.HasException)).toEqual([expect.objectContaining({ FieldName: 'PwWeekKey', ErrorMessage: 'This value already exists in the list' })]);
    expect(emu.store.items(ATTENDANCE).length).toBe(before);
  });

  it('parses every kind of form value', async () => {
    const list = as(STAFF.email).web.lists.getByTitle(PUPILS);
    const res = (await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'Casey' },
        { FieldName: 'PwPupilRef', FieldValue: 'P003' },
        { FieldName: 'PwFirstName', FieldValue: 'Casey' },
        { FieldName: 'PwLastName', FieldValue: 'Wren' },
        { FieldName: 'PwDateOfBirth', FieldValue: '04/03/2012' },
        { FieldName: 'PwYearGroup', FieldValue: '9' },
        { FieldName: 'PwEnrolmentDate', FieldValue: '07/09/2026 08:45' },
        { FieldName: 'PwRegistration', FieldValue: 'Single' },
        { FieldName: 'PwSupportTier', FieldValue: 'Universal' },
        { FieldName: 'PwSenProvision', FieldValue: 'N' },
        { FieldName: 'PwMonitoring', FieldValue: 'Yes' },
        { FieldName: 'PwFsm', FieldValue: '0' },
        { FieldName: 'PwLastYearAttendance', FieldValue: '87.5' },
        { FieldName: 'PwNamedContacts', FieldValue: '' },
        { FieldName: 'PwHomeSchool', FieldValue: '' },
      ],
      '/sites/pathways/Lists/PwPupils',
    )) as unknown as Result[];
    expect(res.filter((r) => r.HasException)).toEqual([]);
    const id = res[0].ItemId;
    const item = await list.items.getById(id).select('PwDateOfBirth', 'PwMonitoring', 'PwFsm', 'PwLastYearAttendance', 'PwEnrolmentDate')();
    expect(item).toEqual(expect.objectContaining({ PwDateOfBirth: '2012-03-04T00:00:00Z', PwMonitoring: true, PwFsm: false, PwLastYearAttendance: 87.5, PwEnrolmentDate: '2026-09-07T07:45:00Z' }));
    // Form values are in site time (London): 04/03/2012 is GMT, 07/09/2026 08:45 is BST (UTC+1).
    const upd = (await list.items.getById(id).validateUpdateListItem([{ FieldName: 'PwNamedContacts', FieldValue: '1;#;#2;#' }])) as unknown as Result[];
    expect(upd[0].HasException).toBe(false);
    expect((await list.items.getById(id).select('PwNamedContactsId')()).PwNamedContactsId).toEqual([1, 2]);
  });

  it('queries recursively: folders and the items inside them', async () => {
    const rows = await as(STAFF.email).web.lists.getByTitle(ATTENDANCE).items.select('Id', 'FileSystemObjectType', 'FileLeafRef', 'FileDirRef')();
    expect(rows.map((r) => [r.FileSystemObjectType, r.FileDirRef])).toEqual([
      [1, ROOT],
      [1, ROOT],
      [0, `${ROOT}/P001`],
      [0, `${ROOT}/P002`],
    ]);
    const inFolder = await as(STAFF.email).web.lists.getByTitle(ATTENDANCE).items.select('Id').filter(`FileDirRef eq '${ROOT}/P001' and FSObjType eq 0`)();
    expect(inFolder).toHaveLength(1);
  });

  it('trims through a folder with unique permissions (break inheritance + add role assignment)', async () => {
    const owner = as(OWNER.email);
    const folderItem = await owner.web.getFolderByServerRelativePath(`${ROOT}/P001`).getItem();
    await folderItem.breakRoleInheritance(true, true);
    const group = emu.store.group('Oakfield Academy staff').id;
    await folderItem.roleAssignments.add(group, READ);
    const seen = await as(OAKFIELD.email).web.lists.getByTitle(ATTENDANCE).items.select('PwWeekKey', 'FileSystemObjectType')();
    expect(seen.map((r) => r.PwWeekKey ?? 'folder')).toEqual(['folder', '1-2026-09-07']);
    const hidden = await as(OAKFIELD.email).web.getFolderByServerRelativePath(`${ROOT}/P002`)().then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(hidden).toMatchObject({ status: 404, message: 'File Not Found.' });
    const p2Item = emu.store.items(ATTENDANCE).find((i) => i.dir.endsWith('/P002') && i.fsType === 0);
    const byId = await as(OAKFIELD.email).web.lists.getByTitle(ATTENDANCE).items.getById(p2Item?.id ?? 0)().then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(byId?.status).toBe(404);
    // Staff kept access: the folder's permissions were copied from the list before the school was added.
    expect(await as(STAFF.email).web.lists.getByTitle(ATTENDANCE).items()).toHaveLength(4);
  });
});
