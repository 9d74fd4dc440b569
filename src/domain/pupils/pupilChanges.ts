import type { Pupil } from './pupil';
import { pupilChangeSchema, type PupilChange } from './pupilChange';
import { SEN_PROVISION_LABELS } from '../vocabulary';

/** What a change needs besides the two versions of the pupil. */
export interface ChangeContext {
  readonly effective: string;
  readonly reason: string;
  readonly changedBy: string;
  readonly schoolName: (id: number) => string;
  /** Named staff names by contact id (the id when unknown). */
  readonly contactName?: (id: number) => string;
}

const provisionText = (p: Pupil): string => `${p.senProvision} – ${SEN_PROVISION_LABELS[p.senProvision]}${p.monitoring ? ' (monitoring register)' : ''}`;

/**
 * The dated history records for what changed between two versions of a pupil: support tier, SEN provision
 * (including the monitoring register), need (primary and secondary, ranked), registration, home school, named
 * staff and leaving the roll. Each is validated with
 * pupilChangeSchema, so a missing reason or date throws before anything is saved.
 */
export function pupilChangesBetween(before: Pupil & { id: number }, after: Pupil, ctx: ChangeContext): PupilChange[] {
  const out: PupilChange[] = [];
  const add = (kind: PupilChange['kind'], from: string | undefined, to: string | undefined): void => {
    out.push(pupilChangeSchema.parse({ pupilId: before.id, kind, from, to, effective: ctx.effective, reason: ctx.reason, changedBy: ctx.changedBy }));
  };
  if (before.supportTier !== after.supportTier) add('Support tier', before.supportTier, after.supportTier);
  if (before.senProvision !== after.senProvision || before.monitoring !== after.monitoring) add('SEN provision', provisionText(before), provisionText(after));
  const needs = (p: Pupil): string => [p.primaryNeed, p.secondaryNeed].filter((n) => n !== undefined).join(', ') || 'None';
  if (needs(before) !== needs(after)) add('Need', needs(before), needs(after));
  if (before.registration !== after.registration) add('Registration', before.registration, after.registration);
  if (before.homeSchoolId !== after.homeSchoolId) {
    const name = (id: number | undefined): string => (id === undefined ? 'None' : ctx.schoolName(id));
    add('Home school', name(before.homeSchoolId), name(after.homeSchoolId));
  }
  const staff = (ids: readonly number[]): string =>
    [...ids]
      .sort((a, b) => a - b)
      .map((id) => ctx.contactName?.(id) ?? `contact ${id}`)
      .join(', ') || 'None';
  if (staff(before.namedContactIds) !== staff(after.namedContactIds)) add('Named staff', staff(before.namedContactIds), staff(after.namedContactIds));
  if (before.leavingDate !== after.leavingDate && after.leavingDate !== undefined) add('Left roll', undefined, after.leavingDate);
  return out;
}

/** Changes kept in the history need a reason and a date; the form asks only when one of these changes. */
export function changeNeedsReason(before: Pupil, after: Pupil): boolean {
  return (
    before.supportTier !== after.supportTier ||
    before.senProvision !== after.senProvision ||
    before.monitoring !== after.monitoring ||
    before.primaryNeed !== after.primaryNeed ||
    before.secondaryNeed !== after.secondaryNeed ||
    before.registration !== after.registration ||
    before.homeSchoolId !== after.homeSchoolId ||
    [...before.namedContactIds].sort().join() !== [...after.namedContactIds].sort().join() ||
    before.leavingDate !== after.leavingDate
  );
}
