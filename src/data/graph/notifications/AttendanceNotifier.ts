/**
 * Notifications to home schools from attendance: after a register save, the pupils whose change could make things
 * worse are checked against the trigger rules (domain attendance/notificationTriggers), and the named staff of
 * each one's home school are told through the notification service: a short message and a link to the pupil's
 * record, never attendance detail. Failures are logged (and retried there) and counted for the register to say.
 */
import {
  absentNoReasonTriggers,
  academicYearBounds,
  academicYearOf,
  attendanceNotificationText,
  historyTriggers,
  isAheadOf,
  londonToday,
  markMayWorsen,
  notifiedStaff,
  type AttendanceMark,
  type AttendanceTrigger,
  type Pupil,
  type SchoolContact,
  type SchoolSettings,
} from '../../../domain';
import type {
  AttendanceNotifySummary,
  IAttendanceNotifier,
  IAttendanceRepository,
  INotificationService,
  IPupilRepository,
  ISchoolRepository,
  ISettingsRepository,
  RegisterSaveRequest,
  RegisterSaveResult,
  Saved,
} from '../../ports';
import { pupilRecordLink } from '../recordLinks';
import { plainErrorText } from '../../errors';

/** Changed pupils whose marks are read pupil by pupil (one batch call: 20 queries); more read the year's codes. */
const PUPILS_READ_EACH = 20;

export interface AttendanceNotifierOptions {
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly attendance: IAttendanceRepository;
  readonly settings: ISettingsRepository;
  readonly notifications: INotificationService;
  readonly siteUrl: string;
  readonly now: () => Date;
}

/**
 * Which trigger's key an e-mail is sent under when a save has several for one pupil: an N after the register
 * closed first, because it is the one a later save would raise again (a worse stage or the threshold is only
 * raised by the save that crosses it).
 */
const PRIORITY: readonly AttendanceTrigger['kind'][] = ['absent-no-reason', 'penalty-threshold', 'stage-worsened'];

const KIND: Record<AttendanceTrigger['kind'], string> = {
  'stage-worsened': 'attendance-stage',
  'penalty-threshold': 'penalty-threshold',
  'absent-no-reason': 'absent-no-reason',
};

export class AttendanceNotifier implements IAttendanceNotifier {
  public constructor(private readonly options: AttendanceNotifierOptions) {}

  public async afterRegisterSave(request: RegisterSaveRequest, result: RegisterSaveResult): Promise<AttendanceNotifySummary> {
    const savedAt = this.options.now();
    // A register ahead holds only what is known ahead (advanceMarks.ts): nothing has happened to tell anyone about.
    if (isAheadOf(request.date, londonToday(savedAt))) return { checked: 0, sent: 0, failed: 0, noRecipient: 0, problems: [] };
    const settings = (await this.options.settings.get()) as SchoolSettings;
    const savedIds = new Set(result.saved);
    const standing = new Map(result.snapshot.entries.filter((e) => e.mark).map((e) => [e.pupilId, e.mark]));
    const before = new Map(request.baseline.entries.map((e) => [e.pupilId, e.mark?.code]));

    const triggers: AttendanceTrigger[] = [];
    // N after the register closed: every N the register now holds (the key stops a second message).
    const current = Array.from(standing.values()).flatMap((m) => (m ? [m] : []));
    triggers.push(...absentNoReasonTriggers(current, savedAt, settings));

    // Stage and threshold: only the saved changes that could make things worse need the pupil's year of marks.
    const year = academicYearOf(request.date);
    const { start } = academicYearBounds(year);
    const problems: string[] = [];
    const changed = request.marks.filter((m) => savedIds.has(m.pupilId) && markMayWorsen(before.get(m.pupilId), m.code, settings));
    if (changed.length > 0) {
      try {
        // Every changed pupil's year in one read: up to 20 pupils one indexed query each (one HTTP request); more (a
        // register of many absences) the year's codes (marksForYear: a few requests whatever the number of pupils,
        // not one per 20 pupils with every mark's detail).
        const ids = new Set(changed.map((c) => c.pupilId));
        const marks =
          ids.size <= PUPILS_READ_EACH
            ? await this.options.attendance.marksForPupils([...ids], start, request.date)
            : (await this.options.attendance.marksForYear(year)).filter((m) => ids.has(m.pupilId) && m.date >= start && m.date <= request.date);
        const byPupil = new Map<number, AttendanceMark[]>();
        for (const m of marks) {
          byPupil.set(m.pupilId, [...(byPupil.get(m.pupilId) ?? []), m]);
        }
        for (const mark of changed) {
          const marksAfter = (byPupil.get(mark.pupilId) ?? []).sort((a, b) => (a.date === b.date ? a.session.localeCompare(b.session) : a.date.localeCompare(b.date)));
          triggers.push(
            ...historyTriggers({ pupilId: mark.pupilId, date: request.date, session: request.session, beforeCode: before.get(mark.pupilId), marksAfter, settings }),
          );
        }
      } catch (e) {
        problems.push(`Could not check the pupils' attendance for notifications: ${plainErrorText(e)}`);
      }
    }

    let sent = 0;
    let failed = 0;
    let noRecipient = 0;
    const pupilIds = Array.from(new Set(triggers.map((t) => t.pupilId)));
    if (pupilIds.length === 0) return { checked: changed.length, sent, failed, noRecipient, problems: Array.from(new Set(problems)) };
    // The pupils and every school's contacts read once for all the e-mails, not once per pupil.
    let people: { pupils: ReadonlyMap<number, Saved<Pupil>>; contacts: readonly Saved<SchoolContact>[] };
    try {
      const [pupilsRead, contactsRead] = await Promise.all([this.options.pupils.list(), this.options.schools.contacts()]);
      people = { pupils: new Map(pupilsRead.items.map((p) => [p.id, p])), contacts: contactsRead.items };
    } catch (e) {
      problems.push(`Could not read the pupils or the home schools' contacts to send notifications: ${plainErrorText(e)}`);
      return { checked: changed.length, sent, failed: pupilIds.length, noRecipient, problems: Array.from(new Set(problems)) };
    }
    // One e-mail per pupil per save (the words are the same whatever the reason): the first of its triggers not sent
    // before, in PRIORITY order, carrying the others' kinds in the log. Every pupil's e-mail at once (notifyAll: a few
    // round trips whatever their number); a pupil whose first key was sent before goes on to its next in another
    // round, so at most as many rounds as a pupil has triggers (three), never one per pupil.
    const plans: { pupilId: number; to: string[]; text: { subject: string; message: string }; own: AttendanceTrigger[] }[] = [];
    for (const pupilId of pupilIds) {
      const pupil = people.pupils.get(pupilId);
      if (!pupil) {
        failed++;
        problems.push(`Pupil ${pupilId} could not be read to send a notification.`);
        continue;
      }
      const to = recipients(people.contacts, pupil.homeSchoolId, pupil.namedContactIds);
      if (to.length === 0) {
        noRecipient++;
        continue;
      }
      const own = triggers.filter((x) => x.pupilId === pupilId).sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
      plans.push({ pupilId, to, text: attendanceNotificationText(pupil.pupilRef, settings.service.name), own });
    }
    let round = plans.map((plan) => ({ plan, i: 0 }));
    while (round.length > 0) {
      const settled = await this.options.notifications.notifyAll(
        round.map(({ plan, i }) => ({
          kind: Array.from(new Set(plan.own.slice(i).map((t) => KIND[t.kind]))).join(', '),
          pupilId: plan.pupilId,
          to: plan.to,
          subject: plan.text.subject,
          message: plan.text.message,
          link: pupilRecordLink(this.options.siteUrl, plan.pupilId),
          dedupeKey: plan.own[i].dedupeKey,
        })),
      );
      const next: typeof round = [];
      settled.forEach((r, n) => {
        const { plan, i } = round[n];
        if (r.status === 'rejected') {
          failed++;
          problems.push(plainErrorText(r.reason));
        } else if (r.value.outcome === 'already-sent') {
          if (i + 1 < plan.own.length) next.push({ plan, i: i + 1 });
        } else if (r.value.outcome === 'sent') sent++;
        else {
          failed++;
          if (r.value.problem) problems.push(r.value.problem);
        }
      });
      round = next;
    }
    return { checked: changed.length, sent, failed, noRecipient, problems: Array.from(new Set(problems)) };
  }

}

/** The pupil's named home-school staff who receive notifications (the domain's rule, shared with report sharing). */
function recipients(all: readonly Saved<SchoolContact>[], schoolId: number | undefined, namedIds: readonly number[]): string[] {
  return notifiedStaff(all, schoolId, namedIds).map((c) => c.email);
}
