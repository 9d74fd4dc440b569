/**
 * Today's first load (issue 18): what its first screen imports, followed through the source as webpack follows it
 * (static imports, not `import type`, not `import()`; a name imported from the domain's index from the module that
 * defines it, as webpack does for a package without side effects). Rules that only another screen uses stay out: a
 * register save's notification triggers, the recording of an EHC step, the attendance stage worklist, the SEMH
 * profiles. Each was once in it, brought by one small function or constant beside them (moved to their own modules:
 * currentStage.ts, ehcStepDueKinds.ts, stageWorklist.ts, semhProfileMapper.ts).
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join, normalize, relative } from 'path';

const SRC = join(__dirname, '..', '..', '..', 'src');

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f));
}

const texts = new Map<string, string>();
function source(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    texts.set(file, text);
  }
  return text;
}

/** The module that defines `name`, following `export *` and `export { … } from` (webpack's side-effect-free re-exports). */
function definer(file: string, name: string): string | undefined {
  const text = source(file);
  if (new RegExp(`export\\s+(declare\\s+)?(const|let|function|class|enum|async function|abstract class)\\s+${name}\\b`).test(text)) return file;
  for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const part of m[1].split(',')) {
      const [orig, alias] = part.trim().split(/\s+as\s+/);
      const target = resolve(file, m[2]);
      if ((alias ?? orig) === name && target) return definer(target, orig);
    }
  }
  for (const m of text.matchAll(/export\s*\*\s*from\s*'([^']+)'/g)) {
    const target = resolve(file, m[1]);
    const found = target && definer(target, name);
    if (found) return found;
  }
  return undefined;
}

function imports(file: string): string[] {
  const out: string[] = [];
  for (const m of source(file).matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/g)) {
    const [, typeOnly, what, spec] = m;
    const target = resolve(file, spec);
    if (typeOnly || !target) continue;
    const braces = /\{([^}]*)\}/.exec(what);
    const names = braces ? braces[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')) : [];
    const onlyTypes = braces !== null && names.length === 0 && !/^\s*\w+\s*,/.test(what) && !what.includes('*');
    if (onlyTypes) continue;
    if (/[\\/]index\.tsx?$/.test(target) && names.length > 0 && !what.includes('*')) {
      for (const n of names) out.push(definer(target, n.split(/\s+as\s+/)[0]) ?? target);
    } else out.push(target);
  }
  return out;
}

function closure(...entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(SRC, e));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...imports(file));
  }
  return new Set([...seen].map((f) => relative(SRC, f).replace(/\\/g, '/')));
}

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

  it('reads the behaviour log without the SEMH profiles (their list and rules)', () => {
    const log = closure('data/sp/behaviour/BehaviourLogRepository.ts');
    expect(log).toContain('lists/declared/behaviourLog.ts');
    expect(log).not.toContain('lists/declared/semhProfiles.ts');
    expect(log).not.toContain('domain/behaviour/semhFocusProfile.ts');
  });
});
