import type { IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import { isOnRoll } from '../pupils/onRoll';
import type { Session } from '../vocabulary';
import type { AttendanceMark } from './attendanceMark';
import { findCode } from './codes';

/**
 * The emergency (fire) register: who is on site for one session, from the register as saved. A pupil is on site when
 * their mark's code says so (`onSite` in the code table: present, late, arrived after the register closed); pupils on
 * roll with no mark yet are listed apart, since nobody knows where they are; everyone else marked is away from the
 * site (absent, or at an approved activity elsewhere) and is only counted.
 *
 * Marks saved on this device and not yet sent (registers waiting in this browser's offline queue) count too, marked
 * as such: a pupil marked present there is on site. Where they and the saved register disagree, the fire register
 * errs towards the building — on site if either puts the pupil on site — since nobody must be left out of a roll call.
 */
export type FireRegisterPupil = Pick<Pupil, 'firstName' | 'lastName' | 'yearGroup' | 'enrolmentDate' | 'leavingDate'> & { readonly id: number };

export interface FireRegisterLine {
  readonly pupilId: number;
  /** "Okafor, Amara" (as a register lists it). */
  readonly name: string;
  readonly yearGroup: string;
  readonly code?: string;
  /** What the code means, from the code table. */
  readonly meaning?: string;
  /** Recorded arrival time (late marks). */
  readonly arrivalTime?: string;
  /**
   * The code of a mark saved on this device and not yet sent (a register in this browser's offline queue), when it
   * differs from the register as saved: the office is told the line rests on it.
   */
  readonly notYetSent?: string;
}

export interface FireRegister {
  readonly date: IsoDate;
  readonly session: Session;
  /** When it was produced (ISO date-time). */
  readonly producedAt: string;
  readonly onSite: readonly FireRegisterLine[];
  /** On roll with no mark: not known to be on site or away. */
  readonly notMarked: readonly FireRegisterLine[];
  /** Marked as not on site (absent, or at an approved activity elsewhere). */
  readonly away: readonly FireRegisterLine[];
}

const bySurname = (a: FireRegisterLine, b: FireRegisterLine): number => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' });

/** True when the code puts the pupil on site (unknown codes do not: the register would be guessing). */
export function isOnSiteCode(code: string): boolean {
  return findCode(code)?.onSite ?? false;
}

export function fireRegister(
  marks: readonly AttendanceMark[],
  pupils: readonly FireRegisterPupil[],
  date: IsoDate,
  session: Session,
  producedAt: string,
  notYetSent: readonly AttendanceMark[] = [],
): FireRegister {
  const ofSession = (list: readonly AttendanceMark[]) => new Map(list.filter((m) => m.date === date && m.session === session).map((m) => [m.pupilId, m]));
  const savedOf = ofSession(marks);
  const pendingOf = ofSession(notYetSent);
  const onSite: FireRegisterLine[] = [];
  const notMarked: FireRegisterLine[] = [];
  const away: FireRegisterLine[] = [];
  for (const p of pupils) {
    const saved = savedOf.get(p.id);
    const queued = pendingOf.get(p.id);
    const pending = queued && (!saved || queued.code !== saved.code) ? queued : undefined;
    // The pending mark is the later word on this device, unless it would take off site a pupil the saved register has on site.
    const mark = pending && (isOnSiteCode(pending.code) || !saved || !isOnSiteCode(saved.code)) ? pending : saved;
    if (!mark && !isOnRoll(p, date)) continue;
    const line: FireRegisterLine = {
      pupilId: p.id,
      name: `${p.lastName}, ${p.firstName}`,
      yearGroup: p.yearGroup,
      ...(mark ? { code: mark.code, meaning: findCode(mark.code)?.meaning ?? 'Unknown code' } : {}),
      ...(mark?.arrivalTime ? { arrivalTime: mark.arrivalTime } : {}),
      ...(pending ? { notYetSent: pending.code } : {}),
    };
    if (!mark) notMarked.push(line);
    else if (isOnSiteCode(mark.code)) onSite.push(line);
    else away.push(line);
  }
  return { date, session, producedAt, onSite: onSite.sort(bySurname), notMarked: notMarked.sort(bySurname), away: away.sort(bySurname) };
}
