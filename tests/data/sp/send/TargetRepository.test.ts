/**
 * SpTargetRepository against the SharePoint emulator: SMART targets in the pupil's folder, progress kept as JSON,
 * open targets for agendas, a target without a measure or date refused before anything is written.
 */
import { RecordValidationError } from '../../../../src/data/errors';
import { SpTargetRepository } from '../../../../src/data/sp/send/TargetRepository';
import type { Target } from '../../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: SpTargetRepository;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  repo = new SpTargetRepository(fx.admin.sp, fx.emulator.siteUrl);
});
afterAll(() => fx.close());

const target = (pupilId: number, overrides: Partial<Target> = {}): Target => ({
  pupilId,
  source: 'SEN support plan',
  sourceId: 7,
  outcome: 'Reads a short passage aloud to a partner',
  measure: 'Reads 100 words with 95% accuracy in three sessions running',
  dueDate: '2027-02-12',
  progress: [],
  closed: false,
  ...overrides,
});

describe('SpTargetRepository (emulator)', () => {
  it('creates targets, records progress and closes them; open ones by due date', async () => {
    const pupil = await fx.addPupil('PH-T1');
    const a = await repo.create(target(pupil.id), 'PH-T1');
    await repo.create(target(pupil.id, { outcome: 'Starts work within five minutes', dueDate: '2026-12-18', sourceId: 8 }), 'PH-T1');

    const progressed = await repo.recordProgress(a.id, a.etag, { date: '2026-11-20', note: 'Managed 80 words', rating: 3 });
    expect(progressed.progress).toEqual([{ date: '2026-11-20', note: 'Managed 80 words', rating: 3 }]);
    expect((await repo.openForPupil(pupil.id)).items.map((t) => t.dueDate)).toEqual(['2026-12-18', '2027-02-12']);
    expect((await repo.forSource(pupil.id, 'SEN support plan', 7)).items.map((t) => t.id)).toEqual([a.id]);

    const closed = await repo.recordProgress(a.id, progressed.etag, { date: '2027-02-10', note: 'Achieved', rating: 5 }, true);
    expect(closed.closed).toBe(true);
    expect(closed.progress).toHaveLength(2);
    expect((await repo.openForPupil(pupil.id)).items.map((t) => t.dueDate)).toEqual(['2026-12-18']);
    await expect(repo.recordProgress(a.id, a.etag, { date: '2027-02-11', note: 'Late' })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('refuses a target without a measure or a date, with the field named, and saves nothing', async () => {
    const pupil = await fx.addPupil('PH-T2');
    const noMeasure = repo.create(target(pupil.id, { measure: '' }), 'PH-T2');
    await expect(noMeasure).rejects.toBeInstanceOf(RecordValidationError);
    await expect(noMeasure).rejects.toMatchObject({ field: 'PwMeasure', message: expect.stringContaining('A target needs a measure') });
    await expect(repo.create(target(pupil.id, { dueDate: '' }), 'PH-T2')).rejects.toMatchObject({
      field: 'PwDueDate',
      message: expect.stringContaining('A target needs a date by when it should be met'),
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
  });
});
