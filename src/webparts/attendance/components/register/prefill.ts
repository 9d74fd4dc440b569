import type { Pip, Pupil, SchoolSettings } from '../../../../domain';
import { pipPrefillCode } from '../../../../domain/pip/pipPrefill';
import type { Session } from '../../../../domain/vocabulary';

/**
 * The code a pupil's register entry starts with before anyone marks it. A pupil on an agreed part-time
 * timetable (an Active PIP) gets 'C2' for the sessions outside the timetable (facts sheet §10 rule 7:
 * "Generate C2 only for sessions outside the agreed hours"); sessions the plan expects are marked as usual.
 * A prefilled code is shown as an unsaved mark and saved with the register.
 */
export function prefillFor(pupil: Pupil, date: string, session: Session): string | undefined {
  void pupil;
  void date;
  void session;
  return undefined;
}

export type Prefill = typeof prefillFor;

/** The prefill for a register, from the PIPs in force (services.pips.activeOn(date)). */
export function prefillFromPips(pips: readonly Pip[], settings: Pick<SchoolSettings, 'sessions'>): Prefill {
  const byPupil = new Map<number, Pip[]>();
  for (const pip of pips) byPupil.set(pip.pupilId, [...(byPupil.get(pip.pupilId) ?? []), pip]);
  return (pupil, date, session) => {
    const own = pupil.id === undefined ? undefined : byPupil.get(pupil.id);
    return own ? pipPrefillCode(own, date, session, settings) : undefined;
  };
}
