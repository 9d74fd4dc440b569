import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate, isAheadOf, type IsoDate } from '../dates/isoDates';

/**
 * The register is a legal record of what happened (SAPR 2024 reg 10), so a session that has not happened yet holds
 * only what is known ahead, each with the reason it is known:
 *   #                              a planned closure (INSET, non-pupil day)
 *   C, C1, J1, M, R, S, C2         leave granted ahead: exceptional circumstances, regulated performance, interview,
 *                                  medical appointment, religious observance, study leave, an agreed part-time
 *                                  timetable (PIP)
 *   B, K, P, V, W                  approved educational activity arranged ahead (off-site, LA-arranged, sport, visit,
 *                                  work experience)
 *   D, X                           dual registration at the other school; not of compulsory school age
 * Presence, lateness, illness and every unauthorised code (/, \, L, U, I, G, N, O, E, T, Q, Y1–Y7) record what
 * happened and are refused ahead. The domain decides; the repository enforces it on every save.
 */
export const ADVANCE_CODES: readonly string[] = ['#', 'C', 'C1', 'C2', 'J1', 'M', 'R', 'S', 'B', 'K', 'P', 'V', 'W', 'D', 'X'];

export const isAdvanceCode = (code: string): boolean => ADVANCE_CODES.indexOf(code) >= 0;

/**
 * Why a mark cannot be saved ahead, at its field (`code` or `note`), or none. Marks for today or earlier are not
 * checked here.
 */
export function advanceMarkIssue(mark: { readonly date: IsoDate; readonly code: string; readonly note?: string }, today: IsoDate): ValidationIssue | undefined {
  if (!isAheadOf(mark.date, today)) return undefined;
  if (!isAdvanceCode(mark.code))
    return {
      path: ['code'],
      message:
        `${formatUkDate(mark.date)} has not happened yet and the register records what happened: ${mark.code} cannot be entered ahead. ` +
        'Only what is known ahead can be, with the reason: a planned closure (#), leave already agreed (C, C1, C2, J1, M, R, S), ' +
        'an arranged activity (B, K, P, V, W), D or X.',
    };
  if ((mark.note ?? '').trim() === '')
    return { path: ['note'], message: `Say why ${mark.code} is known ahead, for example "INSET day" or "leave agreed on ${formatUkDate(today)}"` };
  return undefined;
}
