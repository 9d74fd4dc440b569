/**
 * A contact's relationship to the pupil as a CTF carries it: the common basic data set's code. Pathways Hub keeps
 * the relationship as words ("Mother", "Foster carer"); going out they are coded, coming in a code is read back
 * as its words. Words the table does not know go out as OTH (other).
 */
export const RELATIONSHIP_CODES = {
  PAR: 'Parent',
  STP: 'Step-parent',
  FOF: 'Foster parent',
  CAR: 'Carer',
  FAM: 'Other family member',
  REL: 'Relative',
  SWR: 'Social worker',
  CHM: 'Childminder',
  DOC: 'Doctor',
  OTH: 'Other',
} as const;
export type RelationshipCode = keyof typeof RELATIONSHIP_CODES;

const WORDS: readonly [RegExp, RelationshipCode][] = [
  [/\bstep/i, 'STP'],
  [/\bfoster/i, 'FOF'],
  [/\b(mother|father|mum|dad|parent)\b/i, 'PAR'],
  [/\b(carer|guardian)\b/i, 'CAR'],
  [/\b(grand|aunt|uncle|brother|sister|sibling|cousin)/i, 'FAM'],
  [/\brelative\b/i, 'REL'],
  [/\bsocial worker\b/i, 'SWR'],
  [/\bchildminder\b/i, 'CHM'],
  [/\b(doctor|gp)\b/i, 'DOC'],
];

export function relationshipCode(words: string | undefined): RelationshipCode {
  const text = (words ?? '').trim();
  if (text.toUpperCase() in RELATIONSHIP_CODES) return text.toUpperCase() as RelationshipCode;
  return WORDS.find(([re]) => re.test(text))?.[1] ?? 'OTH';
}

/** The words for a code read from a CTF; text that is not a code is kept as it is. */
export function relationshipWords(codeOrText: string): string {
  const key = codeOrText.trim().toUpperCase();
  return key in RELATIONSHIP_CODES ? RELATIONSHIP_CODES[key as RelationshipCode] : codeOrText.trim();
}
