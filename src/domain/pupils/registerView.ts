import type { Pupil } from './pupil';
import { NEED_LABELS, SEN_PROVISION_LABELS } from '../vocabulary';

/**
 * Filtering, sorting and grouping the register of additional need by any of its dimensions. A pupil with
 * several flags (or needs) belongs to each of their groups; a pupil with none is in the "None" group.
 */
export const REGISTER_DIMENSIONS = ['tier', 'provision', 'need', 'flag', 'homeSchool', 'registration', 'leadTutor'] as const;
export type RegisterDimension = (typeof REGISTER_DIMENSIONS)[number];

export const REGISTER_DIMENSION_LABELS: Record<RegisterDimension, string> = {
  tier: 'Support tier',
  provision: 'SEN provision',
  need: 'Need',
  flag: 'Flag',
  homeSchool: 'Home school',
  registration: 'Registration',
  leadTutor: 'Lead tutor',
};

/** The register's flags and the labels beside a pupil's name: src/domain/pupils/pupilFlags.ts (the attendance register needs only those). */
export { PUPIL_FLAGS, pupilFlagLabels } from './pupilFlags';
import { PUPIL_FLAGS } from './pupilFlags';

export const REGISTER_NONE = 'None';

export interface RegisterContext {
  /** Home school names by id (a school the user cannot see is 'Not visible to you'). */
  readonly schoolName: (id: number) => string;
  /** Lead tutor display name from e-mail (the e-mail itself when unknown). */
  readonly tutorName?: (email: string) => string;
}

export function provisionLabel(p: Pick<Pupil, 'senProvision' | 'monitoring'>): string {
  return `${p.senProvision} – ${SEN_PROVISION_LABELS[p.senProvision]}${p.monitoring ? ' (monitoring register)' : ''}`;
}

export function needLabel(code: keyof typeof NEED_LABELS): string {
  return `${code} – ${NEED_LABELS[code]}`;
}

/** The values of one dimension for a pupil (several for flags and needs). */
export function dimensionValues(p: Pupil, dimension: RegisterDimension, ctx: RegisterContext): string[] {
  switch (dimension) {
    case 'tier':
      return [p.supportTier];
    case 'provision':
      return [provisionLabel(p)];
    case 'need': {
      const needs = [p.primaryNeed, p.secondaryNeed].filter((n): n is NonNullable<typeof n> => n !== undefined).map(needLabel);
      return needs.length > 0 ? needs : [REGISTER_NONE];
    }
    case 'flag': {
      const flags = PUPIL_FLAGS.filter(([k]) => p[k]).map(([, label]) => label);
      return flags.length > 0 ? flags : [REGISTER_NONE];
    }
    case 'homeSchool':
      return [p.homeSchoolId === undefined ? REGISTER_NONE : ctx.schoolName(p.homeSchoolId)];
    case 'registration':
      return [p.registration];
    case 'leadTutor':
      return [p.leadTutorEmail === undefined ? REGISTER_NONE : (ctx.tutorName?.(p.leadTutorEmail) ?? p.leadTutorEmail)];
  }
}

export type RegisterFilter = Partial<Record<RegisterDimension, string>>;

/** Pupils matching every chosen dimension value, and the free-text query (name, reference, school, needs). */
export function filterPupils<P extends Pupil>(pupils: readonly P[], filter: RegisterFilter, query: string, ctx: RegisterContext): P[] {
  const q = query.trim().toLowerCase();
  const chosen = REGISTER_DIMENSIONS.filter((d) => filter[d] !== undefined && filter[d] !== '');
  return pupils.filter((p) => {
    if (!chosen.every((d) => dimensionValues(p, d, ctx).includes(filter[d] as string))) return false;
    if (q === '') return true;
    const text = [p.firstName, p.lastName, p.pupilRef, ...dimensionValues(p, 'homeSchool', ctx), ...dimensionValues(p, 'need', ctx)].join(' ').toLowerCase();
    return text.includes(q);
  });
}

export type RegisterSortKey = 'name' | 'yearGroup' | RegisterDimension;

const YEAR_ORDER = (y: string): number => (y === 'R' ? 0 : Number(y) || 99);

export function sortPupils<P extends Pupil>(pupils: readonly P[], key: RegisterSortKey, ascending: boolean, ctx: RegisterContext): P[] {
  const name = (p: Pupil): string => `${p.lastName}, ${p.firstName}`;
  const valueOf = (p: Pupil): string | number => (key === 'name' ? name(p) : key === 'yearGroup' ? YEAR_ORDER(p.yearGroup) : dimensionValues(p, key, ctx).join(', '));
  const sorted = [...pupils].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en-GB');
    return c !== 0 ? c : name(a).localeCompare(name(b), 'en-GB');
  });
  return ascending ? sorted : sorted.reverse();
}

export interface RegisterGroup<P> {
  readonly value: string;
  readonly pupils: P[];
}

/** Groups in a stable order ('None' last); the pupils keep the order they came in. */
export function groupPupils<P extends Pupil>(pupils: readonly P[], dimension: RegisterDimension, ctx: RegisterContext): RegisterGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of pupils) {
    for (const v of dimensionValues(p, dimension, ctx)) {
      const g = groups.get(v) ?? [];
      g.push(p);
      groups.set(v, g);
    }
  }
  return Array.from(groups.entries())
    .sort(([a], [b]) => (a === REGISTER_NONE ? 1 : b === REGISTER_NONE ? -1 : a.localeCompare(b, 'en-GB')))
    .map(([value, ps]) => ({ value, pupils: ps }));
}

/** The distinct values of a dimension among the pupils, for filter choices. */
export function dimensionChoices(pupils: readonly Pupil[], dimension: RegisterDimension, ctx: RegisterContext): string[] {
  return groupPupils(pupils, dimension, ctx).map((g) => g.value);
}
