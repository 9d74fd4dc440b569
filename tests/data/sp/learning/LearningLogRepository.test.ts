/**
 * SpLearningLogRepository against the SharePoint emulator, through real PnPjs: one log per pupil per term (the
 * unique log key refuses a second), entries in the pupil's folder, read back by pupil, by log and as highlights.
 */
import { RecordValidationError } from '../../../../src/data/errors';
import { SpLearningLogRepository } from '../../../../src/data/sp/learning/LearningLogRepository';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: SpLearningLogRepository;
const TEACHER = 'maths.teacher@pathways.example.org';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  repo = new SpLearningLogRepository(fx.admin.sp, fx.emulator.siteUrl);
});
afterAll(() => fx.close());

describe('SpLearningLogRepository (emulator)', () => {
  it('keeps one log per pupil per term and its subjects as JSON', async () => {
    const pupil = await fx.addPupil('PH-L1');
    const log = await repo.create(
      { pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] },
      'PH-L1',
    );
    expect(log).toMatchObject({ pupilId: pupil.id, term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] });
    await repo.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Spring', subjects: [] }, 'PH-L1');

    await expect(repo.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, 'PH-L1')).rejects.toMatchObject({
      kind: 'duplicate',
      message: 'The pupil already has a learning log for Autumn 2026/27.',
    });
    const logs = await repo.forPupil(pupil.id);
    expect(logs.problems).toEqual([]);
    expect(logs.items.map((l) => l.term)).toEqual(['Spring', 'Autumn']);

    const updated = await repo.update(log.id, log.etag, { ...log, subjects: [...log.subjects, { subject: 'English', teacher: 'Iris Penn' }] });
    expect(updated.subjects.map((s) => s.subject)).toEqual(['Maths', 'English']);
    await expect(repo.update(log.id, log.etag, { ...log, subjects: [] })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('adds dated entries in the pupil’s folder, newest first, with highlights for review', async () => {
    const pupil = await fx.addPupil('PH-L2');
    const other = await fx.addPupil('PH-L3');
    const log = await repo.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, 'PH-L2');
    const otherLog = await repo.create({ pupilId: other.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, 'PH-L3');
    const base = { logId: log.id, pupilId: pupil.id, subject: 'Maths', teacher: TEACHER };
    const first = await repo.addEntry({ ...base, entryDate: '2026-10-05', entry: 'Fractions: equivalent forms', highlight: false }, 'PH-L2');
    await repo.addEntry({ ...base, entryDate: '2026-11-16', entry: 'Solved two-step equations alone', highlight: true }, 'PH-L2');
    await repo.addEntry({ ...base, logId: otherLog.id, pupilId: other.id, entryDate: '2026-11-17', entry: 'Other pupil', highlight: true }, 'PH-L3');

    const item = await fx.admin.sp.web.lists.getByTitle('Pathways Learning Log Entries').items.getById(first.id).select('FileDirRef')();
    expect(String(item.FileDirRef)).toMatch(/\/Lists\/PwLearningLogEntries\/PH-L2$/);

    expect((await repo.entries(log.id)).items.map((e) => e.entryDate)).toEqual(['2026-11-16', '2026-10-05']);
    expect((await repo.entriesForPupil(pupil.id, '2026-11-01')).items.map((e) => e.entry)).toEqual(['Solved two-step equations alone']);
    expect((await repo.entriesForPupil(pupil.id, undefined, '2026-10-31')).items.map((e) => e.entryDate)).toEqual(['2026-10-05']);
    expect((await repo.highlights(pupil.id)).items.map((e) => e.entry)).toEqual(['Solved two-step equations alone']);
    expect((await repo.highlights(pupil.id, '2026-11-17')).items).toEqual([]);

    // Several pupils' entries (a home school's Today) in one request, 2 pupils or 300 (the list read whole, theirs kept).
    for (const ids of [[pupil.id, other.id], [pupil.id, other.id, ...Array.from({ length: 298 }, (_x, i) => 90_000 + i)]]) {
      const { result, requests } = await fx.countRequests(() => repo.entriesForPupils(ids, '2026-10-06'));
      expect(requests).toHaveLength(1);
      expect(result.items.map((e) => [e.pupilId, e.entryDate])).toEqual([
        [other.id, '2026-11-17'],
        [pupil.id, '2026-11-16'],
      ]);
    }
    expect((await repo.entriesForPupils([other.id])).items.map((e) => e.entry)).toEqual(['Other pupil']);
  });

  it('refuses an entry without its text before anything is sent', async () => {
    const pupil = await fx.addPupil('PH-L4');
    const log = await repo.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, 'PH-L4');
    await expect(
      repo.addEntry({ logId: log.id, pupilId: pupil.id, subject: 'Maths', teacher: TEACHER, entryDate: '2026-11-16', entry: ' ', highlight: false }, 'PH-L4'),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect((await repo.entries(log.id)).items).toEqual([]);
  });
});
