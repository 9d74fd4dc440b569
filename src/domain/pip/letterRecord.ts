import { z } from 'zod';
import { REPORT_HANDOVER_WAYS } from '../vocabulary';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';

/**
 * Documents kept in the 'Pathways Letters' library, in the pupil's folder: letters (Word), and the statutory
 * transfers made when a pupil leaves (the common transfer file) or for a dual-registered pupil's main school
 * (an attendance transfer), both XML.
 */
export const LETTER_KINDS = ['PIP timetable', 'Other', 'Common transfer file', 'Attendance transfer', 'Termly progress report', 'PIP agreement'] as const;
/** The kinds filed as XML transfers rather than Word letters. */
export const TRANSFER_KINDS: readonly LetterKind[] = ['Common transfer file', 'Attendance transfer'];
export type LetterKind = (typeof LETTER_KINDS)[number];
/** A signed PIP agreement is filed as it came back: a scan (PDF), a photo (JPEG or PNG) or a Word document. */
export const SIGNED_FORM_TYPES = ['pdf', 'jpg', 'jpeg', 'png', 'docx'] as const;
const SIGNED_FORM_NAME = new RegExp(`\\.(${SIGNED_FORM_TYPES.join('|')})$`, 'i');

/** One time a report was shared: when, by whom, with whom (the parent or carer: how they had it; the home school: the staff told). */
export const reportShareSchema = z.object({
  on: isoDateSchema,
  by: optionalText(255),
  audience: z.enum(['Parent or carer', 'Home school']),
  how: choiceOf(REPORT_HANDOVER_WAYS, 'how the parent or carer had the report').optional(),
  to: optionalText(2000),
});
export type ReportShare = z.infer<typeof reportShareSchema>;

/** A letter's columns and file name, before the rule that ties the file type to the kind. */
export const letterFieldsSchema = z.object({
  id: itemIdSchema.optional(),
  pupilId: itemIdSchema,
  pipId: itemIdSchema.optional(),
  kind: choiceOf(LETTER_KINDS, 'the kind of letter'),
  letterDate: isoDateSchema,
  sentBy: optionalText(255),
  /** The day the document went to its recipient (a CTF uploaded to the DfE's S2S site), when recorded. */
  sentOn: optionalIsoDateSchema,
  /** A progress report shared with the parent or carer: when, by whom, how (recorded; they are not site users). */
  parentSharedOn: optionalIsoDateSchema,
  parentSharedBy: optionalText(255),
  parentSharedHow: choiceOf(REPORT_HANDOVER_WAYS, 'how the parent or carer had the report').optional(),
  /** Shared with the home school: when, by whom, and the named staff told (a notification with the link). */
  schoolSharedOn: optionalIsoDateSchema,
  schoolSharedBy: optionalText(255),
  schoolSharedTo: optionalText(2000),
  /** Every share of the report, oldest first (the columns above hold the latest per audience). */
  shareHistory: z.array(reportShareSchema).optional(),
  fileName: requiredText('the file name', 250).refine((n) => !/["*:<>?\\|/#%]/.test(n), 'Use a file name without * : < > ? \\ | / # or %'),
});

/** A letter as filed: the document's name (Word, or XML for a transfer) and the columns on its list item. */
export const letterRecordSchema = letterFieldsSchema.superRefine((l, ctx) => {
  if (l.kind === 'PIP agreement') {
    if (!SIGNED_FORM_NAME.test(l.fileName))
      ctx.addIssue({ code: 'custom', path: ['fileName'], message: 'Upload the signed form as a PDF, a photo (JPEG or PNG) or a Word document' });
    return;
  }
  if (!/\.(docx|xml)$/i.test(l.fileName)) {
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: 'Use a .docx or .xml file name' });
    return;
  }
  const xml = /\.xml$/i.test(l.fileName);
  if (xml !== TRANSFER_KINDS.includes(l.kind))
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: xml ? 'Only a transfer file is filed as .xml' : 'A transfer file is filed as .xml' });
});
export type LetterRecord = z.infer<typeof letterRecordSchema>;
