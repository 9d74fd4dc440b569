import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate } from '../dates/isoDates';
import { PIP_AGREEMENT_METHODS, type PipAgreementMethod } from '../vocabulary';

/**
 * The parent/carer's written agreement to a PIP (attendance policy: "We will never put a reduced timetable in
 * place without written agreement from parent/carer and/or other professionals working with the family"; reg
 * 11(6)). Who agreed and when (the Appendix 1 "Parent/Carer Signed … Date" line), their relationship to the
 * pupil, and how it was given in writing: a signed form filed in the pupil's folder of the Letters library
 * (fileId: its item there), or recorded in Pathways Hub by the member of staff it was given to (recordedBy).
 *
 * PIPs made before the agreement's details were kept have only the name and date; they stay readable. A PIP
 * cannot BECOME active without the whole agreement (pipActivationIssues).
 */
export const pipAgreementSchema = z
  .object({
    name: requiredText('the name of the parent/carer who agreed'),
    date: isoDateSchema,
    relationship: optionalText(100),
    method: choiceOf(PIP_AGREEMENT_METHODS, 'how the agreement was given').optional(),
    /** The signed form's item in 'Pathways Letters' (in the pupil's folder). */
    fileId: itemIdSchema.optional(),
    /** The member of staff the agreement was given to, when recorded in Pathways Hub. */
    recordedBy: optionalText(255),
  })
  .superRefine((a, ctx) => {
    if (a.method === 'Signed form uploaded' && a.fileId === undefined)
      ctx.addIssue({ code: 'custom', path: ['fileId'], message: "Upload the signed agreement form (a scan or photo): it is filed in the pupil's folder" });
    if (a.method !== 'Signed form uploaded' && a.fileId !== undefined)
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'A signed form is filed: choose "Signed form uploaded"' });
    if (a.method === 'Recorded in Pathways Hub' && a.recordedBy === undefined)
      ctx.addIssue({ code: 'custom', path: ['recordedBy'], message: 'Give the name of the member of staff the agreement was given to' });
  });
export type PipAgreement = z.infer<typeof pipAgreementSchema>;

/** The agreement is written, complete and kept: who, relationship, date and how (with its form or its recorder). */
export function isWrittenAgreement(a: PipAgreement | undefined): boolean {
  return writtenAgreementIssues(a).length === 0;
}

/** What is missing from the written agreement, at the agreement's fields (path parentSignOff.<field>). */
export function writtenAgreementIssues(a: PipAgreement | undefined): ValidationIssue[] {
  const at = (field: string, message: string): ValidationIssue => ({ path: ['parentSignOff', field], message });
  if (a === undefined)
    return [{ path: ['parentSignOff'], message: "A PIP cannot be made active without the parent/carer's written agreement: record who agreed, when and how" }];
  const issues: ValidationIssue[] = [];
  if (a.relationship === undefined) issues.push(at('relationship', 'Give the relationship to the pupil of the person who agreed (for example Mother, Foster carer)'));
  if (a.method === undefined) issues.push(at('method', 'Choose how the written agreement was given: a signed form uploaded, or recorded in Pathways Hub'));
  else if (a.method === 'Signed form uploaded' && a.fileId === undefined) issues.push(at('fileId', "Upload the signed agreement form (a scan or photo): it is filed in the pupil's folder"));
  else if (a.method === 'Recorded in Pathways Hub' && a.recordedBy === undefined) issues.push(at('recordedBy', 'Give the name of the member of staff the agreement was given to'));
  return issues;
}

/**
 * The rules for a PIP becoming active (created Active, or saved Active when it was not): the written agreement is
 * complete and not dated after today. A PIP already active before these details were kept can still be saved
 * (its reviews recorded); the flag 'agreement-incomplete' (pipFlags) asks for the missing details.
 */
export function pipActivationIssues(
  pip: { status: string; parentSignOff?: PipAgreement },
  before: { status: string } | undefined,
  today: string,
): ValidationIssue[] {
  if (pip.status !== 'Active' || before?.status === 'Active') return [];
  const issues = writtenAgreementIssues(pip.parentSignOff);
  if (pip.parentSignOff !== undefined && pip.parentSignOff.date > today)
    issues.push({ path: ['parentSignOff', 'date'], message: `The agreement is dated ${formatUkDate(pip.parentSignOff.date)}, after today: record it once it has been given` });
  return issues;
}

const HOW: Record<PipAgreementMethod, string> = {
  'Signed form uploaded': 'signed form filed in the pupil’s folder',
  'Recorded in Pathways Hub': 'recorded in Pathways Hub',
};

/** "Jo Carter (Mother), 03/09/2026: signed form filed in the pupil's folder" (the PIP detail and the printout). */
export function agreementText(a: PipAgreement | undefined): string {
  if (a === undefined) return 'Not recorded';
  const who = `${a.name}${a.relationship ? ` (${a.relationship})` : ''}, ${formatUkDate(a.date)}`;
  if (a.method === undefined) return `${who}: how it was given is not recorded`;
  return `${who}: ${HOW[a.method]}${a.method === 'Recorded in Pathways Hub' && a.recordedBy ? ` by ${a.recordedBy}` : ''}`;
}
