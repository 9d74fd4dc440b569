/**
 * v2-action-notes-split and v2-contact-notes-split on a site holding old-style data: the notes column still on
 * Pathways Attendance Actions and Pathways Parent Contacts (as a site set up before the split has it). Each moves the
 * notes to its notes list and blanks the record the home school reads; a note written in the new place since is kept;
 * a second run writes nothing; Site setup's check finds notes left behind and its Repair moves them. (The mechanism's
 * cancelled and interrupted runs: tests/data/sp/setup/pipConfidentialMigration.test.ts.)
 */
import { listByKey, type ListKey } from '../../../../src/lists';
import { fieldSchemaXml } from '../../../../src/lists/fieldSchemaXml';
import { CONFIDENTIAL_MOVES } from '../../../../src/data/sp/setup/migrations';
import { SiteHealthCheck } from '../../../../src/data/sp/setup/health/SiteHealthCheck';
import { rawFetch } from '../../../support/emulator';
import { attendanceActionRecord, parentContactRecord } from '../../../support/attendanceFollowUpBuilders';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;
let oak: number;

const migrationTo = (key: ListKey) => {
  const move = CONFIDENTIAL_MOVES.find((m) => m.to === key);
  if (!move) throw new Error(`No upgrade moves notes to ${key}.`);
  return move.migration;
};
const oakReads = async (key: ListKey, id: number): Promise<Record<string, unknown>> =>
  (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey(key).title)}')/items(${id})`, OAK)).json()) as Record<string, unknown>;
const check = (): SiteHealthCheck => new SiteHealthCheck({ sp: fx.admin.sp, siteUrl: fx.emulator.siteUrl, pupilAccess: fx.admin.services.pupilAccess, schools: fx.admin.services.schools, now: () => NOW });

async function pupil(ref: string): Promise<number> {
  const id = (await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oak })).id;
  await fx.admin.services.pupilAccess.repairAccess(id);
  return id;
}

/** Each record kind: how to add one with no notes (the product), and its lists. */
const KINDS = [
  { list: 'attendanceActions', notes: 'attendanceActionNotes', key: 'PwActionKey', owner: 'PwAttendanceActionId', add: async (ref: string) => (await fx.admin.services.attendanceActions.add(attendanceActionRecord(await pupil(ref), { notes: undefined }), ref)) },
  { list: 'parentContacts', notes: 'parentContactNotes', key: 'PwContactKey', owner: 'PwContactId', add: async (ref: string) => (await fx.admin.services.parentContacts.add(parentContactRecord(await pupil(ref)), ref)) },
] as const;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oak = (await fx.addSchool('Oakfield Academy', '990831', [OAK])).school.id;
  const current = await fx.admin.services.settings.get({ fresh: true });
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing: { ...current.homeSchoolSharing, attendanceActions: true, parentContacts: true } }, 'etag' in current ? current.etag : undefined);
  for (const kind of KINDS) {
    const field = listByKey(kind.notes).fields.find((f) => f.internalName === 'PwNotes');
    if (!field) throw new Error('No notes column is declared.');
    await fx.admin.sp.web.lists.getByTitle(listByKey(kind.list).title).fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, { lookupListRef: () => '' }).join(''), Options: 8 });
  }
}, 120000);
afterAll(() => fx.close());

test.each(KINDS.map((k, i) => [k.list, i] as const))('%s: the notes move, a newer note is kept, a second run writes nothing', async (_list, i) => {
  const kind = KINDS[i];
  const title = listByKey(kind.list).title;
  const notesTitle = listByKey(kind.notes).title;
  const a = await kind.add(`PH-X${i}1`);
  const b = await kind.add(`PH-X${i}2`);
  for (const r of [a, b]) await fx.admin.sp.web.lists.getByTitle(title).items.getById(r.id).update({ PwNotes: `Old note ${r.id}` });
  expect(await oakReads(kind.list, a.id)).toMatchObject({ PwNotes: `Old note ${a.id}` }); // what the split is for
  await fx.admin.sp.web.lists.getByTitle(notesTitle).items.add({ [kind.owner]: b.id, PwPupilId: b.pupilId, [kind.key]: String(b.id), PwNotes: 'Rewritten since' });

  const run = () => migrationTo(kind.notes).run(fx.admin.sp, () => undefined, { siteUrl: fx.emulator.siteUrl, now: () => NOW });
  await run();
  const read = (pupilId: number) => (kind.list === 'attendanceActions' ? fx.admin.services.attendanceActions.forPupil(pupilId) : fx.admin.services.parentContacts.forPupil(pupilId));
  expect((await read(a.pupilId)).items.map((r) => r.notes)).toEqual([`Old note ${a.id}`]);
  expect((await read(b.pupilId)).items.map((r) => r.notes)).toEqual(['Rewritten since']);
  for (const r of [a, b]) expect(await oakReads(kind.list, r.id)).toMatchObject({ PwNotes: null });
  const { requests } = await fx.countRequests(() => run());
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});

test('Site setup’s check finds notes left on an action and a contact, and its Repairs move them', async () => {
  const left = [];
  for (const [i, kind] of KINDS.entries()) {
    const r = await kind.add(`PH-X${i}3`);
    await fx.admin.sp.web.lists.getByTitle(listByKey(kind.list).title).items.getById(r.id).update({ PwNotes: 'Typed in the list form' });
    left.push({ kind, r });
  }
  const site = check();
  const found = (await site.check()).findings.filter((f) => f.area === 'confidential');
  expect(found.map((f) => f.id).sort()).toEqual(['leftover-attendanceActionNotes', 'leftover-parentContactNotes']);
  for (const f of found) expect(await site.repair(f)).toMatch(/done/);
  for (const { kind, r } of left) expect(await oakReads(kind.list, r.id)).toMatchObject({ PwNotes: null });
  expect((await site.check()).findings.filter((f) => f.area === 'confidential')).toEqual([]);
});
