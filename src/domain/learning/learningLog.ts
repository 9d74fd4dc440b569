import { z } from 'zod';
import { academicYearSchema, choiceOf, itemIdSchema, requiredText } from '../common/fields';
import { TERMS } from '../vocabulary';

/** Appendix 3: one learning log per pupil per term, listing the subjects and who teaches them. */
export const learningLogSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    academicYear: academicYearSchema,
    term: choiceOf(TERMS, 'the term'),
    subjects: z
      .array(z.object({ subject: requiredText('the subject'), teacher: requiredText('the teacher') }))
      .default([]),
    /** The term's progress report comments (kept here, apart from the document, so making it again keeps them). */
    reportComments: z.object({ leadTutor: z.string().max(20000), pupilVoice: z.string().max(20000), nextSteps: z.string().max(20000) }).optional(),
  })
  .superRefine((log, ctx) => {
    const seen: Record<string, true> = {};
    log.subjects.forEach((s, i) => {
      const key = s.subject.toLowerCase();
      if (seen[key]) ctx.addIssue({ code: 'custom', path: ['subjects', i, 'subject'], message: `${s.subject} is listed twice` });
      seen[key] = true;
    });
  });
export type LearningLog = z.infer<typeof learningLogSchema>;

/** The unique key of a pupil's log for a term: '12-2026/27-Autumn'. */
export function learningLogKey(log: Pick<LearningLog, 'pupilId' | 'academicYear' | 'term'>): string {
  return `${log.pupilId}-${log.academicYear}-${log.term}`;
}
