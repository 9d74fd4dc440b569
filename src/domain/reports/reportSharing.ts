import { formatUkDate } from '../dates/isoDates';
import type { LetterRecord, ReportShare } from '../pip/letterRecord';
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

type SharedColumns = Pick<LetterRecord, 'parentSharedOn' | 'parentSharedBy' | 'parentSharedHow' | 'schoolSharedOn' | 'schoolSharedBy' | 'schoolSharedTo' | 'shareHistory'>;

/**
 * Every share of a report, oldest first: its history; a report shared before the history was kept has only the
 * latest per audience in its columns, which stand as its history.
 */
export function shareHistoryOf(letter: SharedColumns): ReportShare[] {
  if (letter.shareHistory && letter.shareHistory.length > 0) return [...letter.shareHistory];
  const out: ReportShare[] = [];
  if (letter.parentSharedOn) out.push({ on: letter.parentSharedOn, by: letter.parentSharedBy, audience: 'Parent or carer', how: letter.parentSharedHow });
  if (letter.schoolSharedOn) out.push({ on: letter.schoolSharedOn, by: letter.schoolSharedBy, audience: 'Home school', to: letter.schoolSharedTo });
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The columns after new shares: the latest per audience, and the history with the new shares added (none lost). */
export function withShares(letter: SharedColumns, shares: readonly ReportShare[]): SharedColumns {
  const out: { -readonly [K in keyof SharedColumns]: SharedColumns[K] } = { shareHistory: [...shareHistoryOf(letter), ...shares] };
  for (const s of shares) {
    if (s.audience === 'Parent or carer') Object.assign(out, { parentSharedOn: s.on, parentSharedBy: s.by, parentSharedHow: s.how });
    else Object.assign(out, { schoolSharedOn: s.on, schoolSharedBy: s.by, schoolSharedTo: s.to });
  }
  return out;
}

/** The sharing columns of a document to carry onto its new version when it is filed again (regenerated). */
export function sharingKept(letter: SharedColumns): SharedColumns {
  const history = shareHistoryOf(letter);
  if (history.length === 0) return {};
  const { parentSharedOn, parentSharedBy, parentSharedHow, schoolSharedOn, schoolSharedBy, schoolSharedTo } = letter;
  return { parentSharedOn, parentSharedBy, parentSharedHow, schoolSharedOn, schoolSharedBy, schoolSharedTo, shareHistory: history };
}

/** What the pupil's record says about a report's sharing: one line per share, oldest first (none: "Not shared yet"). */
export function sharingLines(letter: SharedColumns): string[] {
  return shareHistoryOf(letter).map((s) =>
    s.audience === 'Parent or carer'
      ? `Parent or carer: ${formatUkDate(s.on)}${s.how ? `, ${s.how.toLowerCase()}` : ''}${s.by ? `, by ${s.by}` : ''}`
      : `Home school: ${formatUkDate(s.on)}${s.by ? `, by ${s.by}` : ''}${s.to ? `; told ${s.to}` : ''}`,
  );
}

/** The term a report's file name names ("PH-0007 progress report Autumn term 2026-27.docx" → "Autumn term 2026/27"). */
export function reportTermOf(fileName: string): string {
  const m = /progress report (.+?)\.docx$/i.exec(fileName);
  return m ? m[1].replace(/(\d{4})-(\d{2})$/, '$1/$2') : 'termly';
}

