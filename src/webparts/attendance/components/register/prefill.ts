import type { Pupil } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';

/**
 * SEAM for Phased Integration Plans: the code a pupil's register entry starts with before anyone marks it.
 * When the PIP feature lands, a pupil on an agreed part-time timetable gets 'C2' for sessions outside the
 * timetable (facts sheet §10 rule 7: "Generate C2 only for sessions outside the agreed hours").
 * Until then nothing is prefilled. A prefilled code is shown as an unsaved mark and saved with the register.
 */
export function prefillFor(pupil: Pupil, date: string, session: Session): string | undefined {
  void pupil;
  void date;
  void session;
  return undefined;
}

export type Prefill = typeof prefillFor;
