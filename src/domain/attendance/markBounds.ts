import { minutesOfDay } from '../dates/clockTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { validateRegisterDate } from './registerValidation';

const SESSION_NAMES: Record<Session, string> = { AM: 'morning', PM: 'afternoon' };

/**
 * Why a register cannot be saved for this date and session under the settings (outside the terms, a holiday or
 * half-term, a closure, a weekend), in plain words; undefined when it can. The repository checks it on every save,
 * whatever the form did.
 */
export function registerDateIssue(date: string, settings: Pick<SchoolSettings, 'terms' | 'closures'>): string | undefined {
  const check = validateRegisterDate(date, settings);
  return check.ok ? undefined : check.message;
}

/** Why the minutes late do not fit in the session (longer than from the register opening to the session's end). */
export function minutesLateIssue(minutesLate: number | undefined, session: Session, settings: Pick<SchoolSettings, 'sessions'>): string | undefined {
  if (minutesLate === undefined) return undefined;
  const t = settings.sessions[session];
  const longest = minutesOfDay(t.endsAt) - minutesOfDay(t.registerOpens);
  if (minutesLate <= longest) return undefined;
  return `${minutesLate} minutes late is longer than the ${SESSION_NAMES[session]} session (register opens ${t.registerOpens}, session ends ${t.endsAt}: at most ${longest} minutes)`;
}
