/**
 * Transition plans and requests for an EHC needs assessment against the emulator over HTTP: a plan kept in the
 * pupil's folder, made exactly once, its next due date set from its steps and review, found by Today's indexed
 * query; bad input refused with the reason; and who can read it: the PRU's staff, the pupil's own home school
 * read-only (a party to a return), another school nothing (absent from queries, 404 by id). The EHC request keeps
 * the access it had: the PRU only writes, and its statutory steps follow the LA's decisions.
 */
import { listByKey } from '../../../../src/lists';
import { connectAs } from '../../../../local/seed/localConnection';
import { rawFetch, SITE_PATH } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { needsAssessmentRequest } from '../../../support/sendBuilders';
import { transitionPlanRecord, transitionStep } from '../../../support/transitionBuilder';

const STAFF = 'teacher@pathways.example.org';
const SENCO = 'senco@pathways.example.org';
const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;

const as = (who: string, now = NOW) => connectAs(fx.emulator.origin, SITE_PATH, who, who, now).services;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'staff');
  fx.addStaff(SENCO, 'leadership');
}, 120000);
afterAll(() => fx.close());

test('a plan is kept in the pupil’s folder with its steps, next due at its earliest open step, and found by Today', async () => {
  const repo = as(STAFF).transitionPlans;
  const pupil = await fx.addPupil('PH-T001');
  const plan = await repo.create({ ...transitionPlanRecord(pupil.id), actionDueOn: '2030-01-01' } as never, pupil.pupilRef);
  expect(plan).toMatchObject({ status: 'Planning', actionDueOn: '2026-11-27', steps: [{ owner: 'Lead tutor', dueOn: '2026-11-27' }, { owner: 'Home school SENCO' }] });
  expect((await repo.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([plan.id]);
  expect((await repo.list()).items.map((p) => p.id)).toContain(plan.id);
  expect((await repo.actionsDue('2026-11-26')).items.map((p) => p.id)).not.toContain(plan.id);
  expect((await repo.actionsDue('2026-11-27')).items.map((p) => p.id)).toContain(plan.id);

  const ticked = await repo.update(plan.id, plan.etag, { ...plan, steps: [{ ...plan.steps[0], doneOn: '2026-11-20', notes: 'Met the head of year' }, plan.steps[1]] });
  expect(ticked).toMatchObject({ actionDueOn: '2026-12-07', steps: [{ doneOn: '2026-11-20', notes: 'Met the head of year' }, {}] });
  expect((await repo.actionsDue('2026-11-30')).items.map((p) => p.id)).not.toContain(plan.id);
  await expect(repo.update(plan.id, plan.etag, ticked)).rejects.toMatchObject({ name: 'ConcurrencyError' });
});

test('a plan is dated the day it is made; a review recorded on it is kept, one dated after today or before the plan refused', async () => {
  const repo = as(STAFF).transitionPlans;
  const pupil = await fx.addPupil('PH-T009');
  const plan = await repo.create(transitionPlanRecord(pupil.id, { reviewOn: '2026-12-04' }), pupil.pupilRef);
  expect(plan.madeOn).toBe('2026-11-20');
  const later = as(STAFF, new Date('2026-12-07T12:00:00Z')).transitionPlans;
  await expect(later.update(plan.id, plan.etag, { ...plan, reviews: [{ on: '2026-12-08', decided: 'Return confirmed.', by: STAFF }] })).rejects.toThrow(
    'The transition plan was not saved: The review of 08/12/2026 is after today: record it once it has happened.',
  );
  await expect(later.update(plan.id, plan.etag, { ...plan, reviews: [{ on: '2026-11-19', decided: 'Return confirmed.', by: STAFF }] })).rejects.toThrow(
    'The review cannot be before the plan was made on 20/11/2026',
  );
  const reviewed = await later.update(plan.id, plan.etag, { ...plan, reviewOn: '2026-12-18', reviews: [{ on: '2026-12-04', decided: 'Return confirmed.', by: STAFF, nextReviewOn: '2026-12-18' }] });
  expect((await repo.forPupil(pupil.id)).items[0]).toMatchObject({ id: plan.id, madeOn: '2026-11-20', reviewOn: '2026-12-18', reviews: [{ on: '2026-12-04', decided: 'Return confirmed.', nextReviewOn: '2026-12-18' }], etag: reviewed.etag });
});

test('bad input is refused with the reason, and nothing is saved', async () => {
  const repo = as(STAFF).transitionPlans;
  const pupil = await fx.addPupil('PH-T002');
  await expect(repo.create(transitionPlanRecord(pupil.id, { destinationKind: 'A new setting' }), pupil.pupilRef)).rejects.toThrow('Enter the name of the setting');
  await expect(repo.create(transitionPlanRecord(pupil.id, { steps: [transitionStep({ doneOn: '2026-11-23' })] }), pupil.pupilRef)).rejects.toThrow(
    "The transition plan was not saved: 'Visit the home school with the lead tutor' is ticked off on 23/11/2026, after today: tick it off once it is done.",
  );
  const open = await repo.create(transitionPlanRecord(pupil.id), pupil.pupilRef);
  await expect(repo.create(transitionPlanRecord(pupil.id, { plannedOn: '2027-04-19' }), pupil.pupilRef)).rejects.toThrow(
    'The pupil already has an open transition plan (planned for 04/01/2027): change that one, or complete or cancel it first.',
  );
  await expect(repo.update(open.id, open.etag, { ...open, status: 'Completed', completedOn: '2026-11-20' })).rejects.toThrow(
    "Tick off 'Visit the home school with the lead tutor' or remove it before completing the plan",
  );
  expect((await repo.forPupil(pupil.id)).items).toHaveLength(1);
});

test('the pupil’s own home school reads the plan and cannot write; another school sees nothing, even by id', async () => {
  const oak = (await fx.addSchool('Oakfield Academy', '990501', [OAK])).school.id;
  const elm = (await fx.addSchool('Elmwood High School', '990502', [ELM])).school.id;
  const pupil = await fx.addPupil('PH-T003', { registration: 'Dual', homeSchoolId: oak });
  const theirs = await fx.addPupil('PH-T004', { registration: 'Dual', homeSchoolId: elm });
  const staff = as(STAFF);
  const ours = await staff.transitionPlans.create(transitionPlanRecord(pupil.id), pupil.pupilRef);
  const elmsOwn = await staff.transitionPlans.create(transitionPlanRecord(theirs.id, { plannedOn: '2027-02-22' }), theirs.pupilRef);

  const asOak = fx.as(OAK).services;
  expect((await asOak.transitionPlans.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([ours.id]);
  expect((await asOak.transitionPlans.list()).items.map((p) => p.id)).toEqual([ours.id]);
  await expect(asOak.transitionPlans.update(ours.id, ours.etag, { ...ours, status: 'Agreed' })).rejects.toMatchObject({ kind: 'access-denied' });
  await expect(asOak.transitionPlans.create(transitionPlanRecord(theirs.id), theirs.pupilRef)).rejects.toMatchObject({ kind: 'access-denied' });

  const asElm = fx.as(ELM).services;
  expect((await asElm.transitionPlans.actionsDue('2027-12-31')).items.map((p) => p.id)).toEqual([elmsOwn.id]);
  expect((await asElm.transitionPlans.forPupil(pupil.id)).items).toEqual([]);
  expect((await asElm.transitionPlans.list()).items.map((p) => p.id)).toEqual([elmsOwn.id]);
  const byId = await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey('transitionPlans').title)}')/items(${ours.id})`, ELM);
  expect(byId.status).toBe(404);
});

test('a request for an EHC needs assessment is recorded by the PRU with the LA’s decisions as they come, never ahead', async () => {
  const pupil = await fx.addPupil('PH-T005');
  const senco = as(SENCO).ehcRequests;
  const request = await senco.create(needsAssessmentRequest(pupil.id, { reference: 'EHC/2026/0042' }), pupil.pupilRef);
  expect(request).toMatchObject({ kind: 'Needs assessment request', receivedOn: '2026-11-02', requestedBy: 'The home school with Pathways' });
  await expect(senco.update(request.id, request.etag, { ...request, decision: 'To assess', decisionOn: '2026-12-14' })).rejects.toThrow(
    'The needs assessment request was not saved: The LA’s decision is dated 14/12/2026, after today: record it once it has happened.',
  );
  const later = as(SENCO, new Date('2026-12-14T12:00:00Z')).ehcRequests;
  const decided = await later.update(request.id, request.etag, { ...request, decision: 'To assess', decisionOn: '2026-12-14' });
  expect(decided).toMatchObject({ decision: 'To assess', decisionOn: '2026-12-14' });
  await expect(later.update(decided.id, decided.etag, { ...decided, finalPlanOn: '2026-12-14' })).rejects.toThrow('Record the draft plan first');
  await expect(as(STAFF).ehcRequests.create(needsAssessmentRequest(pupil.id), pupil.pupilRef)).rejects.toMatchObject({ kind: 'access-denied' });
});
