import { formatUkDate } from '../dates/isoDates';
import type { LetterRecord } from '../pip/letterRecord';
import type { SchoolContact } from '../schools/schoolContact';

/**
 * Sharing a termly progress report: with the parent or carer (recorded: when, by whom, how they had it; they are not
 * users of the site and the product e-mails no pupil detail) and with the home school (its named staff are told by
 * the notification service, with the link to the report in the pupil's folder, which SharePoint lets them read).
 */

/** The pupil's named home-school staff who receive notifications; else every such member of the school's staff. */
export function notifiedStaff<C extends Pick<SchoolContact, 'schoolId' | 'notify'> & { readonly id: number }>(
  contacts: readonly C[],
  schoolId: number | undefined,
  namedIds: readonly number[],
): C[] {
  if (schoolId === undefined) return [];
  const receiving = contacts.filter((c) => c.schoolId === schoolId && c.notify);
  const named = receiving.filter((c) => namedIds.indexOf(c.id) >= 0);
  return named.length > 0 ? named : receiving;
}

/** The e-mail to the home school: the pupil's reference, never their name or any detail of the report. */
export function reportSharedText(pupilRef: string, serviceName: string, term: string): { subject: string; message: string } {
  return {
    subject: `${serviceName}: a termly progress report for pupil ${pupilRef}`,
    message: `${serviceName} has shared the ${term} progress report for a pupil you are named for (reference ${pupilRef}). Please open the link to read it.`,
  };
}

/** What the pupil's record says about a report's sharing, one line per audience (none: "Not shared yet"). */
export function sharingLines(letter: Pick<LetterRecord, 'parentSharedOn' | 'parentSharedBy' | 'parentSharedHow' | 'schoolSharedOn' | 'schoolSharedBy' | 'schoolSharedTo'>): string[] {
  const lines: string[] = [];
  if (letter.parentSharedOn)
    lines.push(`Parent or carer: ${formatUkDate(letter.parentSharedOn)}${letter.parentSharedHow ? `, ${letter.parentSharedHow.toLowerCase()}` : ''}${letter.parentSharedBy ? `, by ${letter.parentSharedBy}` : ''}`);
  if (letter.schoolSharedOn)
    lines.push(`Home school: ${formatUkDate(letter.schoolSharedOn)}${letter.schoolSharedBy ? `, by ${letter.schoolSharedBy}` : ''}${letter.schoolSharedTo ? `; told ${letter.schoolSharedTo}` : ''}`);
  return lines;
}

/** The term a report's file name names ("PH-0007 progress report Autumn term 2026-27.docx" → "Autumn term 2026/27"). */
export function reportTermOf(fileName: string): string {
  const m = /progress report (.+?)\.docx$/i.exec(fileName);
  return m ? m[1].replace(/(\d{4})-(\d{2})$/, '$1/$2') : 'termly';
}

