/**
 * What a pupil's termly progress report is made from, read for one term: the same reads for the report on the pupil
 * record and for a whole cohort (cohortReportRunner), so both reports are the same report.
 */
import type { Assessment, BehaviourLogEntry, LearningLogEntry, Pip, Target } from '../../domain';
import type {
  IAssessmentRepository,
  IAttendanceRepository,
  IBehaviourLogRepository,
  ILearningLogRepository,
  IPipRepository,
  ITargetRepository,
  MarksRead,
  Saved,
} from '../ports';
import type { RecordValidationError } from '../errors';

export interface ProgressRecordServices {
  readonly attendance: IAttendanceRepository;
  readonly pips: IPipRepository;
  readonly targets: ITargetRepository;
  readonly assessments: IAssessmentRepository;
  readonly learningLogs: ILearningLogRepository;
  readonly behaviourLog: IBehaviourLogRepository;
}

export interface ProgressRecords {
  readonly marks: MarksRead;
  readonly pips: readonly Saved<Pip>[];
  readonly targets: readonly Saved<Target>[];
  readonly assessments: readonly Saved<Assessment>[];
  readonly entries: readonly Saved<LearningLogEntry>[];
  readonly behaviour: readonly Saved<BehaviourLogEntry>[];
  /** Stored values that could not be read: left out of the report (the screen lists them). */
  readonly problems: readonly RecordValidationError[];
}

export async function loadProgressRecords(services: ProgressRecordServices, pupilId: number, period: { readonly start: string; readonly end: string }): Promise<ProgressRecords> {
  const [marks, pips, targets, assessments, entries, behaviour] = await Promise.all([
    services.attendance.marksForPupil(pupilId, period.start, period.end),
    services.pips.forPupil(pupilId),
    services.targets.forPupil(pupilId),
    services.assessments.forPupil(pupilId),
    services.learningLogs.entriesForPupil(pupilId, period.start, period.end),
    services.behaviourLog.forPupil(pupilId, period.start, period.end),
  ]);
  return {
    marks,
    pips: pips.items,
    targets: targets.items,
    assessments: assessments.items,
    entries: entries.items,
    behaviour: behaviour.items,
    problems: [marks.problems, pips.problems, targets.problems, assessments.problems, entries.problems, behaviour.problems].flatMap((p) => p ?? []),
  };
}
