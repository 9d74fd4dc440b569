/**
 * The PIP form's state (what staff type, as text) and its conversion to a PIP record for checkPip and the
 * repository. The form edits the latest timetable; earlier ones (from reviews) are kept as they are.
 */
import {
  currentTimetable,
  formatUkDate,
  PIP_INTERVENTIONS,
  type ContactMethod,
  type Pip,
  type PipAgreementMethod,
  type PipIntervention,
  type PipReason,
  type Weekday,
} from '../../../../domain';

export interface SlotDraft {
  day: Weekday;
  start: string;
  end: string;
  location: string;
  curriculum: string;
}

export interface SignOffDraft {
  name: string;
  date: string;
}

/** The parent/carer's written agreement as typed (pipAgreement.ts): the sign-off and how it was given. */
export interface AgreementDraft extends SignOffDraft {
  relationship: string;
  method?: PipAgreementMethod;
  /** The signed form already filed in the Letters library (its item id). */
  fileId?: number;
  recordedBy: string;
}

export interface PipFormState {
  pupilId?: number;
  status: 'Draft' | 'Active';
  startDate: string;
  plannedEndDate: string;
  beenOnPipBefore: boolean;
  previousPipId?: number;
  attendanceAtStart?: number;
  reasons: PipReason[];
  furtherInfo: string;
  riskMedical: string;
  riskSafeguarding: string;
  riskHome: string;
  riskOnsite: string;
  riskRecommendations: string;
  interventions: Record<PipIntervention, { inPlace: boolean; completedOn: string }>;
  targets: [string, string, string];
  slots: SlotDraft[];
  exitStrategy: string;
  serviceSignOff: SignOffDraft;
  parentSignOff: AgreementDraft;
  studentSignOff: SignOffDraft;
  commMethod?: ContactMethod;
  commDate: string;
  commStaff: string;
  notBehaviourManagement: boolean;
  virtualSchoolToldOn: string;
  sendTeamToldOn: string;
}

const uk = (iso: string | undefined): string => (iso ? formatUkDate(iso) : '');

export function emptyForm(): PipFormState {
  const interventions = {} as PipFormState['interventions'];
  for (const i of PIP_INTERVENTIONS) interventions[i] = { inPlace: false, completedOn: '' };
  const blank = { name: '', date: '' };
  return {
    status: 'Draft',
    startDate: '',
    plannedEndDate: '',
    beenOnPipBefore: false,
    reasons: [],
    furtherInfo: '',
    riskMedical: '',
    riskSafeguarding: '',
    riskHome: '',
    riskOnsite: '',
    riskRecommendations: '',
    interventions,
    targets: ['', '', ''],
    slots: [],
    exitStrategy: '',
    serviceSignOff: { ...blank },
    parentSignOff: { ...blank, relationship: '', recordedBy: '' },
    studentSignOff: { ...blank },
    commDate: '',
    commStaff: '',
    notBehaviourManagement: false,
    virtualSchoolToldOn: '',
    sendTeamToldOn: '',
  };
}

export function formOf(pip: Pip): PipFormState {
  const f = emptyForm();
  for (const iv of pip.interventions) f.interventions[iv.intervention] = { inPlace: iv.inPlace, completedOn: uk(iv.completedOn) };
  const signOff = (s: Pip['parentSignOff']): SignOffDraft => ({ name: s?.name ?? '', date: uk(s?.date) });
  return {
    ...f,
    pupilId: pip.pupilId,
    status: pip.status === 'Ended' ? 'Active' : pip.status,
    startDate: uk(pip.startDate),
    plannedEndDate: uk(pip.plannedEndDate),
    beenOnPipBefore: pip.beenOnPipBefore === true || pip.previousPipId !== undefined,
    previousPipId: pip.previousPipId,
    attendanceAtStart: pip.attendanceAtStart,
    reasons: [...pip.reasons],
    furtherInfo: pip.furtherInfo ?? '',
    riskMedical: pip.riskMedical ?? '',
    riskSafeguarding: pip.riskSafeguarding ?? '',
    riskHome: pip.riskHome ?? '',
    riskOnsite: pip.riskOnsite ?? '',
    riskRecommendations: pip.riskRecommendations ?? '',
    targets: [pip.targets[0] ?? '', pip.targets[1] ?? '', pip.targets[2] ?? ''],
    slots: (currentTimetable(pip.timetables)?.slots ?? []).map((s) => ({ ...s })),
    exitStrategy: pip.exitStrategy ?? '',
    serviceSignOff: signOff(pip.serviceSignOff),
    parentSignOff: {
      ...signOff(pip.parentSignOff),
      relationship: pip.parentSignOff?.relationship ?? '',
      method: pip.parentSignOff?.method,
      fileId: pip.parentSignOff?.fileId,
      recordedBy: pip.parentSignOff?.recordedBy ?? '',
    },
    studentSignOff: signOff(pip.studentSignOff),
    commMethod: pip.communication?.method,
    commDate: uk(pip.communication?.date),
    commStaff: pip.communication?.staff ?? '',
    notBehaviourManagement: pip.notBehaviourManagement === true,
    virtualSchoolToldOn: uk(pip.virtualSchoolToldOn),
    sendTeamToldOn: uk(pip.sendTeamToldOn),
  };
}

const blankToUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
const signOffInput = (s: SignOffDraft): SignOffDraft | undefined => (s.name.trim() === '' && s.date.trim() === '' ? undefined : s);

/** The agreement to check: the sign-off, and how it was given (a form kept only when uploaded, a recorder only when recorded here). */
function agreementInput(a: AgreementDraft): Record<string, unknown> | undefined {
  const signOff = signOffInput(a);
  if (signOff === undefined && a.method === undefined && a.relationship.trim() === '') return undefined;
  return {
    name: a.name,
    date: a.date,
    relationship: blankToUndefined(a.relationship),
    method: a.method,
    fileId: a.method === 'Signed form uploaded' ? a.fileId : undefined,
    recordedBy: a.method === 'Recorded in Pathways Hub' ? blankToUndefined(a.recordedBy) : undefined,
  };
}

/** The index of the timetable the form edits (the latest), in the PIP's history. */
export function editedTimetableIndex(existing: Pick<Pip, 'timetables'> | undefined): number {
  return existing && existing.timetables.length > 0 ? existing.timetables.length - 1 : 0;
}

/**
 * The record to check and save (unparsed: dates as typed). A new PIP's timetable starts on the start date;
 * an existing one keeps its history, and the latest timetable is replaced by the form's slots (its start
 * follows the start date when it is the only one).
 */
export function toPipInput(f: PipFormState, existing?: Pip): Record<string, unknown> {
  const history = existing?.timetables ?? [];
  const edited = editedTimetableIndex(existing);
  const slots = f.slots.map((s) => ({ ...s, location: s.location.trim(), curriculum: s.curriculum.trim() }));
  let timetables: { effectiveFrom: string; slots: SlotDraft[] }[];
  if (history.length <= 1) timetables = slots.length > 0 ? [{ effectiveFrom: f.startDate, slots }] : [];
  else timetables = history.map((t, i) => (i === edited ? { effectiveFrom: t.effectiveFrom, slots } : t));
  const anyComm = f.commMethod !== undefined || f.commDate.trim() !== '' || f.commStaff.trim() !== '';
  return {
    ...(existing?.id !== undefined ? { id: existing.id } : {}),
    pupilId: f.pupilId,
    status: existing?.status === 'Ended' ? 'Ended' : f.status,
    startDate: f.startDate,
    plannedEndDate: f.plannedEndDate,
    previousPipId: f.beenOnPipBefore ? f.previousPipId : undefined,
    beenOnPipBefore: f.beenOnPipBefore,
    attendanceAtStart: f.attendanceAtStart,
    notBehaviourManagement: f.notBehaviourManagement,
    endedOn: existing?.endedOn,
    virtualSchoolToldOn: blankToUndefined(f.virtualSchoolToldOn),
    sendTeamToldOn: blankToUndefined(f.sendTeamToldOn),
    reasons: f.reasons,
    furtherInfo: f.furtherInfo,
    riskMedical: f.riskMedical,
    riskSafeguarding: f.riskSafeguarding,
    riskHome: f.riskHome,
    riskOnsite: f.riskOnsite,
    riskRecommendations: f.riskRecommendations,
    interventions: PIP_INTERVENTIONS.map((intervention) => ({
      intervention,
      inPlace: f.interventions[intervention].inPlace,
      completedOn: blankToUndefined(f.interventions[intervention].completedOn),
    })),
    targets: f.targets.map((t) => t.trim()).filter((t) => t !== ''),
    timetables,
    exitStrategy: f.exitStrategy,
    serviceSignOff: signOffInput(f.serviceSignOff),
    parentSignOff: agreementInput(f.parentSignOff),
    studentSignOff: signOffInput(f.studentSignOff),
    communication: anyComm ? { method: f.commMethod, date: f.commDate, staff: f.commStaff } : undefined,
  };
}

/**
 * Issue paths of the record → the form's field keys: the edited timetable's slots are 'slots.<i>.<field>'
 * (its whole-week issues 'slots'); targets 'targets'; everything else keeps its record path.
 */
export function formKey(path: readonly (string | number)[], editedIndex: number): string {
  if (path[0] === 'timetables' && path[1] === editedIndex && path[2] === 'slots') return ['slots', ...path.slice(3)].join('.');
  if (path[0] === 'timetables' && path.length === 1) return 'slots';
  if (path[0] === 'targets') return 'targets';
  if (path[0] === 'communication') return path.length > 1 ? `communication.${String(path[1])}` : 'communication';
  return path.join('.');
}
