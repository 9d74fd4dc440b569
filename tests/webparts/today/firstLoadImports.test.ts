/**
 * Today's first load (issue 18): what its first screen imports, followed through the source as webpack follows it
 * (static imports, not `import type`, not `import()`; a name imported from the domain's index from the module that
 * defines it, as webpack does for a package without side effects). Rules that only another screen uses stay out: a
 * register save's notification triggers, the recording of an EHC step, the attendance stage worklist, the SEMH
 * profiles. Each was once in it, brought by one small function or constant beside them (moved to their own modules:
 * currentStage.ts, ehcStepDueKinds.ts, stageWorklist.ts, semhProfileMapper.ts).
 */
import { closure } from '../../support/importClosure';

describe("Today's first load", () => {
  const today = closure('webparts/today/components/Today.tsx');

  it('follows the imports it needs (the walk reaches the rules the sections run)', () => {
    for (const needed of [
      'domain/meetings/dueCalendar.ts',
      'domain/meetings/ehcStepDueKinds.ts',
      'domain/attendance/currentStage.ts',
      'domain/attendance/alerts.ts',
      'domain/pip/pipFlags.ts',
      'domain/pip/laReturnDue.ts',
    ])
      expect(today).toContain(needed);
  });

  it.each([
    ['domain/attendance/notificationTriggers.ts', "a register save's notification triggers (Today needs only currentStage and rollingWindowStart)"],
    ['domain/meetings/ehcStepRecord.ts', "the Due view's recording of an EHC step (the due calendar needs only the steps' due kinds)"],
    ['domain/attendance/stageWorklist.ts', "attendance insights' stage worklist (Today needs the penalty and illness alerts)"],
    ['domain/attendance/weeklySeries.ts', "the stage worklist's weekly series"],
    ['webparts/attendance/components/insights/shared/yearMarks.ts', "attendance insights' year loader (Today needs only previousAcademicYear, in domain/dates/academicYear.ts)"],
    ['domain/pip/laReturnSentRecord.ts', "the PIPs' LA return tab's recording of a return as sent (Today reads the records with their schema)"],
    ['domain/pip/nextLaReturnDue.ts', "the LA return tab's next return (Today needs only the returns due around today)"],
    ['domain/behaviour/behaviourLogRecording.ts', "logging an entry and showing the log (Today reads the day's incidents with the entry's schema)"],
  ])('does not import %s: %s', (module) => {
    expect(today).not.toContain(module);
  });

  it.each([
    'data/sp/pips/LaReturnRepository.ts',
    'data/sp/pips/PipRepository.ts',
    'data/sp/attendance/AttendanceRepository.ts',
    'data/sp/parents/ParentContactRepository.ts',
    'data/sp/meetings/ReviewMeetingRepository.ts',
    'data/sp/meetings/EhcRequestRepository.ts',
    'data/sp/transition/TransitionPlanRepository.ts',
    'data/sp/behaviour/BehaviourLogRepository.ts',
    'data/sp/notifications/NotificationLogRepository.ts',
    'data/sp/learning/LearningLogRepository.ts',
  ])('holds the reads its first screen makes (todayData.ts), not %s (the writes, loaded at the first write)', (module) => {
    expect(closure('webparts/today/components/todayFirstScreen.ts')).not.toContain(module);
  });

  it("reads the day's incidents without the whole behaviour log entry (its schema and mapper load with a pupil's whole log)", () => {
    expect(closure('webparts/today/components/todayFirstScreen.ts')).not.toContain('data/sp/behaviour/behaviourMappers.ts');
    const reads = closure('data/sp/behaviour/BehaviourLogReads.ts');
    expect(reads).toContain('data/sp/behaviour/incidentMapper.ts');
    expect(reads).not.toContain('data/sp/behaviour/behaviourMappers.ts');
    expect(reads).not.toContain('domain/behaviour/behaviourLogEntry.ts');
  });

  it('reads what ends an LA return reminder without the whole record of a return sent (its schema and mapper load with the LA return tab)', () => {
    const reads = closure('data/sp/pips/LaReturnReads.ts');
    expect(reads).toContain('data/sp/pips/sentReturnMapper.ts');
    expect(reads).not.toContain('data/sp/pips/laReturnMapper.ts');
    expect(reads).not.toContain('domain/pip/laReturnSent.ts');
  });

  it('reads the notifications that failed without the whole entry of the log (its schema and mapper load with whole entries)', () => {
    const reads = closure('data/sp/notifications/NotificationLogReads.ts');
    expect(reads).toContain('data/sp/notifications/failedNotificationMapper.ts');
    expect(reads).not.toContain('data/sp/notifications/notificationMapper.ts');
    expect(reads).not.toContain('domain/notifications/notificationRecord.ts');
  });

  it('reads the behaviour log without the SEMH profiles (their list and rules)', () => {
    const log = closure('data/sp/behaviour/BehaviourLogRepository.ts');
    expect(log).toContain('lists/declared/behaviourLog.ts');
    expect(log).not.toContain('lists/declared/semhProfiles.ts');
    expect(log).not.toContain('domain/behaviour/semhFocusProfile.ts');
  });
});
