import type { RunningEmulator } from '../../../../local/emulator/server';
import { LISTS } from '../../../../src/lists';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER } from './people';

let emu: RunningEmulator;
const sp = () => spFor(OWNER.email, { siteUrl: emu.siteUrl });

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

describe('site reset: an empty team site', () => {
  let empty: RunningEmulator;
  const emptySp = () => spFor(OWNER.email, { siteUrl: empty.siteUrl });
  beforeAll(async () => {
    empty = await startTestEmulator({ emptySite: true });
  });
  afterAll(() => empty.close());

  it('has no Pathways list, only the Site Pages every team site has: Pathways Hub setup creates them', async () => {
    expect((await emptySp().web.lists()).map((l) => l.Title)).toEqual(['Site Pages']);
  });

  it('creates the default groups and web role assignments', async () => {
    const groups = await emptySp().web.siteGroups();
    expect(groups.map((g) => [g.Id, g.Title])).toEqual([
      [3, 'Pathways Hub Owners'],
      [4, 'Pathways Hub Visitors'],
      [5, 'Pathways Hub Members'],
    ]);
    const ras = (await emptySp().web.roleAssignments.expand('RoleDefinitionBindings')()) as unknown as { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[];
    expect(ras.map((r) => [r.PrincipalId, r.RoleDefinitionBindings[0].Name])).toEqual([
      [3, 'Full Control'],
      [4, 'Read'],
      [5, 'Edit'],
    ]);
    const defs = await emptySp().web.roleDefinitions();
    expect(defs.map((d) => d.Id)).toEqual([1073741829, 1073741828, 1073741830, 1073741827, 1073741826, 1073741825]);
  });
});

describe('the test site (set up by Pathways Hub setup)', () => {
  it('has every list of the schema with its fields, indexes and unique constraints', async () => {
    const lists = await sp().web.lists.select('Title')();
    expect(lists.map((l) => l.Title).sort()).toEqual([...LISTS.map((l) => l.title), 'Site Pages'].sort());
    for (const def of LISTS) {
      const fields = await sp().web.lists.getByTitle(def.title).fields();
      for (const f of def.fields) {
        const got = fields.find((x) => x.InternalName === f.internalName);
        expect({ name: f.internalName, indexed: got?.Indexed, unique: got?.EnforceUniqueValues }).toEqual({ name: f.internalName, indexed: !!(f.indexed || f.unique), unique: !!f.unique });
      }
    }
  });

});

describe('list and field creation through REST', () => {
  it('creates a list, text/choice fields (verbose), and a lookup through AddField', async () => {
    const created = await sp().web.lists.add('Scratch Notes', 'Scratch', 100);
    expect(created).toMatchObject({ Title: 'Scratch Notes', BaseTemplate: 100 });
    const list = sp().web.lists.getByTitle('Scratch Notes');
    await list.fields.addText('Topic', { MaxLength: 100 });
    await list.fields.addChoice('Mood', { Choices: ['Calm', 'Busy'] });
    const schools = await sp().web.lists.getByTitle('Pathways Schools').select('Id')();
    await list.fields.addLookup('School', { LookupListId: schools.Id, LookupFieldName: 'Title' });
    const school = await sp().web.lists.getByTitle('Pathways Schools').items.add({ Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary' });
    const item = await list.items.add({ Title: 'First', Topic: 'Settling in', Mood: 'Calm', SchoolId: school.Id });
    const read = await list.items.getById(item.Id).select('Topic', 'Mood', 'School/Title').expand('School')();
    expect(read).toMatchObject({ Topic: 'Settling in', Mood: 'Calm', School: { Title: 'Oakfield Academy' } });
    const bad = await list.items.add({ Mood: 'Angry' }).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(bad?.status).toBe(400);
    const again = await sp().web.lists.add('Scratch Notes').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(again?.message).toMatch(/already exists/);
  });
});
