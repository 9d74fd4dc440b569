import { nextPupilRef } from '../../pupils/enrolment';

/**
 * Which saved pupil a row is: by UPN, else by pupil reference, else by legal name with date of birth (the same
 * check that stops a pupil being enrolled twice). Keys are prefixed so that they never collide.
 */
export type PupilKey = string;

interface Identity {
  readonly upn?: unknown;
  readonly pupilRef?: unknown;
  readonly firstName?: unknown;
  readonly lastName?: unknown;
  readonly dateOfBirth?: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

export function pupilKeys(p: Identity): PupilKey[] {
  const keys: PupilKey[] = [];
  const upn = text(p.upn);
  if (upn) keys.push(`upn:${upn.toUpperCase()}`);
  const ref = text(p.pupilRef);
  if (ref) keys.push(`ref:${ref.toUpperCase()}`);
  const first = text(p.firstName);
  const last = text(p.lastName);
  const dob = text(p.dateOfBirth);
  if (first && last && dob) keys.push(`name:${fold(last)}|${fold(first)}|${dob}`);
  return keys;
}

/** The name alone: used to find a saved pupil only when no other saved pupil has the same name. */
export function nameOnlyKey(p: Identity): PupilKey | undefined {
  const first = text(p.firstName);
  const last = text(p.lastName);
  return first && last ? `nameonly:${fold(last)}|${fold(first)}` : undefined;
}

export interface PupilIndex<P> {
  find(p: Identity): P | undefined;
}

/** Finds saved pupils by UPN, reference, name and date of birth, or a name no other pupil has. */
export function indexPupils<P extends Identity>(pupils: readonly P[]): PupilIndex<P> {
  const byKey = new Map<PupilKey, P>();
  const byName = new Map<PupilKey, P | null>();
  for (const p of pupils) {
    for (const k of pupilKeys(p)) if (!byKey.has(k)) byKey.set(k, p);
    const n = nameOnlyKey(p);
    if (n) byName.set(n, byName.has(n) ? null : p);
  }
  return {
    find(p) {
      for (const k of pupilKeys(p)) {
        const found = byKey.get(k);
        if (found) return found;
      }
      // A name no other pupil has, when nothing else in the row contradicts it: not a reference that was not
      // found, and not a UPN or date of birth that differs from the saved pupil's (saved pupils without a UPN
      // are matched by name and date of birth, or by name alone when the file has no date of birth).
      if (text(p.pupilRef)) return undefined;
      const n = nameOnlyKey(p);
      const found = n ? byName.get(n) ?? undefined : undefined;
      if (!found) return undefined;
      if (text(p.upn) && text(found.upn)) return undefined;
      if (text(p.dateOfBirth) && text(found.dateOfBirth) !== text(p.dateOfBirth)) return undefined;
      return found;
    },
  };
}

/** 'Example, Ava (UPN A123…)' for previews and reports. */
export function pupilLabel(p: Identity): string {
  const name = [text(p.lastName), text(p.firstName)].filter((x) => x !== undefined).join(', ');
  const id = text(p.upn) ? `UPN ${text(p.upn)}` : text(p.pupilRef);
  return [name || '(no name)', id ? `(${id})` : ''].filter((x) => x !== '').join(' ');
}

/** The next `count` pupil references, as enrolling would suggest them one after another. */
export function nextPupilRefs(existing: readonly string[], count: number): string[] {
  const refs = [...existing];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const ref = nextPupilRef(refs);
    out.push(ref);
    refs.push(ref);
  }
  return out;
}
