import { NEED_LABELS, SCHOOL_CONTACT_ROLES, SCHOOL_PHASES, SUPPORT_TIERS, YEAR_GROUPS, type NeedCode } from '../vocabulary';
import { cellText, shorten, unsafeTextReason, type CellValue } from './cells';
import { parseImportDate } from './importDates';

/**
 * How one cell becomes one value of a record, by the kind of value the column holds. Words that MIS exports and
 * the service's forms use are accepted ("SEN Support", "Social, Emotional & Mental Health", "Year 9", "Yes");
 * codes the census does not know are passed on unchanged so the domain schema refuses them by name.
 */
export type ValueType =
  | 'text'
  | 'note'
  | 'date'
  | 'yesNo'
  | 'yearGroup'
  | 'senProvision'
  | 'need'
  | 'registration'
  | 'supportTier'
  | 'session'
  | 'attendanceCode'
  | 'integer'
  | 'percent'
  | 'hours'
  | 'phase'
  | 'role'
  | 'reasons'
  | PeopleType;

/**
 * Columns that hold several people, one a line, each person's details separated by ' | ' in this order (the CTF
 * reader writes its further contacts this way): further parents/carers, emergency contacts, other agencies' workers.
 */
export const PEOPLE_COLUMNS = {
  carers: ['name', 'relationship', 'parentalResponsibility', 'phone', 'email', 'address'],
  emergencyContacts: ['name', 'relationship', 'phone', 'otherPhone'],
  agencyContacts: ['agency', 'worker', 'role', 'phone', 'email'],
} as const;
export type PeopleType = keyof typeof PEOPLE_COLUMNS;

/** One person a line, details separated by ' | ' (a blank detail is left out; Yes/No for parental responsibility). */
function peopleOf(type: PeopleType, text: string): ValueResult {
  const keys: readonly string[] = PEOPLE_COLUMNS[type];
  const people: Record<string, unknown>[] = [];
  for (const [i, line] of text.split(/\r?\n/).filter((l) => l.trim() !== '').entries()) {
    const parts = line.split('|').map((x) => x.trim());
    if (parts.length > keys.length) return { error: `person ${i + 1} has ${parts.length} details: give at most ${keys.length}, separated by ' | ' (${keys.join(', ')})` };
    const person: Record<string, unknown> = {};
    for (const [k, part] of parts.entries()) {
      if (part === '') continue;
      if (keys[k] !== 'parentalResponsibility') person[keys[k]] = part;
      else if (YES.includes(norm(part))) person[keys[k]] = true;
      else if (NO.includes(norm(part))) person[keys[k]] = false;
      else return { error: `person ${i + 1}: '${shorten(part)}' is not Yes or No (parental responsibility)` };
    }
    people.push(person);
  }
  return { value: people };
}

export type ValueResult = { readonly value: unknown } | { readonly error: string } | { readonly blank: true };

const norm = (s: string): string => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');

const YES = ['yes', 'y', 'true', 't', '1', 'eligible', 'x', '✓', 'ticked'];
const NO = ['no', 'n', 'false', 'f', '0', 'noteligible', 'ineligible', 'na', 'none'];

function choiceByWords<T extends string>(text: string, values: readonly T[]): T | undefined {
  const n = norm(text);
  return values.find((v) => norm(v) === n);
}

const NEED_BY_LABEL: ReadonlyMap<string, NeedCode> = new Map(
  (Object.keys(NEED_LABELS) as NeedCode[]).map((code) => [norm(NEED_LABELS[code]), code]),
);
const NEED_SYNONYMS: Readonly<Record<string, NeedCode>> = {
  autism: 'ASD',
  autisticspectrumdisorder: 'ASD',
  autisticspectrumcondition: 'ASD',
  asc: 'ASD',
  semh: 'SEMH',
  socialemotionalmentalhealth: 'SEMH',
  speechlanguageandcommunicationneeds: 'SLCN',
  speechlanguagecommunication: 'SLCN',
  physicaldisability: 'PD',
  hearingimpairment: 'HI',
  visualimpairment: 'VI',
  visionimpairment: 'VI',
  multisensoryimpairment: 'MSI',
  specificlearningdifficultydyslexia: 'SPLD',
  dyslexia: 'SPLD',
  other: 'OTH',
  otherdifficultydisability: 'OTH',
};

function needOf(text: string): string {
  const code = text.split(/\s+[-–]\s+/)[0].trim().toUpperCase();
  const n = norm(text);
  return NEED_BY_LABEL.get(n) ?? NEED_SYNONYMS[n] ?? (code === 'SPLD' || code === 'SPLD.' ? 'SPLD' : code);
}

function provisionOf(text: string): string {
  const n = norm(text);
  if (['ehcplan', 'ehcp', 'educationhealthandcareplan', 'ehc'].includes(n)) return 'E';
  if (['sensupport', 'support', 'k'].includes(n)) return 'K';
  if (['nosen', 'nospecialeducationalneed', 'nospecialeducationalneeds', 'none', 'na', 'n'].includes(n)) return 'N';
  return text.split(/\s+[-–]\s+/)[0].trim().toUpperCase();
}

function yearGroupOf(text: string): ValueResult {
  const t = text.replace(/^(national\s+curriculum\s+year|nc\s*year|year|yr|nc|y)\s*/i, '').trim();
  const n = norm(t);
  if (n === 'r' || n === 'reception' || n === 'rec' || n === '0') return { value: 'R' };
  if (/^n\d?$|^nursery/.test(n)) return { error: `${text} is a nursery year: Pathways Hub records Reception to Year 13` };
  const found = (YEAR_GROUPS as readonly string[]).find((y) => y === String(Number(n)) && n !== '');
  return found ? { value: found } : { error: `'${shorten(text)}' is not a year group (R, or 1 to 13)` };
}

function registrationOf(text: string): ValueResult {
  const n = norm(text);
  if (['dual', 'dualregistered', 'dualregistration', 'm', 'main', 's', 'subsidiary', 'yes', 'y'].includes(n)) return { value: 'Dual' };
  if (['single', 'singleregistered', 'singleregistration', 'c', 'current', 'no', 'n', 'na'].includes(n)) return { value: 'Single' };
  if (n === 'g' || n === 'guest') return { error: 'a guest pupil is not on roll: leave guests out of the file' };
  return { error: `'${shorten(text)}' is not Dual or Single (or an enrolment status C, M or S)` };
}

function supportTierOf(text: string): ValueResult {
  const exact = choiceByWords(text, SUPPORT_TIERS);
  if (exact) return { value: exact };
  const n = norm(text);
  const prefix = SUPPORT_TIERS.find((t) => norm(t).startsWith(n) || n.startsWith(norm(t).slice(0, 10)));
  return prefix ? { value: prefix } : { error: `'${shorten(text)}' is not a support tier: use ${SUPPORT_TIERS.join(', ')}` };
}

function sessionOf(text: string): ValueResult {
  const n = norm(text);
  if (['am', 'a', 'morning', 'mor', 'm'].includes(n)) return { value: 'AM' };
  if (['pm', 'p', 'afternoon', 'aft', 'a2'].includes(n)) return { value: 'PM' };
  return { error: `'${shorten(text)}' is not a session: use AM or PM` };
}

function numberOf(value: CellValue, text: string): number | undefined {
  if (typeof value === 'number') return value;
  const cleaned = text.replace(/%$/, '').replace(/,/g, '').trim();
  return /^[+-]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** One cell as the value of a column of the given type. */
export function parseValue(type: ValueType, cell: CellValue | undefined): ValueResult {
  const text = cellText(cell ?? null);
  if (type === 'date') {
    const d = parseImportDate(cell ?? null);
    if (d === undefined) return { blank: true };
    return d.ok ? { value: d.date } : { error: d.message };
  }
  if (text === '') return { blank: true };
  const unsafe = unsafeTextReason(text);
  if (unsafe && type !== 'attendanceCode') return { error: unsafe };
  switch (type) {
    case 'text':
    case 'note':
      return { value: text };
    case 'yesNo': {
      const n = norm(text);
      if (YES.includes(n) || YES.includes(text.toLowerCase())) return { value: true };
      if (NO.includes(n)) return { value: false };
      return { error: `'${shorten(text)}' is not Yes or No` };
    }
    case 'yearGroup':
      return yearGroupOf(typeof cell === 'number' ? String(cell) : text);
    case 'senProvision':
      return { value: provisionOf(text) };
    case 'need':
      return { value: needOf(text) };
    case 'registration':
      return registrationOf(text);
    case 'supportTier':
      return supportTierOf(text);
    case 'session':
      return sessionOf(text);
    case 'attendanceCode': {
      if (text === '-' || text === '.') return { blank: true };
      return { value: /^[a-z]\d?$/.test(text) ? text.toUpperCase() : text };
    }
    case 'integer': {
      const n = numberOf(cell ?? null, text);
      return n !== undefined && Number.isInteger(n) ? { value: n } : { error: `'${shorten(text)}' is not a whole number` };
    }
    case 'percent': {
      const n = numberOf(cell ?? null, text);
      if (n === undefined) return { error: `'${shorten(text)}' is not a percentage` };
      // A workbook cell formatted as a percentage holds a fraction: 0.503 is 50.3%.
      return { value: typeof cell === 'number' && n <= 1 ? Math.round(n * 1000) / 10 : n };
    }
    case 'hours': {
      const n = numberOf(cell ?? null, text.replace(/\s*(h|hrs?|hours?)$/i, ''));
      return n !== undefined && n >= 0 && n <= 40 ? { value: n } : { error: `'${shorten(text)}' is not a number of hours a week (0 to 40)` };
    }
    case 'phase':
      return { value: choiceByWords(text, SCHOOL_PHASES) ?? text };
    case 'role':
      return { value: choiceByWords(text, SCHOOL_CONTACT_ROLES) ?? (norm(text) === 'dsl' ? 'Designated safeguarding lead' : norm(text) === 'senco' ? 'SENCO' : text) };
    case 'carers':
    case 'emergencyContacts':
    case 'agencyContacts':
      return peopleOf(type, text);
    case 'reasons':
      return { value: text.split(/\s*[;\n]\s*/).filter((s) => s !== '') };
    default:
      return { value: text };
  }
}
