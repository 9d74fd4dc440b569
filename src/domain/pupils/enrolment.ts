import { z } from 'zod';
import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate } from '../dates/isoDates';
import { pupilSchema, type Pupil } from './pupil';
import { normaliseUpn } from './upn';

/**
 * The rules a pupil record must meet when staff enrol or edit it, beyond what every stored item meets (pupil.ts):
 *   - a looked-after child's responsible local authority is recorded;
 *   - a leaver has a destination;
 *   - the main parent/carer's relationship is recorded when their name is.
 * Older items that predate these rules stay readable; they must meet them when next saved.
 */
export const enrolmentSchema = pupilSchema.superRefine((p, ctx) => {
  if (p.lac && p.lacLocalAuthority === undefined)
    ctx.addIssue({ code: 'custom', path: ['lacLocalAuthority'], message: 'Enter the local authority that looks after the child' });
  if (p.leavingDate !== undefined && p.leavingDestination === undefined)
    ctx.addIssue({ code: 'custom', path: ['leavingDestination'], message: 'Choose where the pupil went on leaving' });
  if (p.parentName !== undefined && p.parentRelationship === undefined)
    ctx.addIssue({ code: 'custom', path: ['parentRelationship'], message: 'Enter how the main parent or carer is related to the pupil' });
});
export type EnrolmentInput = z.input<typeof enrolmentSchema>;

/** What the policies ask for that the record does not yet have: shown beside the form, never blocking a save. */
export function enrolmentReminders(p: Pupil): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (p.senProvision === 'N')
    out.push({
      path: ['senProvision'],
      message: 'The SEND policy puts every pupil on roll at SEN support at least: record K (SEN support) unless the SENCO has decided otherwise.',
    });
  if ((p.emergencyContacts ?? []).length === 0)
    out.push({ path: ['emergencyContacts'], message: 'No emergency contact: the first-day calling procedure rings one when the parents cannot be reached.' });
  if ((p.lac || p.cin || p.cp) && p.socialWorkerName === undefined)
    out.push({ path: ['socialWorkerName'], message: 'The pupil has a social worker (LAC, CIN or CP): record their name and phone so they can be told about absence.' });
  if (p.medical && p.healthCarePlanRef === undefined)
    out.push({ path: ['healthCarePlanRef'], message: 'Medical needs are flagged: record where the individual healthcare plan is kept.' });
  if (p.upn === undefined) out.push({ path: ['upn'], message: 'No UPN yet: it is needed for the census and the common transfer file.' });
  return out;
}

export interface DuplicatePupil {
  readonly id: number;
  readonly reason: 'reference' | 'upn' | 'name-and-birth';
  readonly message: string;
}

const same = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/**
 * Pupils already on the register that a new or edited record would duplicate: the same pupil reference, the same
 * UPN, or the same legal first and last name and date of birth. The record itself (same id) is never its own duplicate.
 */
export function findDuplicatePupils(
  candidate: Pick<Pupil, 'upn' | 'firstName' | 'lastName' | 'dateOfBirth'> & { readonly id?: number; readonly pupilRef?: string },
  existing: readonly (Pick<Pupil, 'upn' | 'firstName' | 'lastName' | 'dateOfBirth' | 'pupilRef' | 'leavingDate'> & { readonly id: number })[],
): DuplicatePupil[] {
  const out: DuplicatePupil[] = [];
  for (const p of existing) {
    if (p.id === candidate.id) continue;
    const who = `${p.lastName}, ${p.firstName} (${p.pupilRef}${p.leavingDate ? `, left ${formatUkDate(p.leavingDate)}` : ''})`;
    if (candidate.pupilRef !== undefined && same(candidate.pupilRef, p.pupilRef))
      out.push({ id: p.id, reason: 'reference', message: `Pupil reference ${p.pupilRef} is already used by ${who}.` });
    else if (candidate.upn !== undefined && p.upn !== undefined && normaliseUpn(candidate.upn) === normaliseUpn(p.upn))
      out.push({ id: p.id, reason: 'upn', message: `UPN ${normaliseUpn(p.upn)} is already recorded for ${who}.` });
    else if (same(candidate.firstName, p.firstName) && same(candidate.lastName, p.lastName) && candidate.dateOfBirth === p.dateOfBirth)
      out.push({ id: p.id, reason: 'name-and-birth', message: `${who} has the same name and date of birth (${formatUkDate(p.dateOfBirth)}).` });
  }
  return out;
}

/** The words staff see when a save is refused as a duplicate. */
export function duplicateMessage(duplicates: readonly DuplicatePupil[]): string {
  return `This pupil may already be on the register: ${duplicates.map((d) => d.message).join(' ')} Open the existing record instead, or correct the details.`;
}

// The suggested reference is its own module (the register offers it without loading these rules).
export { nextPupilRef } from './pupilRef';
