/**
 * The review meeting and LA request repositories against the SharePoint emulator: records in the pupil's folder,
 * JSON columns round-tripped, the indexed start filter, ETag-guarded updates, invalid records never sent.
 */
import { RecordValidationError } from '../../../../src/data/errors';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil, ReviewMeeting } from '../../../../src/domain';
import { startGraphFixture, type GraphFixture } from '../../graph/support/graphFixture';
import { reviewMeetingRecord } from '../../../support/meetingBuilder';

let fx: GraphFixture;
let pupil: Saved<Pupil>;

const meeting = (over: Partial<ReviewMeeting> = {}): ReviewMeeting => reviewMeetingRecord(pupil.id, over);

beforeAll(async () => {
  fx = await startGraphFixture();
  pupil = await fx.addPupil({
    pupilRef: 'PH-0777',
    firstName: 'Cy',
    lastName: 'Dee',
    dateOfBirth: '2012-03-04',
    yearGroup: '9',
    enrolmentDate: '2026-09-02',
    registration: 'Single',
    namedContactIds: [],
    supportTier: 'Universal',
    senProvision: 'K',
    monitoring: false,
    fsm: false,
    pp: false,
    lac: false,
    cin: false,
    cp: false,
    yos: false,
    medical: false,
  });
});
afterAll(() => fx.close());

describe('SpReviewMeetingRepository (emulator)', () => {
  it('creates a meeting in the pupil’s folder and reads back every column, JSON included', async () => {
    const repo = fx.admin.services.meetings;
    const held = await repo.create(
      meeting({
        status: 'Held',
        start: '2026-11-10T13:30:00Z',
        end: '2026-11-10T14:30:00Z',
        outcomes: ['Continue the placement for another six weeks'],
        targetOutcomes: [{ source: 'SMART', targetId: 4, target: 'Arrive by 09:00', outcome: 'Partially met', note: 'Four days in five' }],
        actions: [{ text: 'Send the timetable', owner: 'Rowan Pike', due: '2026-11-13' }],
        reportSentOn: '2026-11-12',
        pipReviewId: 9,
      }),
      pupil.pupilRef,
    );
    expect(held).toMatchObject({
      status: 'Held',
      start: '2026-11-10T13:30:00.000Z',
      outcomes: ['Continue the placement for another six weeks'],
      targetOutcomes: [{ source: 'SMART', targetId: 4, target: 'Arrive by 09:00', outcome: 'Partially met', note: 'Four days in five' }],
      actions: [{ text: 'Send the timetable', owner: 'Rowan Pike', due: '2026-11-13' }],
      reportSentOn: '2026-11-12',
      pipReviewId: 9,
    });
    const item = await fx.admin.sp.web.lists.getByTitle('Pathways Review Meetings').items.getById(held.id).select('FileDirRef', 'Title')();
    expect(String(item.FileDirRef)).toMatch(/\/Lists\/PwReviewMeetings\/PH-0777$/);
    expect(item.Title).toBe('Placement review, 10/11/2026');

    const later = await repo.create(meeting(), pupil.pupilRef);
    expect((await repo.forPupil(pupil.id)).items.map((m) => m.id)).toEqual([held.id, later.id]);
    expect((await repo.since('2026-11-20T00:00:00Z')).items.map((m) => m.id)).toEqual([later.id]);
  });

  it('guards updates with the ETag and refuses an invitation claimed without its event', async () => {
    const repo = fx.admin.services.meetings;
    const saved = await repo.create(meeting(), pupil.pupilRef);
    const updated = await repo.update(saved.id, saved.etag, { ...saved, notes: 'Room booked' });
    expect(updated.notes).toBe('Room booked');
    await expect(repo.update(saved.id, saved.etag, { ...saved, notes: 'Stale' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(repo.update(updated.id, updated.etag, { ...updated, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' })).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect((await repo.get(saved.id)).joinUrl).toBeUndefined();
  });

  it('refuses outcomes for a meeting that has not started yet, and takes them once it has', async () => {
    // The clock says Friday 20/11/2026 10:00; the meeting is on Tuesday 24/11/2026 at 10:00.
    const before = fx.connect(fx.admin.services.currentUser.email, { now: () => new Date('2026-11-20T10:00:00Z') }).services.meetings;
    const saved = await before.create(meeting({ status: 'Scheduled' }), pupil.pupilRef);
    const held = { ...saved, status: 'Held' as const, outcomes: ['Continue the placement'] };
    await expect(before.update(saved.id, saved.etag, held)).rejects.toThrow(
      'Not saved: This meeting starts on 24/11/2026 at 10:00: its outcomes can be recorded once it has started.',
    );
    await expect(before.create({ ...meeting(), status: 'Held' }, pupil.pupilRef)).rejects.toMatchObject({ kind: 'invalid-record' });
    expect((await before.get(saved.id)).status).toBe('Scheduled');
    const after = fx.connect(fx.admin.services.currentUser.email, { now: () => new Date('2026-11-24T10:05:00Z') }).services.meetings;
    expect((await after.update(saved.id, saved.etag, held)).status).toBe('Held');
  });
});

describe('SpEhcRequestRepository (emulator)', () => {
  it('records a request in the pupil’s folder and its reply', async () => {
    const repo = fx.admin.services.ehcRequests;
    const r = await repo.create({ pupilId: pupil.id, kind: 'LA information request', receivedOn: '2026-11-16', reference: 'EHC-2291' }, pupil.pupilRef);
    expect(r).toMatchObject({ kind: 'LA information request', receivedOn: '2026-11-16', reference: 'EHC-2291' });
    const answered = await repo.update(r.id, r.etag, { ...r, respondedOn: '2026-11-25' });
    expect(answered.respondedOn).toBe('2026-11-25');
    expect((await repo.list()).items.map((x) => x.id)).toContain(r.id);
    expect((await repo.forPupil(pupil.id)).items).toHaveLength(1);
    await expect(repo.create({ pupilId: pupil.id, kind: 'Draft plan consultation', receivedOn: '2026-11-16', respondedOn: '2026-11-01' }, pupil.pupilRef)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
  });
});
