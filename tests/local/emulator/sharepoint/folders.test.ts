import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
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
  emu.store.setRegionalSettings({ localeId: 2057, timeZoneId: 2 }); // en-GB, London: what setup sets
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
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
  it('in a generic list, folders.addUsingPath makes a folder with NO list item (pnp/pnpjs#747)', async () => {
    const list = as(OWNER.email).web.lists.getByTitle(ATTENDANCE);
    const f = await list.rootFolder.folders.addUsingPath('BARE');
    expect(f).toMatchObject({ Name: 'BARE', ServerRelativeUrl: `${ROOT}/BARE`, Exists: true });
    // The folder exists (it can be read by its path and listed), but it is not an item: no Id, not in items().
    expect(await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/BARE`).select('Exists')()).toMatchObject({ Exists: true });
    const fields = await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/BARE`).listItemAllFields.select('Id')<{ Id?: number }>();
    expect(fields.Id).toBeUndefined();
    expect((await list.rootFolder.folders()).map((s) => s.Name)).toContain('BARE');
    expect((await list.items.select('FileLeafRef')()).map((i) => i.FileLeafRef)).not.toContain('BARE');
    const dup = await list.rootFolder.folders.addUsingPath('BARE').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(dup?.message).toMatch(/already exists/);
    await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/BARE`).delete();
    expect(await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/BARE`).select('Exists')()).toMatchObject({ Exists: false });
  });

  it('creates a list folder with its item through AddSubFolderUsingPath (FileSystemObjectType 1)', async () => {
    const root = as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder;
    await root.addSubFolderUsingPath('P001');
    // P001 left the list's unique column (PwWeekKey) empty: a second folder without a value is refused (README,
    // "Unique columns"); one made with its key in the same request is not.
    const second = await as(OWNER.email).web.getFolderByServerRelativePath(ROOT).addSubFolderUsingPath('P002').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(second?.message).toBe('This value already exists in the list');
    const keyed = (await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).addValidateUpdateItemUsingPath([{ FieldName: 'PwWeekKey', FieldValue: 'folder:P002' }], ROOT, true, '', { leafName: 'P002', objectType: 1 })) as unknown as Result[];
    expect(keyed.filter((r) => r.HasException)).toEqual([]);
    const dup = await root.addSubFolderUsingPath('P001').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(dup?.message).toMatch(/already exists/);
    const item = { ...(await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/P001`).getItem<Record<string, unknown>>('Id', 'FileSystemObjectType', 'ContentTypeId', 'FileLeafRef', 'FileRef', 'FileDirRef')) };
    expect(item).toMatchObject({ FileSystemObjectType: 1, FileLeafRef: 'P001', FileRef: `${ROOT}/P001`, FileDirRef: ROOT });
    expect(String(item.ContentTypeId)).toMatch(/^0x0120/);
    const subs = await as(OWNER.email).web.lists.getByTitle(ATTENDANCE).rootFolder.folders();
    expect(subs.map((s) => s.Name)).toEqual(['P001', 'P002']);
    const denied = await as(STAFF.email).web.lists.getByTitle(PUPILS).rootFolder.addSubFolderUsingPath('X').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(denied).toBeUndefined(); // Members may add to lists (Edit)
  });

  it('a folder that does not exist: 200 { Exists: false } with $select=Exists, else 404 (sp-dev-docs#7437)', async () => {
    const missing = () => as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/NOPE`);
    expect(await missing().select('Exists')()).toMatchObject({ Exists: false });
    expect(await missing()().then(() => undefined, (e: unknown) => spErrorOf(e))).toMatchObject({ status: 404, message: 'File Not Found.' });
    // Navigating from it does not fail by itself: no item (null), no sub-folders; uploading into it does.
    expect((await missing().listItemAllFields.select('Id')<{ Id?: number }>()).Id).toBeUndefined();
    expect(await missing().folders()).toEqual([]);
    expect(await as(OWNER.email).web.getFolderByServerRelativePath('/sites/pathways/Nowhere/x').select('Exists')()).toMatchObject({ Exists: false });
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
    expect(badDate[0]).toMatchObject({ HasException: true, ErrorMessage: 'Enter a date like this: 23/02/2012' });
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
    expect(item).toEqual(expect.objectContaining({ PwDateOfBirth: '2012-03-04T00:00:00Z', PwMonitoring: true, PwFsm: false, PwLastYearAttendance: 87.5, PwEnrolmentDate: '2026-09-06T23:00:00Z' }));
    // Form values are in site time (London): 04/03/2012 is GMT; the enrolment date is date-only, kept at local
    // midnight (BST, UTC+1) whatever time is typed.
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
