/**
 * Pupil and parent voice on review meetings against the emulator: the views, who attended and the outcome sent are
 * kept on the meeting in the pupil's folder (round-tripped as JSON); views dated ahead or attendance of someone not
 * invited are refused by the repository whatever the screen sent; the pupil's home school reads them, another
 * school does not (404 by id).
 */
import { listByKey } from '../../../../src/lists';
import type { ReviewMeeting } from '../../../../src/domain';
import { connectAs } from '../../../../local/seed/localConnection';
import { rawFetch, SITE_PATH } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const STAFF = 'teacher@pathways.example.org';
const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
let fx: PathwaysFixture;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'staff');
}, 120000);
afterAll(() => fx.close());

test('views and attendance are kept on the meeting, checked by the repository, and read by the home school only', async () => {
  const oak = (await fx.addSchool('Oakfield Academy', '990501', [OAK])).school.id;
  const elm = (await fx.addSchool('Elmwood High School', '990502', [ELM])).school.id;
  const pupil = await fx.addPupil('PH-V001', { registration: 'Dual', homeSchoolId: oak });
  await fx.addPupil('PH-V002', { registration: 'Dual', homeSchoolId: elm });
  const meetings = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-11-20T12:00:00Z')).services.meetings;
  const draft: ReviewMeeting = {
    pupilId: pupil.id,
    kind: 'Placement review',
    status: 'Held',
    start: '2026-11-20T09:00:00Z',
    end: '2026-11-20T10:00:00Z',
    attendees: [
      { email: STAFF, kind: 'pru-staff' },
      { name: 'Oak head', email: OAK, kind: 'home-school' },
      { email: 'pupil.v001@pathways.example.org', kind: 'pupil' },
    ],
    outcomes: ['Continue the placement'],
    targetOutcomes: [],
    actions: [],
    views: [{ whose: 'Pupil', givenBy: 'The pupil', how: 'At the meeting', gatheredOn: '2026-11-20', views: 'I like the mornings.', recordedBy: STAFF }],
    attendance: [{ email: OAK, attended: false, outcomeSentOn: '2026-11-20' }],
  };
  const saved = await meetings.create(draft, pupil.pupilRef);
  expect(saved).toMatchObject({ views: draft.views, attendance: draft.attendance });
  await expect(
    meetings.update(saved.id, saved.etag, { ...saved, views: [...(saved.views ?? []), { ...draft.views![0], whose: 'Parent or carer', gatheredOn: '2026-11-23' }] }),
  ).rejects.toThrow('Not saved: The views are dated 23/11/2026, after today: record them once given');
  await expect(meetings.update(saved.id, saved.etag, { ...saved, attendance: [{ email: 'someone@example.org', attended: true }] })).rejects.toThrow(
    'someone@example.org was not invited to this meeting',
  );

  // Review meetings (notes, views) are not shared with the home school unless the PRU switches them on (docs/sharing.md).
  const asOak = fx.as(OAK).services.meetings;
  await expect(asOak.get(saved.id)).rejects.toMatchObject({ kind: 'not-found' });
  const byId = await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey('reviewMeetings').title)}')/items(${saved.id})`, ELM);
  expect(byId.status).toBe(404);
});
