/**
 * Upgrading a site that version 1 set up, with version 1's own records (tests/fixtures/schema-v1/): setup adds what
 * the current schema declares, drops and renames nothing, runs the data migrations, records the version, and every
 * record is still there, unchanged, and readable through today's repositories; home-school staff still see their
 * pupils and nothing else.
 */
import { LISTS, SCHEMA_VERSION, type ListKey } from '../../../../src/lists';
import { SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import { MIGRATIONS } from '../../../../src/data/sp/setup/migrations';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { connectAs } from '../../../../local/seed/localConnection';
import { SITE_PATH, spFor, startTestEmulator } from '../../../support/emulator';
import { V1_LISTS, buildV1Site, restKey, v1List, v1Records, type V1Site } from '../../../support/schemaV1Site';

const NOW = new Date('2026-11-20T10:00:00Z');
const admin = (emu: RunningEmulator) => spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
const setup = (emu: RunningEmulator) => new SiteSetup(admin(emu), { now: () => NOW });

/** Every item of a list, by id, with the columns version 1 declared (REST shape). */
async function readV1Columns(emu: RunningEmulator, key: ListKey): Promise<Map<number, Record<string, unknown>>> {
  const def = v1List(key);
  const cols = ['Id', 'Title', ...def.fields.map(restKey)];
  const rows = await admin(emu).web.lists.getByTitle(def.title).items.select(...cols).top(5000)<Record<string, unknown>[]>();
  return new Map(rows.map((r) => [Number(r.Id), r]));
}

/**
 * The confidential items of a list's records (where the upgrade moved those columns' values: the pupils' details,
 * the PIPs' risk assessments), by the record's id; none for a list without a confidential part.
 */
async function confidentialOf(emu: RunningEmulator, key: ListKey): Promise<Map<number, Record<string, unknown>>> {
  const list = LISTS.find((l) => l.confidentialPartOf?.list === key);
  if (!list?.confidentialPartOf) return new Map();
  const owner = `${list.confidentialPartOf.lookup}Id`;
  const moved = LISTS.find((l) => l.key === key)?.retiredFields?.filter((r) => r.movedTo === list.key).map((r) => r.internalName) ?? [];
  const present = new Set(v1List(key).fields.map((f) => f.internalName));
  const rows = await admin(emu).web.lists.getByTitle(list.title).items.select(owner, ...moved.filter((c) => present.has(c))).top(5000)<Record<string, unknown>[]>();
  return new Map(rows.map(({ [owner]: id, ...values }) => [Number(id), values]));
}

describe('upgrading a version 1 site with its records', () => {
  let emu: RunningEmulator;
  let v1: V1Site;
  beforeAll(async () => {
    emu = await startTestEmulator({ emptySite: true });
    v1 = await buildV1Site(emu);
  });
  afterAll(() => emu.close());

  it('is offered: the check says the site has no recorded version, adds the new columns and runs the data migrations', async () => {
    const plan = await setup(emu).plan();
    expect(plan.state).toBe('unversioned');
    expect(plan.codeVersion).toBe(SCHEMA_VERSION);
    expect(plan.migrations.map((m) => m.id)).toEqual(MIGRATIONS.map((m) => m.id));
    const actions = plan.steps.flatMap((s) => s.actions);
    const added = actions.filter((a) => a.kind === 'addField' && a.list === 'pupils').map((a) => (a.kind === 'addField' ? a.field.internalName : ''));
    expect(added).toEqual(expect.arrayContaining(['PwUpn', 'PwSharedWithGroupId']));
    // The parent/carer's written agreement on each PIP, and the signed form as a kind of document in Letters.
    const addedToPips = actions.filter((a) => a.kind === 'addField' && a.list === 'pips').map((a) => (a.kind === 'addField' ? a.field.internalName : ''));
    expect(addedToPips).toEqual(expect.arrayContaining(['PwParentRelationship', 'PwAgreementMethod', 'PwAgreementFileId', 'PwAgreementRecordedBy']));
    const letterKinds = actions.find((a) => a.kind === 'updateField' && a.list === 'letters' && a.internalName === 'PwLetterKind');
    expect(letterKinds?.kind === 'updateField' ? letterKinds.changes.Choices : undefined).toEqual(expect.arrayContaining(['PIP agreement']));
    // A school's named contacts are created exactly once: their key column is added beside the contacts already
    // there indexed but not yet unique, every contact is given its own value, and only then is it made unique.
    const contactKey = actions.flatMap((a): Record<string, unknown>[] => {
      if (a.kind === 'addField' && a.list === 'schoolContacts' && a.field.internalName === 'PwClientKey') return [{ add: [a.field.unique, a.field.indexed] }];
      if (a.kind === 'fillUniqueKeys' && a.list === 'schoolContacts' && a.internalName === 'PwClientKey') return [{ fill: true }];
      if (a.kind === 'updateField' && a.list === 'schoolContacts' && a.internalName === 'PwClientKey') return [{ update: a.changes }];
      return [];
    });
    expect(contactKey).toEqual([{ add: [false, true] }, { fill: true }, { update: { EnforceUniqueValues: true } }]);
    expect(plan.findings.filter((f) => f.severity === 'problem')).toEqual([]);
    // Nothing version 1 declared is dropped or retyped: every v1 column is still declared, with its kind.
    for (const old of V1_LISTS) {
      const now = LISTS.find((l) => l.key === old.key);
      for (const f of old.fields) {
        // A retired column's values moved to another list (a confidential part): declared there, same kind.
        const moved = now?.retiredFields?.find((r) => r.internalName === f.internalName);
        const declared = (moved ? LISTS.find((l) => l.key === moved.movedTo) : now)?.fields.find((x) => x.internalName === f.internalName);
        expect([old.key, f.internalName, declared?.kind]).toEqual([old.key, f.internalName, f.kind]);
      }
    }
  });

  describe('then, upgraded', () => {
    const progress: string[] = [];
    beforeAll(async () => {
      await setup(emu).run({ onProgress: (p) => progress.push(p.detail ? `${p.label} (${p.detail})` : p.label) });
    });

    it('shows the data migration step by step, and records the version and the migration', async () => {
      expect(progress).toContain(`Updating records 1 of ${MIGRATIONS.length}: ${MIGRATIONS[0].description}`);
      expect(progress.some((p) => / \(\d+ of \d+ pupils\)$/.test(p))).toBe(true);
      const plan = await setup(emu).plan();
      expect(plan).toMatchObject({ state: 'current', siteVersion: SCHEMA_VERSION, steps: [], migrations: [] });
      const record = await admin(emu).web.lists.getByTitle('Pathways Settings').items.filter("PwKey eq 'schemaVersion'")<{ PwValue: string }[]>();
      expect(JSON.parse(record[0].PwValue)).toEqual({ version: SCHEMA_VERSION, migrations: MIGRATIONS.map((m) => m.id) });
    });

    it('keeps every version 1 record, with every value it held', async () => {
      for (const def of V1_LISTS) {
        const records = v1Records(def.key);
        const now = await readV1Columns(emu, def.key);
        const moved = await confidentialOf(emu, def.key);
        for (const r of records) {
          const after = { ...now.get(r.id), ...moved.get(r.id) };
          expect([def.key, r.id, now.get(r.id) === undefined ? 'missing' : 'present']).toEqual([def.key, r.id, 'present']);
          for (const [k, v] of Object.entries(r.values)) {
            // A school's staff group is made again when the version 1 site is rebuilt here, under a new id.
            if (def.key === 'schools' && k === 'PwStaffGroupId') continue;
            // A moved yes/no that was No is left unset in the confidential item, which reads as No.
            const got = moved.has(r.id) && v === false && after[k] === null ? false : after[k];
            expect([def.key, r.id, k, got]).toEqual([def.key, r.id, k, v]);
          }
        }
      }
    });

    it('reads every record through the repositories, without a problem', async () => {
      const { services } = connectAs(emu.origin, SITE_PATH, DEFAULT_ADMIN.email, 'Admin', NOW);
      const pupils = await services.pupils.list();
      expect(pupils.problems).toEqual([]);
      expect(pupils.items.map((p) => p.id).sort((a, b) => a - b)).toEqual(v1Records('pupils').map((r) => r.id));
      const schools = await services.schools.list();
      expect([schools.problems, schools.items.length]).toEqual([[], v1Records('schools').length]);
      const contacts = await services.schools.contacts();
      expect([contacts.problems, contacts.items.length]).toEqual([[], v1Records('schoolContacts').length]);
      const reviews = await services.pips.allReviews();
      expect([reviews.problems, reviews.items.length]).toEqual([[], v1Records('pipReviews').length]);
      const of = (key: ListKey, pupilId: number): number => v1Records(key).filter((r) => r.values.PwPupilId === pupilId).length;
      for (const p of pupils.items) {
        const reads: [ListKey, { items: readonly unknown[]; problems: readonly unknown[] }][] = [
          ['pips', await services.pips.forPupil(p.id)],
          ['learningLogs', await services.learningLogs.forPupil(p.id)],
          ['learningLogEntries', await services.learningLogs.entriesForPupil(p.id)],
          ['reviewMeetings', await services.meetings.forPupil(p.id)],
          ['targets', await services.targets.forPupil(p.id)],
          ['supportPlans', await services.supportPlans.forPupil(p.id)],
          ['assessments', await services.assessments.forPupil(p.id)],
          ['pupilHistory', await services.pupilHistory.forPupil(p.id)],
          ['attendanceActions', await services.attendanceActions.forPupil(p.id)],
          ['ehcRequests', await services.ehcRequests.forPupil(p.id)],
        ];
        for (const [key, read] of reads) expect([p.pupilRef, key, read.problems, read.items.length]).toEqual([p.pupilRef, key, [], of(key, p.id)]);
        const weeks = v1Records('attendanceWeeks').filter((r) => r.values.PwPupilId === p.id);
        const sessions = weeks.flatMap((w) => Object.keys(w.values).filter((k) => /^Pw(Mon|Tue|Wed|Thu|Fri)(Am|Pm)$/.test(k)));
        expect([p.pupilRef, (await services.attendance.marksForPupil(p.id)).length]).toEqual([p.pupilRef, sessions.length]);
        expect([p.pupilRef, (await services.attendance.amendmentsForPupil(p.id)).length]).toEqual([p.pupilRef, of('attendanceAmendments', p.id)]);
      }
    });

    it('leaves home-school staff seeing their own pupils and nothing else, and access checks clean', async () => {
      const { services } = connectAs(emu.origin, SITE_PATH, DEFAULT_ADMIN.email, 'Admin', NOW);
      expect(await services.pupilAccess.findMismatches()).toEqual({ items: [], problems: [] });
      let checked = 0;
      for (const s of v1Records('schools')) {
        const email = v1.contactOf.get(String(s.values.PwUrn));
        const theirs = v1Records('pupils').filter((p) => p.values.PwHomeSchoolId === s.id).map((p) => p.id);
        if (!email || theirs.length === 0) continue;
        const seen = await connectAs(emu.origin, SITE_PATH, email, email, NOW).services.pupils.list();
        expect([s.values.Title, seen.items.map((p) => p.id).sort((a, b) => a - b)]).toEqual([s.values.Title, theirs]);
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(2);
    });

    it('gives every item and folder its own value in each unique column, then makes the column unique', async () => {
      for (const def of LISTS) {
        for (const field of def.fields.filter((f) => f.unique)) {
          const list = admin(emu).web.lists.getByTitle(def.title);
          const info = await list.fields.getByInternalNameOrTitle(field.internalName).select('EnforceUniqueValues')<{ EnforceUniqueValues: boolean }>();
          expect([def.key, field.internalName, info.EnforceUniqueValues]).toEqual([def.key, field.internalName, true]);
          const rows = await list.items.select('Id', 'FileSystemObjectType', 'FileLeafRef', field.internalName).top(5000)<Record<string, unknown>[]>();
          for (const r of rows) {
            const v = r[field.internalName];
            expect([def.key, field.internalName, r.Id, typeof v === 'string' && v !== '']).toEqual([def.key, field.internalName, r.Id, true]);
            // A value the upgrade gave: the folder's name, or the item's id (records it finds keyed are left alone).
            if (r.FileSystemObjectType === 1) expect(v).toBe(`folder:${String(r.FileLeafRef)}`);
            else if (String(v).startsWith('legacy:')) expect(v).toBe(`legacy:${String(r.Id)}`);
          }
        }
      }
      // The contacts version 1 made had no key: each now has its own, shown as progress while it ran.
      const contacts = await admin(emu).web.lists.getByTitle('Pathways School Contacts').items.select('Id', 'PwClientKey')<{ Id: number; PwClientKey: string }[]>();
      expect(contacts.map((c) => c.PwClientKey)).toEqual(v1Records('schoolContacts').map((r) => `legacy:${r.id}`));
      expect(progress.some((p) => / \(\d+ of \d+ items given their own Client key\)$/.test(p))).toBe(true);
    });

    it('then has nothing left to do', async () => {
      expect(await setup(emu).run()).toEqual({ stepsDone: 0, writes: 0, findings: [] });
    });
  });
});
