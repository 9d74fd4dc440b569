/**
 * Conformance of what site setup uses, through real PnPjs, on an empty team site: custom permission levels and
 * bit-by-bit base permissions, createFieldAsXml (and its internal-name trap), field updates and CustomFormatter,
 * views and their fields, group owners.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { maskOf } from '../../../../src/lists';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER, STAFF } from './people';

let emu: RunningEmulator;
const owner = () => spFor(OWNER.email, { siteUrl: emu.siteUrl });
const staff = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });
const err = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => spErrorOf(e));

beforeAll(async () => {
  emu = await startTestEmulator({ emptySite: true });
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  await owner().web.lists.add('Notes', '', 100);
});
afterAll(() => emu.close());

describe('permission levels (role definitions)', () => {
  it('adds a custom level with its mask; names are unique; only a permissions manager may', async () => {
    const mask = maskOf(['ViewListItems', 'AddListItems', 'Open', 'ViewPages']);
    const added = await owner().web.roleDefinitions.add('Add only', 'View and add items', 200, { High: Number(mask.High), Low: Number(mask.Low) });
    expect(added.data).toMatchObject({ Name: 'Add only', RoleTypeKind: 0, BasePermissions: mask });
    expect((added.data as { Id: number }).Id).toBeGreaterThanOrEqual(1073741924);
    const dup = await err(owner().web.roleDefinitions.add('add ONLY', '', 201, { High: 0, Low: 1 }));
    expect(dup?.status).toBe(500);
    emu.store.addToGroup(DEFAULT_GROUPS.members.id, STAFF.email);
    const denied = await err(staff().web.roleDefinitions.add('Mine', '', 202, { High: 0, Low: 1 }));
    expect(denied?.status).toBe(403);
    emu.store.removeFromGroup(DEFAULT_GROUPS.members.id, STAFF.email);
    expect((await owner().web.roleDefinitions.getByType(2)<{ Name: string }>()).Name).toBe('Read');
  });

  it('checks each base permission bit by bit: "add only" may add items but not edit them', async () => {
    const level = await owner().web.roleDefinitions.getByName('Add only')<{ Id: number }>();
    const notes = owner().web.lists.getByTitle('Notes');
    await notes.breakRoleInheritance(false, false);
    const me = emu.store.user(STAFF.email).spId;
    await notes.roleAssignments.add(me, level.Id);
    const mine = staff().web.lists.getByTitle('Notes');
    const item = await mine.items.add({ Title: 'mine' });
    const edit = await err(mine.items.getById(item.Id as number).update({ Title: 'changed' }));
    expect(edit?.status).toBe(403);
    const perms = await mine.getCurrentUserEffectivePermissions();
    expect(perms).toEqual({ High: '0', Low: maskOf(['ViewListItems', 'AddListItems', 'Open', 'ViewPages']).Low });
    const field = await err(mine.fields.addText('Nope'));
    expect(field?.status).toBe(403);
  });
});

describe('fields', () => {
  it('createFieldAsXml names the field from DisplayName unless AddFieldInternalNameHint (8) is passed', async () => {
    const notes = owner().web.lists.getByTitle('Notes');
    const xml = '<Field Type="Text" Name="PwTopic" StaticName="PwTopic" DisplayName="Topic of note" MaxLength="40" />';
    const plain = await notes.fields.createFieldAsXml(xml);
    expect(plain.InternalName).toBe('Topic_x0020_of_x0020_note');
    const hinted = await notes.fields.createFieldAsXml({ SchemaXml: xml, Options: 8 });
    expect(hinted).toMatchObject({ InternalName: 'PwTopic', Title: 'Topic of note', MaxLength: 40 });
  });

  it('refuses unique values on a column that is not indexed; keeps CustomFormatter, description and choices', async () => {
    const notes = owner().web.lists.getByTitle('Notes');
    await notes.fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="PwMood" StaticName="PwMood" DisplayName="Mood"><CHOICES><CHOICE>Calm</CHOICE></CHOICES></Field>', Options: 8 });
    const mood = notes.fields.getByInternalNameOrTitle('PwMood');
    const bad = await err(mood.update({ EnforceUniqueValues: true }, 'SP.Field'));
    expect(bad?.message).toBe('This field must be indexed to enforce unique values.');
    const formatter = JSON.stringify({ elmType: 'div', txtContent: '@currentField' });
    await mood.update({ Indexed: true }, 'SP.Field');
    await mood.update({ EnforceUniqueValues: true, CustomFormatter: formatter, Description: 'How it went', Choices: ['Calm', 'Busy'] }, 'SP.Field');
    expect(await mood<{ Indexed: boolean; EnforceUniqueValues: boolean; CustomFormatter: string; Description: string; Choices: string[] }>()).toMatchObject({
      Indexed: true,
      EnforceUniqueValues: true,
      CustomFormatter: formatter,
      Description: 'How it went',
      Choices: ['Calm', 'Busy'],
    });
  });
});

describe('views', () => {
  it('gives a new list its default view; adds views, sets their fields in order and updates their query', async () => {
    const notes = owner().web.lists.getByTitle('Notes');
    const first = await notes.views.expand('ViewFields')<{ Title: string; DefaultView: boolean; ViewFields: { Items: string[] } }[]>();
    expect(first).toEqual([expect.objectContaining({ Title: 'All Items', DefaultView: true, ViewFields: expect.objectContaining({ Items: ['LinkTitle'] }) })]);
    const added = await notes.views.add('By mood', false, { RowLimit: 50, ViewQuery: '<OrderBy><FieldRef Name="PwMood" /></OrderBy>' });
    const view = notes.views.getById((added as { Id: string }).Id);
    await view.fields.removeAll();
    await view.fields.add('PwMood');
    await view.fields.add('Title');
    const missing = await err(view.fields.add('NoSuchColumn'));
    expect(missing?.status).toBe(400);
    await view.update({ ViewQuery: '<Where><Eq><FieldRef Name="PwMood" /><Value Type="Choice">Calm</Value></Eq></Where>' });
    const read = await notes.views.getByTitle('By mood').expand('ViewFields')<{ RowLimit: number; ViewQuery: string; ViewFields: { Items: string[] } }>();
    expect(read).toMatchObject({ RowLimit: 50, ViewQuery: expect.stringContaining('<Where>'), ViewFields: expect.objectContaining({ Items: ['PwMood', 'Title'] }) });
    emu.store.addToGroup(DEFAULT_GROUPS.visitors.id, STAFF.email);
    const denied = await err(spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle('Notes').views.add('Mine'));
    expect(denied?.status).toBe(403);
  });
});

describe('groups', () => {
  it('needs Create Groups to add a group; SetUserAsOwner makes a group its owner, whose members then manage it', async () => {
    const head = 'kit.leader@pathways.example.org';
    emu.store.addUser({ email: head, displayName: 'Kit Leader', userType: 'Member' });
    emu.store.addToGroup(DEFAULT_GROUPS.visitors.id, head); // Read on the site: no Create Groups, no Manage Permissions
    const group = await owner().web.siteGroups.add({ Title: 'Class group', OnlyAllowMembersViewMembership: true });
    const id = (group as { Id: number }).Id;
    const ownersId = (await owner().web.associatedOwnerGroup.select('Id')<{ Id: number }>()).Id;
    expect(ownersId).toBe(DEFAULT_GROUPS.owners.id);
    const leaders = await owner().web.siteGroups.add({ Title: 'Leaders' });
    await owner().web.siteGroups.getById(id).setUserAsOwner((leaders as { Id: number }).Id);
    expect((await owner().web.siteGroups.getById(id)<{ OwnerTitle: string; OnlyAllowMembersViewMembership: boolean }>())).toMatchObject({ OwnerTitle: 'Leaders', OnlyAllowMembersViewMembership: true });
    const asHead = spFor(head, { siteUrl: emu.siteUrl });
    const before = await err(asHead.web.siteGroups.getById(id).users.add(emu.store.user(STAFF.email).loginName));
    expect(before?.status).toBe(403);
    emu.store.addToGroup('Leaders', head);
    await asHead.web.siteGroups.getById(id).users.add(emu.store.user(STAFF.email).loginName);
    const made = await err(asHead.web.siteGroups.add({ Title: 'Not allowed' }));
    expect(made?.status).toBe(403);
  });
});
