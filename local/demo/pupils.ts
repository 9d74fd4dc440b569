import { addDays, addMonths, daysBetween, isWeekday, type IsoDate } from '../../src/domain/dates/isoDates';
import { isSchoolDay } from '../../src/domain/dates/schoolCalendar';
import { pupilSchema } from '../../src/domain/pupils/pupil';
import type { NeedCode, SenProvision, SupportTier, YearGroup } from '../../src/domain/vocabulary';
import { mobileNumbers, pickAddress } from './addresses';
import { DEMO_SETTINGS } from './calendar';
import { emailLocal, fosterCarerName, pickChildName, pickParentName, type ChildName, type ParentName } from './names';
import type { Rng } from './random';
import { PRIMARY_LEAD_TUTOR, SECONDARY_LEAD_TUTORS } from './staff';
import type { AttendancePattern, DemoPupil, DemoSchool, DemoSchoolContact } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';
import { planPlacementReviews } from './placementReviews';
import { YEAR_GROUP_MIX, dateOfBirthFor, phaseOf, type Phase } from './yearGroups';

/** The part a pupil plays in the story of the data. */
export type PupilRole =
  | 'regular'
  | 'persistent'
  | 'severe'
  | 'penalty-threshold'
  | 'pip-reviewed'
  | 'pip-medical'
  | 'pip-risk'
  | 'pip-nonattendance'
  | 'pip-primary';

export const PIP_ROLES: readonly PupilRole[] = ['pip-reviewed', 'pip-medical', 'pip-risk', 'pip-nonattendance', 'pip-primary'];

export function patternOfRole(role: PupilRole): AttendancePattern {
  if (role.startsWith('pip-')) return 'pip';
  return role as AttendancePattern;
}

export interface CastPupil {
  demo: DemoPupil;
  role: PupilRole;
  phase: Phase;
  name: ChildName;
}

export interface PupilCast {
  pupils: CastPupil[];
  byRole(role: PupilRole): CastPupil;
  ehcpOverdue: CastPupil;
  ehcpDueSoon: CastPupil;
  /** The pupil whose first placement review is overdue (its meeting was rebooked). */
  placementOverdue?: CastPupil;
}

const NEEDS_WEIGHTED: readonly [NeedCode, number][] = [
  ['SEMH', 40],
  ['ASD', 18],
  ['SLCN', 12],
  ['MLD', 10],
  ['SPLD', 10],
  ['OTH', 5],
  ['PD', 3],
  ['HI', 2],
];

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = rng.between(0, total);
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** The next school day on or after `date` (weekday only before the calendar in settings begins). */
function snapToSchoolDay(date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < 40; i++) {
    const inCalendar = d >= DEMO_SETTINGS.terms[0].halfTerms[0].start;
    if (inCalendar ? isSchoolDay(d, DEMO_SETTINGS) : isWeekday(d)) return d;
    d = addDays(d, 1);
  }
  return d;
}

function dateIn(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return snapToSchoolDay(addDays(from, rng.int(0, daysBetween(from, to))));
}

/** Roles by phase: which pupils carry the notable patterns. */
function assignRoles(rng: Rng, years: YearGroup[]): PupilRole[] {
  const roles: PupilRole[] = years.map(() => 'regular');
  const indexes = (pred: (y: YearGroup) => boolean): number[] => years.map((y, i) => (pred(y) ? i : -1)).filter((i) => i >= 0);
  const free = (list: number[]): number[] => list.filter((i) => roles[i] === 'regular');
  const take = (list: number[], role: PupilRole): void => {
    roles[rng.pick(free(list))] = role;
  };
  take(indexes((y) => y === '5' || y === '6'), 'pip-primary');
  take(indexes((y) => y === '10' || y === '11'), 'pip-reviewed');
  take(indexes((y) => phaseOf(y) !== 'primary'), 'pip-medical');
  take(indexes((y) => phaseOf(y) !== 'primary'), 'pip-risk');
  take(indexes((y) => y === '9' || y === '10'), 'pip-nonattendance');
  take(indexes((y) => y === '10' || y === '11'), 'severe');
  take(indexes((y) => y === '7' || y === '8'), 'penalty-threshold');
  for (let i = 0; i < 5; i++) take(indexes((y) => Number(y) >= 4), 'persistent');
  return roles;
}

/** Exactly `count` of the `eligible` indexes, at random. */
function chooseSet(rng: Rng, eligible: number[], count: number): Set<number> {
  return new Set(rng.sample(eligible, count));
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export function generatePupils(rng: Rng, schools: DemoSchool[], contacts: DemoSchoolContact[], today: IsoDate): PupilCast {
  const years: YearGroup[] = [];
  for (const [y, n] of YEAR_GROUP_MIX) for (let i = 0; i < n; i++) years.push(y);
  const count = years.length;
  const roles = assignRoles(rng, years);
  const all = range(count);

  // Enrolment: notable pupils were on roll before the autumn term; the rest spread from 2025 to October 2026.
  const notable = all.filter((i) => roles[i] !== 'regular' && roles[i] !== 'persistent');
  const lateJoiners = chooseSet(rng, all.filter((i) => roles[i] === 'regular'), 12);
  const enrolment = all.map((i) => {
    if (notable.indexOf(i) >= 0 || roles[i] === 'persistent') return dateIn(rng, '2025-01-13', '2026-06-26');
    if (!lateJoiners.has(i)) return dateIn(rng, '2025-01-13', '2026-07-10');
    return rng.chance(0.55) ? dateIn(rng, '2026-09-02', '2026-09-30') : dateIn(rng, '2026-10-01', '2026-10-16');
  });

  // SEN provision: ~25% E, ~45% K, the rest N (3 of them on the monitoring register).
  const shuffled = rng.shuffle(all);
  const provision: SenProvision[] = all.map(() => 'N');
  shuffled.slice(0, 10).forEach((i) => (provision[i] = 'E'));
  shuffled.slice(10, 28).forEach((i) => (provision[i] = 'K'));
  const monitoring = new Set(shuffled.slice(28, 31));

  // Registration: 4 KS4 pupils are Single-registered (no home school).
  const single = chooseSet(rng, all.filter((i) => phaseOf(years[i]) === 'ks4' && roles[i] !== 'severe'), 4);

  // Flags: FSM 18, LAC 3 (dual), PP = FSM ∪ LAC topped up to 20, CIN 3, CP 2, YOS 2 (KS4), medical 12.
  const fsm = chooseSet(rng, all, 18);
  const lac = chooseSet(rng, all.filter((i) => !single.has(i) && roles[i] === 'regular'), 3);
  const pp = new Set<number>([...Array.from(fsm), ...Array.from(lac)]);
  for (const i of rng.shuffle(all)) if (pp.size < 20) pp.add(i);
  const cin = chooseSet(rng, all.filter((i) => !lac.has(i)), 3);
  const cp = chooseSet(rng, all.filter((i) => !lac.has(i) && !cin.has(i)), 2);
  const yos = chooseSet(rng, all.filter((i) => phaseOf(years[i]) === 'ks4' && !lac.has(i)), 2);
  const medical = new Set<number>(all.filter((i) => roles[i] === 'severe' || roles[i] === 'pip-medical'));
  for (const i of rng.shuffle(all)) if (medical.size < 12) medical.add(i);

  // EHC plan annual reviews: one overdue, three due within the next few weeks, the rest during 2026.
  const ePupils = rng.shuffle(all.filter((i) => provision[i] === 'E'));
  const ehcpReview: Record<number, IsoDate> = {};
  const overdueIdx = ePupils.find((i) => roles[i] === 'regular') ?? ePupils[0];
  const dueSoon = ePupils.filter((i) => i !== overdueIdx).slice(0, 3);
  ehcpReview[overdueIdx] = addMonths(today, -13);
  dueSoon.forEach((i, n) => (ehcpReview[i] = addDays(addMonths(today, -12), [13, 20, 27][n])));
  ePupils.filter((i) => i !== overdueIdx && dueSoon.indexOf(i) < 0).forEach((i) => (ehcpReview[i] = dateIn(rng, '2026-01-12', '2026-09-25')));

  const placements = planPlacementReviews(enrolment, today);

  const taken = new Set<string>();
  const takenParents = new Set<string>();
  const phones = mobileNumbers(rng, count);
  const primarySchools = schools.filter((s) => s.school.phase === 'Primary');
  const secondarySchools = schools.filter((s) => s.school.phase !== 'Primary');
  let fosterIndex = 0;
  let tutorIndex = 0;

  const pupils: CastPupil[] = all.map((i) => {
    const key = `PH-${String(i + 1).padStart(4, '0')}`;
    const year = years[i];
    const phase = phaseOf(year);
    const role = roles[i];
    const name = pickChildName(rng, taken);
    const parent: ParentName = lac.has(i) ? fosterCarerName(fosterIndex++) : pickParentName(rng, name, takenParents);
    const school = single.has(i) ? undefined : rng.pick(phase === 'primary' ? primarySchools : secondarySchools);
    const schoolContacts = school ? contacts.filter((c) => c.schoolUrn === school.urn) : [];
    const named = schoolContacts
      .filter(
        (c) =>
          c.contact.role === 'SENCO' ||
          c.contact.role === 'Head of year' ||
          c.contact.role === 'Attendance lead' ||
          (lac.has(i) && c.contact.role === 'Designated teacher (LAC)'),
      )
      .map((c) => c.contact.email);

    const sen = provision[i];
    let primaryNeed: NeedCode | undefined;
    let secondaryNeed: NeedCode | undefined;
    if (sen !== 'N') {
      primaryNeed = sen === 'K' && rng.chance(0.06) ? 'NSA' : weighted(rng, NEEDS_WEIGHTED);
      if (primaryNeed !== 'NSA' && rng.chance(0.5)) {
        const firstNeed: NeedCode = primaryNeed;
        secondaryNeed = weighted(
          rng,
          NEEDS_WEIGHTED.filter(([n]) => n !== firstNeed),
        );
      }
    }
    const tier: SupportTier =
      sen === 'E'
        ? primaryNeed === 'SEMH'
          ? 'Specialist SEMH/CCT intervention'
          : 'Specialist offer'
        : sen === 'K'
          ? rng.chance(0.75)
            ? 'Targeted SEN intervention'
            : 'Specialist SEMH/CCT intervention'
          : rng.chance(0.8)
            ? 'Universal'
            : 'Targeted SEN intervention';

    const agencies: string[] = [];
    if (lac.has(i)) agencies.push("Social worker (Marlvale Children's Services)", 'Virtual School');
    if (cin.has(i) || cp.has(i)) agencies.push("Social worker (Marlvale Children's Services)");
    if (medical.has(i)) agencies.push(rng.pick(['School nurse', 'Paediatric consultant', 'Hospital education team', 'Community nursing team']));
    if (primaryNeed === 'SEMH' || rng.chance(0.2)) agencies.push('CAMHS');
    if (primaryNeed === 'SLCN' || secondaryNeed === 'SLCN') agencies.push('Speech and language therapy');
    if (yos.has(i)) agencies.push('Youth Offending Service');
    if (!lac.has(i) && rng.chance(0.25)) agencies.push('Early Help');
    if (role === 'severe') agencies.push('Hospital education team');
    const otherAgencies = Array.from(new Set(agencies)).join(', ');

    const enrol = enrolment[i];
    const lastPlacementReview = placements.last[i];
    // The draw an earlier version made here, kept so that every pupil after this one keeps its name and details.
    if (enrol <= '2026-05-29') rng.next();
    const lead = phase === 'primary' ? PRIMARY_LEAD_TUTOR : SECONDARY_LEAD_TUTORS[tutorIndex++ % SECONDARY_LEAD_TUTORS.length];
    const lastYearAttendance =
      role === 'severe' || role === 'pip-nonattendance'
        ? Math.round(rng.between(31, 58) * 10) / 10
        : role === 'persistent' || role.startsWith('pip-')
          ? Math.round(rng.between(62, 86) * 10) / 10
          : Math.round(rng.between(84, 98) * 10) / 10;

    const input = {
      pupilRef: `PLC${enrol.slice(2, 4)}-${String(i + 1).padStart(3, '0')}`,
      firstName: name.firstName,
      lastName: name.lastName,
      dateOfBirth: dateOfBirthFor(year, rng),
      yearGroup: year,
      enrolmentDate: enrol,
      registration: school ? 'Dual' : 'Single',
      homeSchoolId: school ? PLACEHOLDER_ID : undefined,
      namedContactIds: [],
      leadTutorEmail: lead.email,
      supportTier: tier,
      senProvision: sen,
      monitoring: monitoring.has(i),
      primaryNeed,
      secondaryNeed,
      fsm: fsm.has(i),
      pp: pp.has(i),
      lac: lac.has(i),
      cin: cin.has(i),
      cp: cp.has(i),
      yos: yos.has(i),
      medical: medical.has(i),
      otherAgencies,
      parentName: parent.fullName,
      parentAddress: pickAddress(rng),
      parentEmail: `${emailLocal(parent.firstName, parent.lastName)}${rng.int(1, 99)}@example.com`,
      parentPhone: phones[i],
      placementStart: enrol,
      lastPlacementReview,
      ehcpLastReview: ehcpReview[i],
      lastYearAttendance,
    };
    const parsed = parseOrThrow(pupilSchema, input, `pupil ${key}`);
    const demo: DemoPupil = {
      key,
      pupil: withoutKeys(parsed, ['id', 'homeSchoolId', 'namedContactIds']),
      ...(school ? { homeSchoolUrn: school.urn } : {}),
      namedContactEmails: named,
      parentRelationship: parent.relationship,
    };
    return { demo, role, phase, name };
  });

  const byRole = (role: PupilRole): CastPupil => {
    const found = pupils.find((p) => p.role === role);
    if (!found) throw new Error(`Demo data: no pupil plays ${role}`);
    return found;
  };
  return {
    pupils,
    byRole,
    ehcpOverdue: pupils[overdueIdx],
    ehcpDueSoon: pupils[dueSoon[0]],
    ...(placements.overdueIndex >= 0 ? { placementOverdue: pupils[placements.overdueIndex] } : {}),
  };
}
