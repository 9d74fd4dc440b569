import * as React from 'react';
import type { Pip, ParentContact } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { IAttendanceRepository, IParentContactRepository, IPipRepository, ReadResult, RegisterSnapshot, Saved } from '../../../../data/ports';

/**
 * The reads of the register's first screen that need only its date: both of the date's registers (the session
 * follows from the settings' session times, read beside them; asked at once, the two share one read of the week in
 * the repository, so it costs only the other session's "who took it"), the PIPs in force and that day's calls home.
 * TakeRegister starts them beside the settings and pupils, so the first screen costs one round trip after finding
 * the site (it was three: settings and pupils, then the register and PIPs, then the calls). Each is handed out
 * once, for its own date and within FIRST_READS_MAX_AGE_MS: any later load (another date or session, "Try again",
 * after a save, the calls list shown when the register closes while the page is open) reads afresh.
 * On a date with no register (a closure) or before the register closes (no calls shown) a read goes unused.
 */
export interface Reads {
  readonly registers: Promise<Readonly<Record<Session, RegisterSnapshot>>>;
  readonly pips: Promise<ReadResult<Saved<Pip>>>;
  readonly calls: Promise<ReadResult<Saved<ParentContact>>>;
}

/** The read started for `key`, to the first to ask for it, when it asks for the same date in time (else undefined). */
export type FirstReads = <K extends keyof Reads>(key: K, date: string) => Reads[K] | undefined;

export interface FirstReadServices {
  readonly attendance: Pick<IAttendanceRepository, 'register'>;
  readonly pips: Pick<IPipRepository, 'activeOn'>;
  readonly parentContacts: Pick<IParentContactRepository, 'onDay'>;
}

/** How long a first read may wait to be used: later, what others saved meanwhile must be read. */
export const FIRST_READS_MAX_AGE_MS = 60_000;

/** Starts the first screen's reads for `date`. `clock`: ms, for their age. */
export function startFirstReads(services: FirstReadServices, date: string, clock: () => number = Date.now): FirstReads {
  const at = clock();
  const { attendance } = services;
  const registers = Promise.all([attendance.register(date, 'AM'), attendance.register(date, 'PM')]).then(([AM, PM]) => ({ AM, PM }));
  const reads: Partial<Reads> = { registers, pips: services.pips.activeOn(date), calls: services.parentContacts.onDay(date) };
  // A failure shows where the read is used; meanwhile it must not be reported as unhandled.
  for (const read of Object.values(reads)) read?.catch(() => undefined);
  return (key, d) => {
    const read = reads[key];
    delete reads[key];
    return d === date && clock() - at <= FIRST_READS_MAX_AGE_MS ? read : undefined;
  };
}

/** The first screen's reads, for the register components below TakeRegister (none: each reads for itself). */
export const FirstReadsContext = React.createContext<FirstReads | undefined>(undefined);
