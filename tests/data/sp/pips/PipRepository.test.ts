/**
 * SpPipRepository against the SharePoint emulator, through real PnPjs: PIPs and reviews in the pupil's folder,
 * JSON columns and sign-offs round-trip, the rules with settings refuse bad input before anything is written,
 * a review's decision is applied to the PIP with its ETag, and a home school reads only its own pupils' PIPs.
 */
import type { Pip, PipReview } from '../../../../src/domain';
import { PipValidationError } from '../../../../src/data/sp/pips/PipValidationError';
import { SpPipRepository } from '../../../../src/data/sp/pips/PipRepository';
import { DEFAULT_SETTINGS } from '../../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: SpPipRepository;

const slots = [
  { day: 'Monday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'English and maths' },
  { day: 'Wednesday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'Science' },
] as const;

function pipFor(pupilId: number, overrides: Partial<Pip> = {}): Pip {
  return {
    pupilId,
    status: 'Active',
    startDate: '2026-09-07',
    plannedEndDate: '2026-12-18',
    reasons: ['Extended period of non-attendance'],
    furtherInfo: 'Out of school since Easter',
    riskMedical: 'Anxiety: a quiet room is available',
    interventions: [{ intervention: 'Home visits', inPlace: true, completedOn: '2026-09-01' }],
    targets: ['Attend every timetabled session for three weeks'],
    timetables: [{ effectiveFrom: '2026-09-07', slots: slots.map((s) => ({ ...s })) }],
    exitStrategy: 'Add a morning each half-term',
    beenOnPipBefore: false,
    attendanceAtStart: 42.5,
    notBehaviourManagement: true,
    serviceSignOff: { name: 'Rowan Hale', date: '2026-09-03' },
    parentSignOff: { name: 'Jo Carter', date: '2026-09-03', relationship: 'Mother', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Hale' },
    studentSignOff: { name: 'Sam Carter', date: '2026-09-03' },
    communication: { method: 'Face-to-face', date: '2026-09-03', staff: 'Rowan Hale' },
    ...overrides,
  };
}

function reviewOf(pip: { id: number; pupilId: number }, overrides: Partial<PipReview> = {}): PipReview {
  return {
    pipId: pip.id,
    pupilId: pip.pupilId,
    reviewDate: '2026-10-16',
    targetOutcomes: [{ target: 'Attend every timetabled session for three weeks', outcome: 'Met', narrative: 'Every session attended' }],
    weekCommencing: '2026-10-19',
    timetable: {
      days: [{ day: 'Monday', am: '09:30–12:00 English and maths' }],
      slots: [...slots.map((s) => ({ ...s })), { day: 'Friday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'Art' }],
    },
    meetingNotes: 'Ready for a third morning',
    contactMethod: 'Face-to-face',
    staffSignOff: { name: 'Rowan Hale', date: '2026-10-16' },
    decision: 'Increase hours',
    totalHours: 0,
    ...overrides,
  };
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  // The clock is after every review date below (a review is recorded once it has taken place).
  repo = new SpPipRepository(fx.admin.sp, fx.emulator.siteUrl, async () => DEFAULT_SETTINGS, () => new Date('2027-01-04T12:00:00Z'));
});
afterAll(() => fx.close());

describe('SpPipRepository (emulator)', () => {
  it('creates a PIP in the pupil’s folder and reads every Appendix 1 field back', async () => {
    const pupil = await fx.addPupil('PH-P1');
    const created = await repo.create(pipFor(pupil.id), 'PH-P1');
    expect(created).toMatchObject({ ...pipFor(pupil.id), id: expect.any(Number) });
    expect(created.etag).not.toBe('*');

    const item = await fx.admin.sp.web.lists.getByTitle('Pathways PIPs').items.getById(created.id).select('FileDirRef', 'Title')();
    expect(String(item.FileDirRef)).toMatch(/\/Lists\/PwPips\/PH-P1$/);
    expect(item.Title).toBe('PIP 07/09/2026 to 18/12/2026');

    const other = await fx.addPupil('PH-P2');
    await repo.create(pipFor(other.id, { status: 'Draft', startDate: '2026-11-02', timetables: [], notBehaviourManagement: undefined }), 'PH-P2');
    expect((await repo.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([created.id]);
    expect((await repo.activeOn('2026-10-01')).items.map((p) => p.pupilId)).toEqual([pupil.id]);
    expect((await repo.activeOn('2026-09-01')).items).toEqual([]);
    expect((await repo.list()).items.map((p) => p.pupilId)).toEqual([pupil.id, other.id]);
  });

  it('refuses bad input with a message at each field and writes nothing', async () => {
    const pupil = await fx.addPupil('PH-P3');
    const bad = pipFor(pupil.id, {
      plannedEndDate: '2026-09-01',
      timetables: [
        {
          effectiveFrom: '2026-09-07',
          slots: [
            { day: 'Monday', start: '09:30', end: '12:00', location: 'Centre', curriculum: 'Maths' },
            { day: 'Monday', start: '11:00', end: '13:00', location: 'Centre', curriculum: 'English' },
            { day: 'Tuesday', start: '08:00', end: '10:00', location: 'Centre', curriculum: 'Art' },
          ],
        },
      ],
      notBehaviourManagement: false,
    });
    const error = await repo.create(bad, 'PH-P3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipValidationError);
    const byField = Object.fromEntries((error as PipValidationError).issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toMatchObject({
      plannedEndDate: 'Planned end date must be after the start date',
      'timetables.0.slots.1.start': expect.stringContaining('overlaps another on Monday'),
      'timetables.0.slots.2.start': 'The session must be within the school day (09:00 to 15:15)',
      notBehaviourManagement: expect.stringContaining('not being used to manage behaviour'),
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);

    const tooMany = pipFor(pupil.id, {
      timetables: [
        {
          effectiveFrom: '2026-09-07',
          slots: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => ({
            day: day as Pip['timetables'][number]['slots'][number]['day'],
            start: '09:00',
            end: '15:15',
            location: 'Centre',
            curriculum: 'Full day',
          })),
        },
      ],
    });
    await expect(repo.create(tooMany, 'PH-P3')).rejects.toMatchObject({
      issues: [{ path: ['timetables', 0, 'slots'], message: 'The timetable is 31.25 hours a week: it cannot be more than the full-time 25 hours' }],
    });
    const noAgreement = pipFor(pupil.id, { parentSignOff: undefined });
    await expect(repo.create(noAgreement, 'PH-P3')).rejects.toMatchObject({
      issues: expect.arrayContaining([{ path: ['parentSignOff'], message: 'A PIP cannot be active until the parent/carer agreement is recorded (name and date)' }]),
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
  });

  it('records a review that increases hours: the timetable history grows and the review is filed by the pupil', async () => {
    const pupil = await fx.addPupil('PH-P4');
    const pip = await repo.create(pipFor(pupil.id), 'PH-P4');
    const { review, pip: after } = await repo.recordReview(reviewOf(pip), 'PH-P4', pip.etag);

    expect(review).toMatchObject({ pipId: pip.id, decision: 'Increase hours', totalHours: 7.5, weekCommencing: '2026-10-19' });
    expect(after.timetables.map((t) => t.effectiveFrom)).toEqual(['2026-09-07', '2026-10-19']);
    expect(after.etag).not.toBe(pip.etag);
    const item = await fx.admin.sp.web.lists.getByTitle('Pathways PIP Reviews').items.getById(review.id).select('FileDirRef', 'PwTotalHours')();
    expect(String(item.FileDirRef)).toMatch(/\/Lists\/PwPipReviews\/PH-P4$/);
    expect(item.PwTotalHours).toBe(7.5);
    expect((await repo.reviews(pip.id)).items.map((r) => r.id)).toEqual([review.id]);

    // The old ETag no longer guards the PIP: nothing is written.
    await expect(repo.recordReview(reviewOf(pip, { decision: 'Continue', timetable: { days: [], slots: [] }, weekCommencing: undefined }), 'PH-P4', pip.etag)).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect((await repo.reviews(pip.id)).items).toHaveLength(1);
  });

  it('refuses a review dated before the start, or one that does not add hours, before writing', async () => {
    const pupil = await fx.addPupil('PH-P5');
    const pip = await repo.create(pipFor(pupil.id), 'PH-P5');
    await expect(repo.recordReview(reviewOf(pip, { reviewDate: '2026-09-01', decision: 'Continue', timetable: { days: [], slots: [] } }), 'PH-P5', pip.etag)).rejects.toMatchObject({
      issues: [{ path: ['reviewDate'], message: 'The review date cannot be before the PIP start date' }],
    });
    await expect(
      repo.recordReview(reviewOf(pip, { timetable: { days: [], slots: [{ day: 'Monday', start: '09:30', end: '10:30', location: 'Centre', curriculum: 'Maths' }] } }), 'PH-P5', pip.etag),
    ).rejects.toMatchObject({ issues: [{ path: ['timetable', 'slots'], message: 'The new timetable must have more than the current 5 hours a week (it has 1)' }] });
    expect((await repo.reviews(pip.id)).items).toEqual([]);
    expect((await repo.get(pip.id)).etag).toBe(pip.etag);
  });

  it('ends a PIP on the review date and extends another to its new end date', async () => {
    const pupil = await fx.addPupil('PH-P6');
    const pip = await repo.create(pipFor(pupil.id), 'PH-P6');
    const ended = await repo.recordReview(reviewOf(pip, { decision: 'End (full-time)', timetable: { days: [], slots: [] } }), 'PH-P6', pip.etag);
    expect(ended.pip).toMatchObject({ status: 'Ended', endedOn: '2026-10-16' });
    expect((await repo.activeOn('2026-10-20')).items.map((p) => p.id)).not.toContain(pip.id);

    const second = await repo.create(pipFor(pupil.id, { startDate: '2026-11-02', timetables: [{ effectiveFrom: '2026-11-02', slots: [...slots] }], previousPipId: pip.id, beenOnPipBefore: true }), 'PH-P6');
    const extended = await repo.recordReview(
      reviewOf(second, { reviewDate: '2026-12-11', decision: 'Extend', newEndDate: '2027-02-12', timetable: { days: [], slots: [] } }),
      'PH-P6',
      second.etag,
    );
    expect(extended.pip).toMatchObject({ plannedEndDate: '2027-02-12', previousPipId: pip.id, status: 'Active' });
  });

  it('refuses a second PIP in force for the same pupil, and lets the next one be drafted', async () => {
    const pupil = await fx.addPupil('PH-P9');
    const first = await repo.create(pipFor(pupil.id), 'PH-P9');
    const second = pipFor(pupil.id, { startDate: '2026-11-02', timetables: [{ effectiveFrom: '2026-11-02', slots: [...slots] }] });
    await expect(repo.create(second, 'PH-P9')).rejects.toMatchObject({ issues: [{ path: ['status'], message: expect.stringMatching(/^This pupil is already on an active PIP \(from /) }] });
    const draft = await repo.create({ ...second, status: 'Draft' }, 'PH-P9');
    await expect(repo.update(draft.id, draft.etag, { ...draft, status: 'Active' })).rejects.toMatchObject({ kind: 'invalid-record' });
    expect((await repo.forPupil(pupil.id)).items.map((p) => [p.id, p.status])).toEqual([
      [first.id, 'Active'],
      [draft.id, 'Draft'],
    ]);
  });

  it('refuses a review dated after today, writing nothing', async () => {
    const pupil = await fx.addPupil('PH-P8');
    const pip = await repo.create(pipFor(pupil.id), 'PH-P8');
    const early = new SpPipRepository(fx.admin.sp, fx.emulator.siteUrl, async () => DEFAULT_SETTINGS, () => new Date('2026-10-15T12:00:00Z'));
    await expect(early.recordReview(reviewOf(pip), 'PH-P8', pip.etag)).rejects.toMatchObject({
      issues: [{ path: ['reviewDate'], message: 'The review date 16/10/2026 is in the future: record the review once it has taken place' }],
    });
    expect((await repo.reviews(pip.id)).items).toEqual([]);
  });

  it('with PIPs shared (Settings › Home schools; off by default: they hold the risk assessments), lets a home school read its own pupils’ PIPs and nothing else', async () => {
    const settings = await fx.admin.services.settings.get({ fresh: true });
    await fx.admin.services.settings.save({ ...settings, homeSchoolSharing: { ...settings.homeSchoolSharing, pips: true } }, 'etag' in settings ? settings.etag : undefined);
    const { school } = await fx.addSchool('Northgate Academy', '900101', ['senco@northgate.example.sch.uk']);
    const theirs = await fx.addPupil('PH-P7', { registration: 'Dual', homeSchoolId: school.id });
    const pip = await repo.create(pipFor(theirs.id), 'PH-P7');
    const asSchool = new SpPipRepository(fx.as('senco@northgate.example.sch.uk').sp, fx.emulator.siteUrl, async () => DEFAULT_SETTINGS);
    const seen = await asSchool.list();
    expect(seen.items.map((p) => p.id)).toEqual([pip.id]);
    await expect(asSchool.update(pip.id, pip.etag, { ...pip, exitStrategy: 'Changed by the school' })).rejects.toMatchObject({ kind: 'access-denied' });
  });
});
