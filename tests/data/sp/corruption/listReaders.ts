/**
 * Every repository read the views make of each list, by the list's key: what the corruption test runs after each
 * damage. A reader is given the services and the damaged item's stored values as they were before the damage (the
 * pupil, day or parent record the views would ask by).
 */
import type { IServices } from '../../../../src/composition/IServices';
import { RecordValidationError } from '../../../../src/data/errors';
import type { ListKey } from '../../../../src/lists';
import type { SPFI } from '../../../../src/data/sp/pnpSetup';
import { SpNotificationLogRepository } from '../../../../src/data/sp/notifications/NotificationLogRepository';

/** What a read returns: a ReadResult, or an array of records with the problems attached (marks, amendments). */
export type ReadOutcome = { readonly items: readonly object[]; readonly problems: readonly RecordValidationError[] } | (readonly object[] & { readonly problems?: readonly RecordValidationError[] });

export interface ReaderContext {
  readonly services: IServices;
  readonly sp: SPFI;
  /** The damaged item's stored values before the damage. */
  readonly stored: Readonly<Record<string, unknown>>;
}

export type Reader = (c: ReaderContext) => Promise<ReadOutcome>;

const num = (c: ReaderContext, key: string): number => Number(c.stored[key]);
const day = (c: ReaderContext, key: string): string => String(c.stored[key]).slice(0, 10);
const pupil = (c: ReaderContext): number => num(c, 'PwPupilId');
/** A week before the stored day: the "since" of Today's due lists. */
const weekBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 7 * 86400000).toISOString().slice(0, 10);

/**
 * The reads of a record with a confidential part (the pupil, the PIP), each record given the id of its confidential
 * item (Pathways Pupil Confidential, Pathways PIP Confidential are read only through the record's repository, which
 * joins them to the record's item): a record whose confidential item is damaged must load or be named like any other.
 */
async function asParts(
  c: ReaderContext,
  list: string,
  owner: string,
  read: () => Promise<{ items: readonly { id: number }[]; problems: readonly RecordValidationError[] }>,
): Promise<ReadOutcome> {
  const result = await read();
  const raw = await c.sp.web.lists.getByTitle(list).items.select('Id', owner)<Record<string, unknown>[]>();
  const itemOf = new Map(raw.map((r) => [Number(r[owner]), Number(r.Id)]));
  return { items: result.items.flatMap((p) => (itemOf.has(p.id) ? [{ id: itemOf.get(p.id) }] : [])), problems: result.problems };
}
const asConfidentialItems = (c: ReaderContext, read: Parameters<typeof asParts>[3]): Promise<ReadOutcome> => asParts(c, 'Pathways Pupil Confidential', 'PwPupilId', read);
const asPipParts = (c: ReaderContext, read: Parameters<typeof asParts>[3]): Promise<ReadOutcome> => asParts(c, 'Pathways PIP Confidential', 'PwPipId', read);
const asMeetingNotes = (c: ReaderContext, read: Parameters<typeof asParts>[3]): Promise<ReadOutcome> => asParts(c, 'Pathways Review Meeting Notes', 'PwMeetingId', read);
const asActionNotes = (c: ReaderContext, read: Parameters<typeof asParts>[3]): Promise<ReadOutcome> => asParts(c, 'Pathways Attendance Action Notes', 'PwAttendanceActionId', read);
const asContactNotes = (c: ReaderContext, read: Parameters<typeof asParts>[3]): Promise<ReadOutcome> => asParts(c, 'Pathways Parent Contact Notes', 'PwContactId', read);

/** get() refuses a damaged record with the error naming it (the record page shows it): as a problem here. */
const one = <T extends { id: number }>(get: Promise<T>): Promise<{ items: T[]; problems: RecordValidationError[] }> =>
  get.then(
    (p) => ({ items: [p], problems: [] }),
    (e: unknown) => {
      if (e instanceof RecordValidationError) return { items: [], problems: [e] };
      throw e;
    },
  );

export const READERS: Partial<Record<ListKey, Readonly<Record<string, Reader>>>> = {
  schools: { 'schools.list': (c) => c.services.schools.list() },
  schoolContacts: { 'schools.contacts()': (c) => c.services.schools.contacts(), 'schools.contacts(school)': (c) => c.services.schools.contacts(num(c, 'PwSchoolId')) },
  pupils: { 'pupils.list': (c) => c.services.pupils.list() },
  pupilConfidential: {
    'pupils.list': (c) => asConfidentialItems(c, () => c.services.pupils.list()),
    'pupils.get': (c) => asConfidentialItems(c, () => one(c.services.pupils.get(pupil(c)))),
  },
  pipConfidential: {
    'pips.list': (c) => asPipParts(c, () => c.services.pips.list()),
    'pips.forPupil': (c) => asPipParts(c, () => c.services.pips.forPupil(pupil(c))),
    'pips.get': (c) => asPipParts(c, () => one(c.services.pips.get(num(c, 'PwPipId')))),
  },
  pupilHistory: { 'pupilHistory.forPupil': (c) => c.services.pupilHistory.forPupil(pupil(c)) },
  attendanceAmendments: { 'attendance.amendmentsForPupil': (c) => c.services.attendance.amendmentsForPupil(pupil(c)) },
  attendanceActions: {
    'attendanceActions.forPupil': (c) => c.services.attendanceActions.forPupil(pupil(c)),
    'attendanceActions.forPupils': (c) => {
      const a = c.services.attendanceActions;
      return a.forPupils ? a.forPupils([pupil(c)]) : a.forPupil(pupil(c));
    },
  },
  pips: {
    'pips.list': (c) => c.services.pips.list(),
    'pips.forPupil': (c) => c.services.pips.forPupil(pupil(c)),
    'pips.activeOn': (c) => c.services.pips.activeOn(day(c, 'PwStartDate')),
  },
  pipReviews: { 'pips.reviews': (c) => c.services.pips.reviews(num(c, 'PwPipId')), 'pips.allReviews': (c) => c.services.pips.allReviews() },
  learningLogs: { 'learningLogs.forPupil': (c) => c.services.learningLogs.forPupil(pupil(c)) },
  learningLogEntries: {
    'learningLogs.entries': (c) => c.services.learningLogs.entries(num(c, 'PwLogId')),
    'learningLogs.entriesForPupil': (c) => c.services.learningLogs.entriesForPupil(pupil(c)),
    'learningLogs.highlights': (c) => c.services.learningLogs.highlights(pupil(c)),
  },
  attendanceActionNotes: {
    'attendanceActions.forPupil': (c) => asActionNotes(c, () => c.services.attendanceActions.forPupil(pupil(c))),
    'attendanceActions.forPupils': (c) => {
      const a = c.services.attendanceActions;
      return asActionNotes(c, () => (a.forPupils ? a.forPupils([pupil(c)]) : a.forPupil(pupil(c))));
    },
  },
  parentContactNotes: { 'parentContacts.forPupil': (c) => asContactNotes(c, () => c.services.parentContacts.forPupil(pupil(c))) },
  reviewMeetingNotes: {
    'meetings.forPupil': (c) => asMeetingNotes(c, () => c.services.meetings.forPupil(pupil(c))),
    'meetings.get': (c) => asMeetingNotes(c, () => one(c.services.meetings.get(num(c, 'PwMeetingId')))),
  },
  reviewMeetings: { 'meetings.forPupil': (c) => c.services.meetings.forPupil(pupil(c)), 'meetings.since': (c) => c.services.meetings.since(`${weekBefore(day(c, 'PwStart'))}T00:00:00Z`) },
  targets: {
    'targets.forPupil': (c) => c.services.targets.forPupil(pupil(c)),
    'targets.openForPupil': (c) => c.services.targets.openForPupil(pupil(c)),
    'targets.forSource': (c) => c.services.targets.forSource(pupil(c), 'SEN support plan', num(c, 'PwSourceId')),
  },
  supportPlans: { 'supportPlans.forPupil': (c) => c.services.supportPlans.forPupil(pupil(c)) },
  assessments: { 'assessments.forPupil': (c) => c.services.assessments.forPupil(pupil(c)), 'assessments.forPupils': (c) => c.services.assessments.forPupils([pupil(c)]) },
  notifications: { 'notifications.recent': (c) => c.services.notifications.recent(),
    'notifications.failed': (c) => c.services.notifications.failed(), 'notification log unsent': (c) => new SpNotificationLogRepository(c.sp).unsent() },
  ehcRequests: { 'ehcRequests.list': (c) => c.services.ehcRequests.list(), 'ehcRequests.forPupil': (c) => c.services.ehcRequests.forPupil(pupil(c)) },
  parentContacts: {
    'parentContacts.forPupil': (c) => c.services.parentContacts.forPupil(pupil(c)),
    'parentContacts.onDay': (c) => c.services.parentContacts.onDay(day(c, 'PwContactDay')),
    'parentContacts.followUpsDue': (c) => c.services.parentContacts.followUpsDue(day(c, 'PwContactDay'), weekBefore(day(c, 'PwContactDay'))),
  },
  behaviourLog: { 'behaviourLog.forPupil': (c) => c.services.behaviourLog.forPupil(pupil(c)), 'behaviourLog.incidentsOn': (c) => c.services.behaviourLog.incidentsOn(day(c, 'PwLogDay')) },
  semhProfiles: {
    'semhProfiles.forPupil': (c) => c.services.semhProfiles.forPupil(pupil(c)),
    'semhProfiles.reviewsDue': (c) => c.services.semhProfiles.reviewsDue(day(c, 'PwReviewDue'), weekBefore(day(c, 'PwReviewDue'))),
  },
  laReturns: {
    'laReturns.list': (c) => c.services.laReturns.list(),
    'laReturns.sent': (c) => c.services.laReturns.sent(),
  },
  leadershipReports: {
    'leadershipReports.list': (c) => c.services.leadershipReports.list(),
  },
  transitionPlans: {
    'transitionPlans.list': (c) => c.services.transitionPlans.list(),
    'transitionPlans.forPupil': (c) => c.services.transitionPlans.forPupil(pupil(c)),
    'transitionPlans.actionsDue': (c) => c.services.transitionPlans.actionsDue(day(c, 'PwActionDue')),
  },
};

/** The ids a read returned and the problems it named ('list|item|column'). */
export function outcomeOf(r: ReadOutcome): { ids: Set<number>; named: string[] } {
  const items = Array.isArray(r) ? r : (r as { items: readonly object[] }).items;
  const problems = (r as { problems?: readonly RecordValidationError[] }).problems ?? [];
  return { ids: new Set(items.map((i) => (i as { id?: number }).id).filter((id): id is number => typeof id === 'number')), named: problems.map((p) => `${p.list}|${p.itemId ?? ''}|${p.field}`) };
}
