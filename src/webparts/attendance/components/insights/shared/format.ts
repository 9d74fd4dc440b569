import { formatUkDate, roundPercent, type IsoDate } from '../../../../../domain';
import { findCode } from '../../../../../domain/attendance/codes';
import type { AttendanceStage } from '../../../../../domain/attendance/stages';

/** '92.5%' (one decimal place, as DfE publishes); the text for no possible sessions otherwise. */
export function formatPercent(value: number | null, none = 'No possible sessions'): string {
  const r = roundPercent(value, 1);
  return r === null ? none : `${r}%`;
}

/** 'Ashdown, Tamsin': how pupils are listed everywhere in the service. */
export function pupilName(p: { firstName: string; lastName: string }): string {
  return `${p.lastName}, ${p.firstName}`;
}

/** 'w/b 07/09/2026' (week beginning). */
export function weekLabel(monday: IsoDate): string {
  return `w/b ${formatUkDate(monday)}`;
}

/** '07/09' for chart axes. */
export function shortDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** 'O – Absent in other or unknown circumstances'. */
export function codeWithMeaning(code: string): string {
  const c = findCode(code);
  return c ? `${code} – ${c.meaning}` : `${code} – not a recognised code`;
}

export function stageText(stage: AttendanceStage | null): string {
  return stage ?? 'No stage (no possible sessions)';
}

/** Ranges of the stages in words, from the boundaries in settings. */
export function stageRanges(b: { stage1AbovePercent: number; stage3AtOrBelowPercent: number }): Record<AttendanceStage, string> {
  return {
    'Stage 1': `over ${b.stage1AbovePercent}%`,
    'Stage 2': `over ${b.stage3AtOrBelowPercent}% up to ${b.stage1AbovePercent}%`,
    'Stage 3': `${b.stage3AtOrBelowPercent}% or below`,
  };
}
