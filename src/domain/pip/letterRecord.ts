import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';

/** Letters kept in the 'Pathways Letters' library, in the pupil's folder. */
export const LETTER_KINDS = ['PIP timetable', 'Other'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** A letter as filed: the Word document's name and the columns on its list item. */
export const letterRecordSchema = z.object({
  id: itemIdSchema.optional(),
  pupilId: itemIdSchema,
  pipId: itemIdSchema.optional(),
  kind: choiceOf(LETTER_KINDS, 'the kind of letter'),
  letterDate: isoDateSchema,
  sentBy: optionalText(255),
  fileName: requiredText('the file name', 250).refine((n) => /\.docx$/i.test(n) && !/["*:<>?\\|/#%]/.test(n), 'Use a .docx file name without * : < > ? \\ | / # or %'),
});
export type LetterRecord = z.infer<typeof letterRecordSchema>;
