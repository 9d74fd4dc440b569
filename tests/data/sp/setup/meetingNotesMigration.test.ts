/**
 * v2-meeting-notes-split on a site holding old-style data: the notes column still on Pathways Review Meetings (as a
 * site set up before the split has it) with notes the home school reads once meetings are shared. The migration
 * moves each meeting's notes to Pathways Review Meeting Notes and blanks the meeting item; a note written in the new
 * place since is kept; a second run writes nothing; Site setup's check finds notes left on a meeting and its Repair
 * moves them. (The same mechanism as the pupil's and the PIP's: tests/data/sp/setup/pipConfidentialMigration.test.ts.)
 */
import type { SchoolSettings } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { fieldSchemaXml } from '../../../../src/lists/fieldSchemaXml';
import { meetingNotesSplit } from '../../../../src/data/sp/setup/migrations/meetingNotesSplit';
import { SiteHealthCheck } from '../../../../src/data/sp/setup/health/SiteHealthCheck';
import { SpReviewMeetingRepository } from '../../../../src/data/sp/meetings/ReviewMeetingRepository';
import { rawFetch } from '../../../support/emulator';
import { reviewMeetingRecord } from '../../../support/meetingBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const MEETINGS = listByKey('reviewMeetings').title;
const NOTES = listByKey('reviewMeetingNotes');
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;
let oak: number;

const meetings = (): SpReviewMeetingRepository => new SpReviewMeetingRepository(fx.admin.sp, fx.emulator.siteUrl, () => NOW);

/** A meeting as a site before the split holds it: notes on the meeting item. */
async function oldStyleMeeting(ref: string, notes: string): Promise<number> {
  const pupil = await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oak });
  await fx.admin.services.pupilAccess.repairAccess(pupil.id);
  const meeting = await meetings().create(reviewMeetingRecord(pupil.id), ref);
  await fx.admin.sp.web.lists.getByTitle(MEETINGS).items.getById(meeting.id).update({ PwNotes: notes });
  return meeting.id;
}

const oakReads = async (id: number): Promise<Record<string, unknown>> =>
  (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(MEETINGS)}')/items(${id})`, OAK)).json()) as Record<string, unknown>;
const run = () => meetingNotesSplit.run(fx.admin.sp, () => undefined, { siteUrl: fx.emulator.siteUrl, now: () => NOW });
const check = (): SiteHealthCheck => new SiteHealthCheck({ sp: fx.admin.sp, siteUrl: fx.emulator.siteUrl, pupilAccess: fx.admin.services.pupilAccess, schools: fx.admin.services.schools, now: () => NOW });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oak = (await fx.addSchool('Oakfield Academy', '990821', [OAK])).school.id;
  const current = await fx.admin.services.settings.get({ fresh: true });
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, reviewMeetings: true };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
  const field = NOTES.fields.find((f) => f.internalName === 'PwNotes');
  if (!field) throw new Error('No notes column is declared.');
  await fx.admin.sp.web.lists.getByTitle(MEETINGS).fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, { lookupListRef: () => '' }).join(''), Options: 8 });
}, 120000);
afterAll(() => fx.close());

test('moves each meeting’s notes and blanks the meeting the home school reads; a newer note is kept; a second run writes nothing', async () => {
  const a = await oldStyleMeeting('PH-W1', 'Notes one');
  const b = await oldStyleMeeting('PH-W2', 'Notes two');
  expect(await oakReads(a)).toMatchObject({ PwNotes: 'Notes one' }); // what the split is for
  // Since an interrupted run copied b's notes, staff rewrote them through the product (new place only).
  const pupilB = (await meetings().get(b)).pupilId;
  await fx.admin.sp.web.lists.getByTitle(NOTES.title).items.add({ PwMeetingId: b, PwPupilId: pupilB, PwMeetingKey: String(b), PwNotes: 'Notes two, corrected' });

  await run();
  expect((await meetings().get(a)).notes).toBe('Notes one');
  expect((await meetings().get(b)).notes).toBe('Notes two, corrected');
  expect(await oakReads(a)).toMatchObject({ PwNotes: null });
  expect(await oakReads(b)).toMatchObject({ PwNotes: null });
  expect((await fx.admin.sp.web.lists.getByTitle(NOTES.title).items.filter(`PwMeetingKey eq '${b}'`)()) as unknown[]).toHaveLength(1);

  const { requests } = await fx.countRequests(() => run());
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});

test('Site setup’s check finds notes left on a meeting, and its Repair moves them', async () => {
  const id = await oldStyleMeeting('PH-W3', 'Typed in the list form');
  const site = check();
  const finding = (await site.check()).findings.find((f) => f.id === 'leftover-reviewMeetingNotes');
  expect(finding?.message).toMatch(/^1 item of “Pathways Review Meetings” still holds values that belong in “Pathways Review Meeting Notes” \(Notes\)/);
  if (!finding) return;
  expect(await site.repair(finding)).toMatch(/done/);
  expect((await meetings().get(id)).notes).toBe('Typed in the list form');
  expect(await oakReads(id)).toMatchObject({ PwNotes: null });
  expect((await site.check()).findings.filter((f) => f.area === 'confidential')).toEqual([]);
});
