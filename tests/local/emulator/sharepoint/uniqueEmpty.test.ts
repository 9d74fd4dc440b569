/**
 * The strict unique rule (local/emulator/README.md, "Unique columns"): in an enforced-unique column an empty value
 * counts as a value, over items and folders alike, so at most one may be empty; switching EnforceUniqueValues on over
 * two empties is refused like duplicates.
 */
import { LEADERSHIP_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER, STAFF } from './people';

const CONTACTS = 'Pathways School Contacts';
const NOTIFICATIONS = 'Pathways Notifications';
const NOTIFICATIONS_ROOT = '/sites/pathways/Lists/PwNotifications';
const DUPLICATE = { status: 400, code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: 'This value already exists in the list' };
const FIELD_HAS_DUPLICATES = {
  status: 400,
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: 'This field contains duplicate values. Remove all duplicate values and try the operation again.',
};
type Result = { FieldName: string; HasException: boolean; ErrorMessage: string | null };

let emu: RunningEmulator;
const sp = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });
/** The site owner: changes columns. */
const owner = () => spFor(OWNER.email, { siteUrl: emu.siteUrl });
const failure = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

beforeEach(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(LEADERSHIP_GROUP.title, STAFF.email);
});
afterEach(() => emu.close());

describe('an empty value in an enforced-unique column', () => {
  it('lets one item leave it empty and refuses a second; keyed items are accepted', async () => {
    const list = sp().web.lists.getByTitle(CONTACTS);
    await list.items.add({ Title: 'Robin Vale', PwRole: 'SENCO' });
    expect(await spErrorOf(await failure(list.items.add({ Title: 'Jo Birch', PwRole: 'SENCO' })))).toEqual(DUPLICATE);
    await list.items.add({ Title: 'Jo Birch', PwRole: 'SENCO', PwClientKey: 'k-1' });
    await list.items.add({ Title: 'Kit Moss', PwRole: 'SENCO', PwClientKey: 'k-2' });
    // Emptying a keyed item's key clashes with the empty one already there.
    const keyed = emu.store.items(CONTACTS).find((i) => i.data.PwClientKey === 'k-1');
    expect(await spErrorOf(await failure(list.items.getById(keyed?.id ?? 0).update({ PwClientKey: null })))).toEqual(DUPLICATE);
    expect(emu.store.items(CONTACTS).map((i) => i.data.PwClientKey)).toEqual([null, 'k-1', 'k-2']);
  });

  it('refuses the second empty inside one $batch, keeping the others', async () => {
    const [batched, execute] = sp().batched();
    const list = batched.web.lists.getByTitle(CONTACTS);
    const outcomes: unknown[] = [];
    for (const [i, key] of ([undefined, undefined, 'k-3'] as const).entries()) {
      list.items.add({ Title: `Contact ${i}`, PwRole: 'SENCO', ...(key ? { PwClientKey: key } : {}) }).then((r) => (outcomes[i] = r), (e: unknown) => (outcomes[i] = e));
    }
    await execute();
    expect(outcomes[0]).toMatchObject({ Title: 'Contact 0' });
    expect(await spErrorOf(outcomes[1])).toEqual(DUPLICATE);
    expect(outcomes[2]).toMatchObject({ Title: 'Contact 2', PwClientKey: 'k-3' });
  });

  it('counts folders: a second folder without a value is refused, folders made with their key are not', async () => {
    const root = sp().web.lists.getByTitle(NOTIFICATIONS).rootFolder;
    await root.addSubFolderUsingPath('PH-0001');
    expect(await spErrorOf(await failure(root.addSubFolderUsingPath('PH-0002')))).toEqual(DUPLICATE);
    const list = sp().web.lists.getByTitle(NOTIFICATIONS);
    for (const ref of ['PH-0002', 'PH-0003']) {
      const res = (await list.addValidateUpdateItemUsingPath([{ FieldName: 'PwDedupeKey', FieldValue: `folder:${ref}` }], NOTIFICATIONS_ROOT, true, '', { leafName: ref, objectType: 1 })) as unknown as Result[];
      expect(res.filter((r) => r.HasException)).toEqual([]);
    }
    // A folder whose key clashes is refused in the answer and not created.
    const clash = (await list.addValidateUpdateItemUsingPath([{ FieldName: 'PwDedupeKey', FieldValue: 'FOLDER:PH-0003' }], NOTIFICATIONS_ROOT, true, '', { leafName: 'PH-0004', objectType: 1 })) as unknown as Result[];
    expect(clash.filter((r) => r.HasException)).toEqual([expect.objectContaining({ FieldName: 'PwDedupeKey', ErrorMessage: 'This value already exists in the list' })]);
    expect(emu.store.items(NOTIFICATIONS).map((i) => [i.fsType, i.data.PwDedupeKey])).toEqual([[1, null], [1, 'folder:PH-0002'], [1, 'folder:PH-0003']]);
    // An item without a value now clashes with the folder left empty.
    expect(await spErrorOf(await failure(list.items.add({ PwKind: 'Absence', PwSubject: 'x', PwRecipients: 'x', PwOutcome: 'Sent' })))).toEqual(DUPLICATE);
  });
});

describe('switching EnforceUniqueValues on', () => {
  const extraField = (unique: boolean): string =>
    `<Field Type="Text" Name="PwExtra" StaticName="PwExtra" DisplayName="Extra" Indexed="TRUE" EnforceUniqueValues="${unique ? 'TRUE' : 'FALSE'}" />`;

  it('is refused over two empty values, like duplicates, and accepted once every value differs', async () => {
    const list = owner().web.lists.getByTitle(CONTACTS);
    await list.items.add({ Title: 'Robin Vale', PwRole: 'SENCO', PwClientKey: 'k-1' });
    await list.items.add({ Title: 'Jo Birch', PwRole: 'SENCO', PwClientKey: 'k-2' });
    // A new unique column is empty on both items: refused from the start.
    expect(await spErrorOf(await failure(list.fields.createFieldAsXml({ SchemaXml: extraField(true), Options: 8 })))).toEqual(FIELD_HAS_DUPLICATES);
    await list.fields.createFieldAsXml({ SchemaXml: extraField(false), Options: 8 });
    const field = list.fields.getByInternalNameOrTitle('PwExtra');
    expect(await spErrorOf(await failure(field.update({ EnforceUniqueValues: true }, 'SP.Field')))).toEqual(FIELD_HAS_DUPLICATES);
    await list.items.getById(1).update({ PwExtra: 'a' });
    await list.items.getById(2).update({ PwExtra: 'A' });
    expect(await spErrorOf(await failure(field.update({ EnforceUniqueValues: true }, 'SP.Field')))).toEqual(FIELD_HAS_DUPLICATES);
    await list.items.getById(2).update({ PwExtra: 'b' });
    await field.update({ EnforceUniqueValues: true }, 'SP.Field');
    expect((await field.select('EnforceUniqueValues')<{ EnforceUniqueValues: boolean }>()).EnforceUniqueValues).toBe(true);
  });

  it('is accepted over a single empty value', async () => {
    const list = owner().web.lists.getByTitle(CONTACTS);
    await list.items.add({ Title: 'Robin Vale', PwRole: 'SENCO', PwClientKey: 'k-1' });
    await list.fields.createFieldAsXml({ SchemaXml: extraField(true), Options: 8 });
    expect(emu.store.items(CONTACTS)[0].data.PwExtra ?? null).toBeNull();
    // … and from then on that one empty blocks a second.
    expect(await spErrorOf(await failure(list.items.add({ Title: 'Jo Birch', PwRole: 'SENCO', PwClientKey: 'k-2' })))).toEqual(DUPLICATE);
    await list.items.add({ Title: 'Jo Birch', PwRole: 'SENCO', PwClientKey: 'k-2', PwExtra: 'x' });
  });
});
