import type { Pupil, School, SchoolContact } from '../../../domain';
import { dimensionValues, PUPIL_FLAGS, provisionLabel, type RegisterContext } from '../../../domain';
import type { Saved } from '../../../data/ports';

export interface RegisterRow {
  readonly id: number;
  readonly name: string;
  readonly yearGroup: string;
  readonly homeSchool: string;
  readonly registration: string;
  readonly tier: string;
  readonly provision: string;
  readonly needs: string;
  readonly flags: string;
  readonly leadTutor: string;
}

/** Names for the register's dimensions: schools the user cannot see are said to be so, never guessed. */
export function registerContext(schools: readonly Saved<School>[], contacts: readonly Saved<SchoolContact>[] = []): RegisterContext & { contactName: (id: number) => string } {
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const contactName = new Map(contacts.map((c) => [c.id, c.fullName]));
  return {
    schoolName: (id) => schoolName.get(id) ?? 'Not visible to you',
    contactName: (id) => contactName.get(id) ?? `contact ${id}`,
  };
}

export function toRegisterRow(p: Saved<Pupil>, ctx: RegisterContext): RegisterRow {
  const none = (values: string[]): string => values.filter((v) => v !== 'None').join(', ');
  return {
    id: p.id,
    name: `${p.lastName}, ${p.firstName}`,
    yearGroup: p.yearGroup,
    homeSchool: p.homeSchoolId === undefined ? '—' : ctx.schoolName(p.homeSchoolId),
    registration: p.registration,
    tier: p.supportTier,
    provision: provisionLabel(p),
    needs: [p.primaryNeed, p.secondaryNeed].filter((n) => n !== undefined).join(', '),
    flags: PUPIL_FLAGS.filter(([k]) => p[k]).map(([, label]) => label).join(', '),
    leadTutor: none(dimensionValues(p, 'leadTutor', ctx)),
  };
}

/** Kept for callers of the first register version: rows for every pupil. */
export function toRegisterRows(pupils: readonly Saved<Pupil>[], schools: readonly Saved<School>[]): RegisterRow[] {
  const ctx = registerContext(schools);
  return pupils.map((p) => toRegisterRow(p, ctx));
}
