/**
 * The comments staff write for a pupil's termly progress report, kept on the pupil's learning log for that term
 * (Appendix 3: one log per pupil per term), apart from the Word document: making the report again, alone or for a
 * whole cohort, uses what was written. Saved under the log's ETag; a term with no log yet gets one (no subjects).
 */
import { learningLogTermOf, NO_COMMENTS, type LearningLog, type ProgressComments, type Pupil, type ReviewPeriod, type TermDates } from '../../domain';
import type { ILearningLogRepository, Saved } from '../ports';

export interface TermComments {
  readonly comments: ProgressComments;
  /** The term's log as read (its ETag guards the next save); none yet for this term. */
  readonly log?: Saved<LearningLog>;
}

const termOf = (period: ReviewPeriod, terms: readonly TermDates[]) => learningLogTermOf(period.start, terms);

export async function loadProgressComments(logs: ILearningLogRepository, pupilId: number, period: ReviewPeriod, terms: readonly TermDates[]): Promise<TermComments> {
  const { academicYear, term } = termOf(period, terms);
  const log = (await logs.forPupil(pupilId)).items.find((l) => l.academicYear === academicYear && l.term === term);
  return { comments: log?.reportComments ?? NO_COMMENTS, log };
}

export async function saveProgressComments(
  logs: ILearningLogRepository,
  pupil: Pick<Saved<Pupil>, 'id' | 'pupilRef'>,
  period: ReviewPeriod,
  terms: readonly TermDates[],
  comments: ProgressComments,
  current: TermComments,
): Promise<TermComments> {
  const reportComments = { leadTutor: comments.leadTutor, pupilVoice: comments.pupilVoice, nextSteps: comments.nextSteps };
  if (current.log) {
    const { id, etag, ...log } = current.log;
    const saved = await logs.update(id, etag, { ...log, reportComments });
    return { comments: saved.reportComments ?? NO_COMMENTS, log: saved };
  }
  const { academicYear, term } = termOf(period, terms);
  const saved = await logs.create({ pupilId: pupil.id, academicYear, term, subjects: [], reportComments }, pupil.pupilRef);
  return { comments: saved.reportComments ?? NO_COMMENTS, log: saved };
}
