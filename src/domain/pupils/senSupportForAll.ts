import type { Pupil } from './pupil';
import { isOnRoll } from './onRoll';

/**
 * The SEND policy (000): every pupil placed here is "deemed to have evidence of additionality" and is on the
 * Register of Additional Need at "our universal support, which we equate to 'SEND Support'". So a pupil on roll
 * recorded N (no SEN) is an error to correct, or a decision the SENCO has recorded; never left silently.
 */
export const SEN_SUPPORT_FOR_ALL_REASON = 'SEND policy: every pupil on roll is at SEN support at least (Register of Additional Need)';

/** Pupils on roll on `today` recorded below SEN support (provision N), in register order (last name, first name). */
export function pupilsBelowSenSupport<P extends Pick<Pupil, 'senProvision' | 'enrolmentDate' | 'leavingDate' | 'firstName' | 'lastName'>>(
  pupils: readonly P[],
  today: string,
): P[] {
  return pupils
    .filter((p) => p.senProvision === 'N' && isOnRoll(p, today))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'en-GB') || a.firstName.localeCompare(b.firstName, 'en-GB'));
}

/** The pupil at SEN support (K): the one-click fix. The monitoring register and needs are kept as they are. */
export function atSenSupport<P extends Pupil>(pupil: P): P {
  return { ...pupil, senProvision: 'K' };
}
