/**
 * The attendance items on Today, by the rules that already exist (nothing decided here):
 *   - entered Stage 2 or 3 this week: the stage a register save compares (domain currentStage: the worse of the
 *     week's stage and the year's cumulative stage, boundaries from settings), at the end of last week and now;
 *   - at the penalty-notice threshold: the threshold met in the rolling window of school weeks that ends this week
 *     (domain rollingWindowStart, penaltyAlerts: a prompt to review support, never a fine);
 *   - near or at the illness return (domain illnessAlerts: days of code I this school year).
 */
import {
  ATTENDANCE_STAGES,
  academicYearBounds,
  academicYearOf,
  addDays,
  currentStage,
  illnessAlerts,
  marksByPupil,
  mondayOf,
  penaltyAlerts,
  rollingWindowStart,
  type AlertMark,
  type AttendanceStage,
  type IllnessAlert,
  type IsoDate,
  type PenaltyAlert,
  type SchoolSettings,
} from '../../../domain';

export interface StageEntered {
  readonly pupilId: number;
  readonly stage: AttendanceStage;
  /** The stage at the end of last week (null: no possible session yet). */
  readonly before: AttendanceStage | null;
}

export interface AttendanceWatch {
  readonly enteredStage: readonly StageEntered[];
  readonly penalty: readonly PenaltyAlert[];
  readonly illness: readonly IllnessAlert[];
}

type WatchSettings = Parameters<typeof currentStage>[2] & Pick<SchoolSettings, 'illnessReturnDays' | 'penaltyThreshold' | 'terms' | 'closures'>;

const rank = (s: AttendanceStage | null): number => (s === null ? -1 : ATTENDANCE_STAGES.indexOf(s));

/** The first day whose marks Today needs: the start of the penalty window ending this week, or of the school year. */
export function watchFrom(today: IsoDate, settings: Pick<SchoolSettings, 'penaltyThreshold' | 'terms' | 'closures'>): IsoDate {
  const yearStart = academicYearBounds(academicYearOf(today)).start;
  const window = rollingWindowStart(today, settings);
  return window < yearStart ? window : yearStart;
}

/** `marks` from watchFrom(today) to today at least (later ones are left out); only the pupils in `onRoll`. */
export function attendanceWatch(marks: readonly AlertMark[], onRoll: ReadonlySet<number>, today: IsoDate, settings: WatchSettings): AttendanceWatch {
  const upToToday = marks.filter((m) => m.date <= today && onRoll.has(m.pupilId));
  const monday = mondayOf(today);
  const lastSunday = addDays(monday, -1);
  const enteredStage: StageEntered[] = [];
  marksByPupil(upToToday).forEach((own, pupilId) => {
    const stage = currentStage(own, today, settings);
    if (stage !== 'Stage 2' && stage !== 'Stage 3') return;
    const before = currentStage(
      own.filter((m) => m.date < monday),
      lastSunday,
      settings,
    );
    if (rank(stage) > rank(before)) enteredStage.push({ pupilId, stage, before });
  });
  enteredStage.sort((a, b) => rank(b.stage) - rank(a.stage) || a.pupilId - b.pupilId);
  const windowStart = rollingWindowStart(today, settings);
  const penalty = penaltyAlerts(
    upToToday.filter((m) => m.date >= windowStart),
    settings,
  ).filter((a) => a.level === 'met');
  const illness = illnessAlerts(upToToday, settings, academicYearOf(today));
  return { enteredStage, penalty, illness };
}
