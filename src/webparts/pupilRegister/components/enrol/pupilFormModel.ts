import {
  enrolmentSchema,
  formatUkDate,
  issuesFromZodError,
  type Carer,
  type EmergencyContact,
  type AgencyContact,
  type Pupil,
  type ValidationIssue,
} from '../../../../domain';

/** A repeating item as typed: every field a string (or a tick box), validated when the form is saved. */
export type CarerDraft = { name: string; relationship: string; parentalResponsibility: boolean; phone: string; email: string; address: string };
export type EmergencyContactDraft = { name: string; relationship: string; phone: string; otherPhone: string };
export type AgencyContactDraft = { agency: string; worker: string; role: string; phone: string; email: string };

const TEXT_KEYS = [
  'pupilRef',
  'upn',
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth',
  'yearGroup',
  'enrolmentDate',
  'placementStart',
  'registration',
  'leadTutorEmail',
  'supportTier',
  'senProvision',
  'primaryNeed',
  'secondaryNeed',
  'lacLocalAuthority',
  'socialWorkerName',
  'socialWorkerPhone',
  'socialWorkerEmail',
  'otherAgencies',
  'parentName',
  'parentRelationship',
  'parentAddress',
  'parentEmail',
  'parentPhone',
  'healthCarePlanRef',
  'referralRoute',
  'referralDate',
  'commissioningRef',
  'commissioningNotes',
  'leavingDate',
  'leavingDestination',
  'leavingDestinationDetail',
] as const;
export type DraftTextKey = (typeof TEXT_KEYS)[number];

export const FLAG_KEYS = ['fsm', 'pp', 'lac', 'cin', 'cp', 'yos', 'medical'] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

const DATE_KEYS: readonly DraftTextKey[] = ['dateOfBirth', 'enrolmentDate', 'placementStart', 'referralDate', 'leavingDate'];

export type PupilDraft = Record<DraftTextKey, string> &
  Record<FlagKey, boolean> & {
    monitoring: boolean;
    parentHasResponsibility: boolean;
    /** '' when none is chosen. */
    homeSchoolId: string;
    namedContactIds: number[];
    otherCarers: CarerDraft[];
    emergencyContacts: EmergencyContactDraft[];
    agencyContacts: AgencyContactDraft[];
  };

export const emptyCarer = (): CarerDraft => ({ name: '', relationship: '', parentalResponsibility: false, phone: '', email: '', address: '' });
export const emptyEmergencyContact = (): EmergencyContactDraft => ({ name: '', relationship: '', phone: '', otherPhone: '' });
export const emptyAgencyContact = (): AgencyContactDraft => ({ agency: '', worker: '', role: '', phone: '', email: '' });

/** A blank enrolment: the suggested reference, today as the enrolment date, SEN support (the SEND policy's floor). */
export function emptyDraft(pupilRef: string, today: string): PupilDraft {
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, ''])) as Record<DraftTextKey, string>;
  return {
    ...text,
    pupilRef,
    enrolmentDate: formatUkDate(today),
    registration: 'Dual',
    supportTier: 'Universal',
    senProvision: 'K',
    fsm: false,
    pp: false,
    lac: false,
    cin: false,
    cp: false,
    yos: false,
    medical: false,
    monitoring: false,
    parentHasResponsibility: true,
    homeSchoolId: '',
    namedContactIds: [],
    otherCarers: [],
    emergencyContacts: [emptyEmergencyContact()],
    agencyContacts: [],
  };
}

const str = (v: string | undefined): string => v ?? '';

/** The form's values for a saved pupil (dates as dd/mm/yyyy). */
export function draftOf(p: Pupil): PupilDraft {
  const text = Object.fromEntries(
    TEXT_KEYS.map((k) => {
      const v = (p as Record<string, unknown>)[k];
      if (v === undefined || v === null) return [k, ''];
      return [k, DATE_KEYS.includes(k) ? formatUkDate(String(v)) : String(v)];
    }),
  ) as Record<DraftTextKey, string>;
  return {
    ...text,
    fsm: p.fsm,
    pp: p.pp,
    lac: p.lac,
    cin: p.cin,
    cp: p.cp,
    yos: p.yos,
    medical: p.medical,
    monitoring: p.monitoring,
    parentHasResponsibility: p.parentHasResponsibility ?? false,
    homeSchoolId: p.homeSchoolId === undefined ? '' : String(p.homeSchoolId),
    namedContactIds: [...p.namedContactIds],
    otherCarers: (p.otherCarers ?? []).map((c: Carer) => ({ ...emptyCarer(), ...c, phone: str(c.phone), email: str(c.email), address: str(c.address) })),
    emergencyContacts: (p.emergencyContacts ?? []).map((c: EmergencyContact) => ({ ...c, otherPhone: str(c.otherPhone) })),
    agencyContacts: (p.agencyContacts ?? []).map((a: AgencyContact) => ({ agency: a.agency, worker: str(a.worker), role: str(a.role), phone: str(a.phone), email: str(a.email) })),
  };
}

/** Choices left at '' are "none chosen". */
const CHOICE_KEYS: readonly DraftTextKey[] = ['yearGroup', 'registration', 'supportTier', 'senProvision', 'primaryNeed', 'secondaryNeed', 'referralRoute', 'leavingDestination'];

const isBlankItem = (item: Record<string, unknown>): boolean => Object.values(item).every((v) => v === '' || v === false);

/**
 * The record the draft describes, checked with the enrolment rules; `base` keeps what the form does not show
 * (cached list-view columns, review dates). Blank repeating rows are dropped, so an untouched row is no error.
 */
export function pupilFromDraft(draft: PupilDraft, base: Partial<Pupil> = {}): { ok: true; pupil: Pupil } | { ok: false; issues: ValidationIssue[] } {
  const input: Record<string, unknown> = { ...base };
  for (const k of TEXT_KEYS) input[k] = CHOICE_KEYS.includes(k) && draft[k] === '' ? undefined : draft[k];
  for (const k of FLAG_KEYS) input[k] = draft[k];
  input.monitoring = draft.monitoring;
  input.parentHasResponsibility = draft.parentName.trim() === '' ? undefined : draft.parentHasResponsibility;
  input.homeSchoolId = draft.homeSchoolId === '' ? undefined : Number(draft.homeSchoolId);
  input.namedContactIds = draft.homeSchoolId === '' ? [] : draft.namedContactIds;
  const rows = <T extends object>(items: readonly T[]): T[] | undefined => {
    const kept = items.filter((i) => !isBlankItem(i as Record<string, unknown>));
    return kept.length > 0 ? kept : undefined;
  };
  input.otherCarers = rows(draft.otherCarers);
  input.emergencyContacts = rows(draft.emergencyContacts);
  input.agencyContacts = rows(draft.agencyContacts);
  const parsed = enrolmentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: remapRowIssues(issuesFromZodError(parsed.error), draft) };
  return { ok: true, pupil: parsed.data };
}

/** Blank rows are dropped before validation: map an issue's row number back to the row the person sees. */
function remapRowIssues(issues: ValidationIssue[], draft: PupilDraft): ValidationIssue[] {
  const kept = (items: readonly object[]): number[] => items.map((item, i) => (isBlankItem(item as Record<string, unknown>) ? -1 : i)).filter((i) => i >= 0);
  const maps: Record<string, number[]> = {
    otherCarers: kept(draft.otherCarers),
    emergencyContacts: kept(draft.emergencyContacts),
    agencyContacts: kept(draft.agencyContacts),
  };
  return issues.map((i) => {
    const [group, row, ...rest] = i.path;
    if (typeof group === 'string' && maps[group] && typeof row === 'number') return { ...i, path: [group, maps[group][row] ?? row, ...rest] };
    return i;
  });
}
