/**
 * Workflow 8 (docs/sharing.md): the staff's own notes of a review meeting live in Pathways Review Meeting Notes,
 * never shared with a home school, so even with review meetings shared (the setting on) a home school reads the
 * meeting (when, who, outcomes, actions) but not the notes, by any route. Proven with plain REST as the home
 * school's named staff: the meeting item has no notes column, asking for it is refused, and the notes list answers as
 * a list that does not exist. PRU staff get the whole meeting through the product.
 */
import type { SchoolSettings } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { rawFetch } from '../../../support/emulator';
import { reviewMeetingRecord } from '../../../support/meetingBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const TEACHER = 'teacher@pathways.example.org';
const MEETINGS = listByKey('reviewMeetings').title;
const NOTES = listByKey('reviewMeetingNotes').title;
let fx: PathwaysFixture;
let pupilId: number;
let meetingId: number;

const api = (title: string, rest: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')${rest}`;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(TEACHER, 'staff');
  const oak = (await fx.addSchool('Oakfield Academy', '990721', [OAK])).school.id;
  const current = await fx.admin.services.settings.get({ fresh: true });
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, reviewMeetings: true };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
  pupilId = (await fx.addPupil('PH-N1', { registration: 'Dual', homeSchoolId: oak })).id;
  await fx.admin.services.pupilAccess.repairAccess(pupilId);
  meetingId = (await fx.as(TEACHER).services.meetings.create(reviewMeetingRecord(pupilId, { notes: 'Parent disclosed a change at home; DSL told', outcomes: ['Placement continues'] }), 'PH-N1')).id;
}, 120000);
afterAll(() => fx.close());

test('the home school reads the shared meeting without its notes; the notes column is refused, the notes list is not there', async () => {
  const r = await rawFetch(api(MEETINGS, `/items(${meetingId})`), OAK);
  expect(r.status).toBe(200);
  const item = (await r.json()) as Record<string, unknown>;
  expect(item.PwOutcomes).toBe(JSON.stringify(['Placement continues']));
  expect('PwNotes' in item).toBe(false);
  expect((await rawFetch(api(MEETINGS, `/items(${meetingId})?$select=PwNotes`), OAK)).status).toBe(400);
  expect((await rawFetch(api(NOTES, ''), OAK)).status).toBe(404);
  expect((await rawFetch(api(NOTES, `/items?$filter=PwMeetingKey eq '${meetingId}'`), OAK)).status).toBe(404);
  const seen = await fx.as(OAK).services.meetings.get(meetingId);
  expect([seen.outcomes, seen.notes]).toEqual([['Placement continues'], undefined]);
  expect((await fx.as(OAK).services.meetings.forPupil(pupilId)).items.map((m) => [m.id, m.notes])).toEqual([[meetingId, undefined]]);
});

test('PRU staff read and change the notes through the product, one meeting from both lists', async () => {
  const meetings = fx.as(TEACHER).services.meetings;
  expect((await meetings.get(meetingId)).notes).toBe('Parent disclosed a change at home; DSL told');
  expect((await meetings.forPupil(pupilId)).items[0].notes).toBe('Parent disclosed a change at home; DSL told');
  expect((await meetings.since('2026-11-01T00:00:00Z')).items.find((m) => m.id === meetingId)?.notes).toBe('Parent disclosed a change at home; DSL told');
  const before = await meetings.get(meetingId);
  const saved = await meetings.update(meetingId, before.etag, { ...before, notes: 'Discussed with the DSL', outcomes: ['Placement continues', 'Review in six weeks'] });
  expect([saved.notes, saved.outcomes]).toEqual(['Discussed with the DSL', ['Placement continues', 'Review in six weeks']]);
  expect((await meetings.get(meetingId)).notes).toBe('Discussed with the DSL');
  const item = (await (await rawFetch(api(MEETINGS, `/items(${meetingId})`), OAK)).json()) as Record<string, unknown>;
  expect('PwNotes' in item).toBe(false);
  // A meeting made with no notes has no notes item; notes written later make one.
  const plain = await meetings.create(reviewMeetingRecord(pupilId, { start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z' }), 'PH-N1');
  const stored = () => fx.admin.sp.web.lists.getByTitle(NOTES).items.filter(`PwMeetingKey eq '${plain.id}'`)() as Promise<Record<string, unknown>[]>;
  expect(await stored()).toEqual([]);
  await meetings.update(plain.id, plain.etag, { ...plain, notes: 'Agenda agreed with the SENCO' });
  expect((await stored()).map((s) => [s.PwMeetingId, s.PwPupilId, s.PwNotes])).toEqual([[plain.id, pupilId, 'Agenda agreed with the SENCO']]);
});
