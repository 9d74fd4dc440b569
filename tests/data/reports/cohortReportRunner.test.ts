/**
 * A whole cohort's termly progress reports against the emulator over HTTP: each report filed in the pupil's folder
 * of the Letters library, read back by a third-party reader with the domain's own figures; progress before each
 * pupil; a failure named and retried; a cancellation stopping before the next pupil.
 */
import { generateCohortReports, type CohortProgress, type CohortRunServices } from '../../../src/data/reports/cohortReportRunner';
import { DataError } from '../../../src/data/errors';
import { loadProgressComments, saveProgressComments } from '../../../src/data/reports/progressComments';
import type { Saved } from '../../../src/data/ports';
import { attendanceSentence, cohortSummary, mergeOutcomes, progressReport, pupilsToRetry, NO_COMMENTS, type AttendanceMark, type Pupil, type SchoolSettings } from '../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { readDocx } from '../../support/docxText';

jest.setTimeout(120000);

const AUTUMN = { label: 'Autumn term 2026/27', start: '2026-09-02', end: '2026-12-18' };
const TODAY = '2026-11-20';
const DAYS = ['2026-11-16', '2026-11-17', '2026-11-18'];

let fx: PathwaysFixture;
let settings: SchoolSettings;
let pupils: Saved<Pupil>[];

beforeAll(async () => {
  fx = await startPathwaysFixture();
  settings = await fx.admin.services.settings.get();
  pupils = [];
  for (const [ref, lastName] of [['CR-001', 'Adams'], ['CR-002', 'Brook'], ['CR-003', 'Carter']] as const) pupils.push(await fx.addPupil(ref, { lastName }));
  const { attendance } = fx.admin.services;
  for (const [i, date] of DAYS.entries()) {
    const baseline = await attendance.register(date, 'AM');
    const marks: AttendanceMark[] = [{ pupilId: pupils[0].id, date, session: 'AM', code: i === 2 ? 'O' : '/', recordedBy: 'admin@pathways.example.org', recordedAt: `${date}T09:10:00Z` }];
    await attendance.saveRegister({ date, session: 'AM', marks, reasons: new Map(), baseline, takenBy: 'admin@pathways.example.org', at: `${date}T09:20:00Z` });
  }
});
afterAll(() => fx.close());

const request = (services: CohortRunServices, list: readonly Saved<Pupil>[], extra: { signal?: AbortSignal; onProgress?: (p: CohortProgress) => void } = {}) =>
  generateCohortReports(services, { pupils: list, period: AUTUMN, today: TODAY, settings, homeSchoolName: () => undefined, madeBy: 'Pathways Admin', ...extra });

describe('Termly progress reports for a cohort, over HTTP', () => {
  it('files each pupil’s report in their folder with the domain’s figures; names a failure, and a retry files it', async () => {
    const real = fx.admin.services;
    const failing: CohortRunServices = {
      ...real,
      letters: {
        ...real.letters,
        forPupil: (id) => real.letters.forPupil(id),
        content: (url) => real.letters.content(url),
        recordSent: (l, d) => real.letters.recordSent(l, d),
        recordShare: (l, share) => real.letters.recordShare(l, share),
        file: (letter, content, ref) =>
          ref === 'CR-002' ? Promise.reject(new DataError('throttled', 'SharePoint is busy: try again in a few minutes.', 503)) : real.letters.file(letter, content, ref),
      },
    };
    const progress: string[] = [];
    const first = await request(failing, pupils, { onProgress: (p) => progress.push(p.text) });
    expect(progress).toEqual(['Generating 1 of 3: FirstCR001 Adams…', 'Generating 2 of 3: FirstCR002 Brook…', 'Generating 3 of 3: FirstCR003 Carter…']);
    expect(first.map((o) => [o.name, o.status])).toEqual([
      ['FirstCR001 Adams', 'filed'],
      ['FirstCR002 Brook', 'failed'],
      ['FirstCR003 Carter', 'filed'],
    ]);
    expect(first[1]).toMatchObject({ reason: 'SharePoint is busy: try again in a few minutes.' });
    expect((await real.letters.forPupil(pupils[1].id)).items).toEqual([]);

    const [filed] = (await real.letters.forPupil(pupils[0].id)).items;
    expect([filed.kind, filed.letterDate, filed.sentBy, filed.fileName]).toEqual(['Termly progress report', TODAY, 'Pathways Admin', 'CR-001 progress report Autumn term 2026-27.docx']);
    expect(filed.url).toContain('/CR-001/');
    const doc = readDocx(await real.letters.content(filed.url));
    const marks = await real.attendance.marksForPupil(pupils[0].id, AUTUMN.start, AUTUMN.end);
    const expected = progressReport({ pupil: pupils[0], serviceName: settings.service.name, period: AUTUMN, today: TODAY, settings, marks, pips: [], targets: [], assessments: [], entries: [], behaviour: [], comments: NO_COMMENTS });
    expect(expected.attendance.statutory.possible).toBe(3);
    expect(doc.paragraphs).toContain(attendanceSentence(expected));

    const retried = await request(real, pupils.filter((p) => pupilsToRetry(first).includes(p.id)));
    const all = mergeOutcomes(first, retried);
    expect(cohortSummary(all).text).toBe('3 of 3 reports filed.');
    expect((await real.letters.forPupil(pupils[1].id)).items.map((l) => l.fileName)).toEqual(['CR-002 progress report Autumn term 2026-27.docx']);
  });

  it('uses the comments kept on the term’s learning log, so making the reports again keeps what staff wrote', async () => {
    const { learningLogs, letters } = fx.admin.services;
    const none = await loadProgressComments(learningLogs, pupils[2].id, AUTUMN, settings.terms);
    expect(none.log).toBeUndefined();
    const kept = await saveProgressComments(learningLogs, pupils[2], AUTUMN, settings.terms, { leadTutor: 'A steady term.', pupilVoice: 'I like art.', nextSteps: '' }, none);
    expect(kept.log?.term).toBe('Autumn');
    const again = await saveProgressComments(learningLogs, pupils[2], AUTUMN, settings.terms, { ...kept.comments, nextSteps: 'Join the art club' }, kept);
    expect((await loadProgressComments(learningLogs, pupils[2].id, AUTUMN, settings.terms)).comments).toEqual({ leadTutor: 'A steady term.', pupilVoice: 'I like art.', nextSteps: 'Join the art club' });
    // A stale copy (the ETag before the second save) is refused, not overwritten.
    await expect(saveProgressComments(learningLogs, pupils[2], AUTUMN, settings.terms, NO_COMMENTS, kept)).rejects.toThrow();
    expect(again.log?.id).toBe(kept.log?.id);

    await generateCohortReports(fx.admin.services, {
      pupils: [pupils[2]],
      period: AUTUMN,
      today: TODAY,
      settings,
      homeSchoolName: () => undefined,
      madeBy: 'Pathways Admin',
      commentsFor: async (id) => (await loadProgressComments(learningLogs, id, AUTUMN, settings.terms)).comments,
    });
    const [filed] = (await letters.forPupil(pupils[2].id)).items;
    expect(readDocx(await letters.content(filed.url)).paragraphs).toEqual(expect.arrayContaining(['A steady term.', 'I like art.', 'Join the art club']));
  });

  it('stops before the next pupil when cancelled: the report in hand is filed, the rest are not made', async () => {
    const abort = new AbortController();
    const outcomes = await request(fx.admin.services, pupils, { signal: abort.signal, onProgress: (p) => p.position === 2 && abort.abort() });
    expect(outcomes.map((o) => o.status)).toEqual(['filed', 'filed', 'cancelled']);
    expect(cohortSummary(outcomes).text).toBe('2 of 3 reports filed; 1 not made (cancelled).');
  });
});
