/**
 * Files in a document library, as PnPjs uploads and reads them: addUsingPath with a binary body (and
 * Overwrite), the file's SP.File JSON, $value, listItemAllFields (metadata written with the item API),
 * folder listing, security trimming (404 for a file in a folder the user cannot read), deletion, and the
 * refusals SharePoint gives (a generic list, a duplicate without Overwrite, a bad name, read-only users); moving a
 * file (SP.MoveCopyUtil.MoveFileByPath as PnPjs's moveByPath sends it): columns and bytes move, a new item id (the
 * strict side: SharePoint does not document that the id survives), the destination folder's permissions, and the
 * refusals (a name taken, a missing folder, a reader, a file the user cannot see).
 */
import { OFFICE_GROUP } from '../../../../src/lists';
import '@pnp/sp/files';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OAKFIELD, OWNER, STAFF } from './people';

const LETTERS = 'Pathways Letters';
const ROOT = '/sites/pathways/PwLetters';
const READ = 1073741826;

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });
const bytes = (...values: number[]) => new Uint8Array(values);

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
  emu.store.addUser({ ...OAKFIELD, userType: 'Guest' });
  emu.store.createGroup('Oakfield Academy staff');
  emu.store.addToGroup('Oakfield Academy staff', OAKFIELD.email);
  const letters = as(OWNER.email).web.lists.getByTitle(LETTERS);
  await letters.rootFolder.folders.addUsingPath('F001');
  await letters.rootFolder.folders.addUsingPath('F002');
});
afterAll(() => emu.close());

describe('files in a document library', () => {
  it('is a document library (base template 101)', async () => {
    const list = await as(STAFF.email).web.lists.getByTitle(LETTERS).select('BaseTemplate', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(list).toMatchObject({ BaseTemplate: 101, RootFolder: { ServerRelativeUrl: ROOT } });
  });

  it('uploads a binary file into a folder and reads the same bytes back', async () => {
    const content = bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0d, 0x0a, 0x7b);
    const info = await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F001`).files.addUsingPath('Timetable letter.docx', content, { Overwrite: true });
    expect(info).toMatchObject({ Name: 'Timetable letter.docx', ServerRelativeUrl: `${ROOT}/F001/Timetable letter.docx`, Length: '9', Exists: true });

    const file = as(STAFF.email).web.getFileByServerRelativePath(`${ROOT}/F001/Timetable letter.docx`);
    expect(new Uint8Array(await file.getBuffer())).toEqual(content);
    expect(await file.select('Name', 'Length')()).toMatchObject({ Name: 'Timetable letter.docx', Length: '9' });

    const res = await rawFetch(`${emu.siteUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`${ROOT}/F001/Timetable letter.docx`)}')/$value`, STAFF.email);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(content);
  });

  it('gives the file’s list item, whose columns are written with the item API and found by item queries', async () => {
    const file = as(STAFF.email).web.getFileByServerRelativePath(`${ROOT}/F001/Timetable letter.docx`);
    const item = { ...(await file.getItem<{ Id: number; FileLeafRef: string; FileDirRef: string; FileSystemObjectType: number }>('Id', 'FileLeafRef', 'FileDirRef', 'FileSystemObjectType')) };
    expect(item).toMatchObject({ FileLeafRef: 'Timetable letter.docx', FileDirRef: `${ROOT}/F001`, FileSystemObjectType: 0 });
    const letters = as(STAFF.email).web.lists.getByTitle(LETTERS);
    await letters.items.getById(item.Id).update({ PwLetterKind: 'PIP timetable', PwLetterDate: '2026-11-23T00:00:00Z', PwPupilId: 1 });
    const found = await letters.items.filter('PwPupilId eq 1').select('Id', 'FileRef', 'PwLetterKind')();
    expect(found).toEqual([expect.objectContaining({ Id: item.Id, FileRef: `${ROOT}/F001/Timetable letter.docx`, PwLetterKind: 'PIP timetable' })]);
  });

  it('lists a folder’s files, and gets one by name', async () => {
    await as(STAFF.email).web.lists.getByTitle(LETTERS).rootFolder.files.addUsingPath('At the root.docx', bytes(1, 2, 3));
    const inFolder = await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F001`).files();
    expect(inFolder.map((f) => f.Name)).toEqual(['Timetable letter.docx']);
    const one = await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F001`).files.getByUrl('Timetable letter.docx')();
    expect(one.ServerRelativeUrl).toBe(`${ROOT}/F001/Timetable letter.docx`);
    expect((await as(STAFF.email).web.lists.getByTitle(LETTERS).rootFolder.files()).map((f) => f.Name)).toEqual(['At the root.docx']);
  });

  it('refuses a second file of the same name unless Overwrite=true, which replaces the content and adds a version', async () => {
    const folder = as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F001`);
    const dup = await folder.files.addUsingPath('Timetable letter.docx', bytes(9)).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(dup).toMatchObject({ status: 400, message: `A file with the name ${ROOT}/F001/Timetable letter.docx already exists.` });
    const replaced = await folder.files.addUsingPath('Timetable letter.docx', bytes(7, 7), { Overwrite: true });
    expect(replaced).toMatchObject({ Length: '2', UIVersionLabel: '3.0' });
    expect(new Uint8Array(await as(STAFF.email).web.getFileByServerRelativePath(`${ROOT}/F001/Timetable letter.docx`).getBuffer())).toEqual(bytes(7, 7));
  });

  it('refuses files in a generic list and names SharePoint would not accept', async () => {
    const inList = await as(OWNER.email).web.lists.getByTitle('Pathways PIPs').rootFolder.files.addUsingPath('x.docx', bytes(1)).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(inList).toMatchObject({ status: 400, message: 'Files can only be added to a document library.' });
    const bad = await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F001`).files.addUsingPath('a:b?.docx', bytes(1)).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(bad).toMatchObject({ status: 400, message: "The file name 'a:b?.docx' is not valid." });
  });

  it('trims files by the folder’s permissions: 404 for another school’s pupil, read-only for its own', async () => {
    await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F002`).files.addUsingPath('Other.docx', bytes(4));
    const letters = as(OWNER.email).web.lists.getByTitle(LETTERS);
    const folderItem = { ...(await as(OWNER.email).web.getFolderByServerRelativePath(`${ROOT}/F001`).getItem<{ Id: number }>('Id')) };
    const group = await as(OWNER.email).web.siteGroups.getByName('Oakfield Academy staff')();
    await letters.items.getById(folderItem.Id).breakRoleInheritance(true, false);
    await letters.items.getById(folderItem.Id).roleAssignments.add(group.Id, READ);

    const school = as(OAKFIELD.email);
    expect(new Uint8Array(await school.web.getFileByServerRelativePath(`${ROOT}/F001/Timetable letter.docx`).getBuffer())).toEqual(bytes(7, 7));
    const hidden = await school.web.getFileByServerRelativePath(`${ROOT}/F002/Other.docx`)().then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(hidden).toMatchObject({ status: 404, message: 'File Not Found.' });
    const write = await school.web.getFolderByServerRelativePath(`${ROOT}/F001`).files.addUsingPath('Mine.docx', bytes(1)).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(write?.status).toBe(403);
  });

  it('deletes a file and its content', async () => {
    const file = as(STAFF.email).web.getFileByServerRelativePath(`${ROOT}/F002/Other.docx`);
    await file.delete();
    const gone = await file().then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(gone?.status).toBe(404);
    expect((await as(STAFF.email).web.getFolderByServerRelativePath(`${ROOT}/F002`).files()).map((f) => f.Name)).toEqual([]);
  });

  it('moves a file (moveByPath): columns and bytes move, the item id does not survive, the destination’s permissions apply', async () => {
    const staff = as(STAFF.email);
    await staff.web.getFolderByServerRelativePath(`${ROOT}/F002`).files.addUsingPath('Move me.docx', bytes(5, 6));
    const before = { ...(await staff.web.getFileByServerRelativePath(`${ROOT}/F002/Move me.docx`).getItem<{ Id: number }>('Id')) };
    await staff.web.lists.getByTitle(LETTERS).items.getById(before.Id).update({ PwLetterKind: 'Other', PwPupilId: 2 });
    // F001 is shared with Oakfield (the test above); F002 is not.
    const school = as(OAKFIELD.email);
    expect((await school.web.getFileByServerRelativePath(`${ROOT}/F002/Move me.docx`)().then(() => undefined, (e: unknown) => spErrorOf(e)))?.status).toBe(404);

    await staff.web.getFileByServerRelativePath(`${ROOT}/F002/Move me.docx`).moveByPath(`${ROOT}/F001/Move me.docx`, false);
    const after = { ...(await staff.web.getFileByServerRelativePath(`${ROOT}/F001/Move me.docx`).getItem<{ Id: number; PwLetterKind: string; PwPupilId: number }>('Id', 'PwLetterKind', 'PwPupilId')) };
    expect(after).toMatchObject({ PwLetterKind: 'Other', PwPupilId: 2 });
    expect(after.Id).not.toBe(before.Id);
    expect((await staff.web.lists.getByTitle(LETTERS).items.getById(before.Id)().then(() => undefined, (e: unknown) => spErrorOf(e)))?.status).toBe(404);
    expect(new Uint8Array(await school.web.getFileByServerRelativePath(`${ROOT}/F001/Move me.docx`).getBuffer())).toEqual(bytes(5, 6));
  });

  it('refuses a move onto a file of the same name (unless overwrite or KeepBoth), into a missing folder, by a reader, of a file not seen', async () => {
    const staff = as(STAFF.email);
    await staff.web.getFolderByServerRelativePath(`${ROOT}/F002`).files.addUsingPath('Move me.docx', bytes(9));
    const file = () => staff.web.getFileByServerRelativePath(`${ROOT}/F002/Move me.docx`);
    const taken = await file().moveByPath(`${ROOT}/F001/Move me.docx`, false).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(taken).toMatchObject({ status: 400, message: `A file or folder with the name ${ROOT}/F001/Move me.docx already exists.` });
    const missing = await file().moveByPath(`${ROOT}/F404/Move me.docx`, false).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(missing?.status).toBe(404);
    const reader = await as(OAKFIELD.email).web.getFileByServerRelativePath(`${ROOT}/F001/Move me.docx`).moveByPath(`${ROOT}/F001/Mine.docx`, false).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(reader?.status).toBe(403);
    const unseen = await as(OAKFIELD.email).web.getFileByServerRelativePath(`${ROOT}/F002/Move me.docx`).moveByPath(`${ROOT}/F001/Taken.docx`, false).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(unseen?.status).toBe(404);
    await file().moveByPath(`${ROOT}/F001/Move me.docx`, false, true);
    expect((await staff.web.getFolderByServerRelativePath(`${ROOT}/F001`).files()).map((f) => f.Name)).toEqual(expect.arrayContaining(['Move me.docx', 'Move me 1.docx']));
    expect(new Uint8Array(await staff.web.getFileByServerRelativePath(`${ROOT}/F001/Move me 1.docx`).getBuffer())).toEqual(bytes(9));
  });
});
