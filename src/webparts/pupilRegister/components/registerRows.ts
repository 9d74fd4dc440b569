import type { Pupil, School } from '../../../domain';
import { SEN_PROVISION_LABELS } from '../../../domain/vocabulary';
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
}

const FLAG_LABELS: [keyof Pupil, string][] = [
  ['fsm', 'FSM'],
  ['pp', 'PP'],
  ['lac', 'LAC'],
  ['cin', 'CIN'],
  ['cp', 'CP'],
  ['yos', 'YOS'],
  ['medical', 'Medical'],
];

export function toRegisterRows(pupils: readonly Saved<Pupil>[], schools: readonly Saved<School>[]): RegisterRow[] {
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  return pupils.map((p) => ({
    id: p.id,
    name: `${p.lastName}, ${p.firstName}`,
    yearGroup: p.yearGroup,
    homeSchool: p.homeSchoolId === undefined ? '—' : schoolName.get(p.homeSchoolId) ?? 'Not visible to you',
    registration: p.registration,
    tier: p.supportTier,
    provision: `${p.senProvision} – ${SEN_PROVISION_LABELS[p.senProvision]}${p.monitoring ? ' (monitoring)' : ''}`,
    needs: [p.primaryNeed, p.secondaryNeed].filter((n) => n !== undefined).join(', '),
    flags: FLAG_LABELS.filter(([k]) => p[k] === true)
      .map(([, label]) => label)
      .join(', '),
  }));
}

export function filterRows(rows: readonly RegisterRow[], filter: { query: string; tier?: string }): RegisterRow[] {
  const q = filter.query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter.tier === undefined || r.tier === filter.tier) &&
      (q === '' || `${r.name} ${r.homeSchool} ${r.needs}`.toLowerCase().includes(q)),
  );
}
