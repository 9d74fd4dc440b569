import type { ValidationIssue } from '../common/validationIssue';
import { issuesFromZodError } from '../common/validationIssue';
import type { SchoolSettings } from '../settings/schoolSettings';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { pipSchema, type Pip } from './pip';
import { pipReviewSchema, validatePipReview, type PipReview } from './pipReview';
import { applyReviewDecision, reviewDecisionIssues } from './reviewDecision';
import { timetableSettingsIssues } from './timetable';
import { timetableSlotSchema, type TimetableSlot } from './timetableSlot';

/**
 * Every rule a PIP must meet before it is saved, field by field, in one list: the schema (dates, reasons,
 * targets, overlapping slots, the agreement before Active), the settings (school day, full-time week) and the
 * policy (never a behaviour-management measure). Timetables that parse are checked against the settings
 * even when another field is wrong, so the form shows every problem at once.
 */
export interface PipCheck {
  /** The parsed PIP when there is no issue. */
  readonly pip?: Pip;
  readonly issues: ValidationIssue[];
}

export const NOT_BEHAVIOUR_MESSAGE =
  'Confirm that this plan is not being used to manage behaviour: a reduced timetable never is (attendance policy)';

type PipSettings = Pick<SchoolSettings, 'schoolDay' | 'fullTimeHours'>;

export function checkPip(input: unknown, settings: PipSettings): PipCheck {
  const parsed = pipSchema.safeParse(input);
  const issues: ValidationIssue[] = parsed.success ? [] : issuesFromZodError(parsed.error);
  const timetables = parsed.success
    ? parsed.data.timetables.map((t, index) => ({ index, slots: t.slots, positions: t.slots.map((_s, i) => i) }))
    : timetablesOf(input);
  timetables.forEach(({ index, slots, positions }) => {
    const path = ['timetables', index, 'slots'];
    for (const issue of timetableSettingsIssues(slots, settings, path)) {
      const at = issue.path[path.length];
      issues.push(typeof at === 'number' ? { ...issue, path: [...path, positions[at], ...issue.path.slice(path.length + 1)] } : issue);
    }
  });
  const status = parsed.success ? parsed.data.status : (input as { status?: unknown } | null)?.status;
  const confirmed = parsed.success ? parsed.data.notBehaviourManagement : (input as { notBehaviourManagement?: unknown } | null)?.notBehaviourManagement;
  if (status === 'Active' && confirmed !== true) issues.push({ path: ['notBehaviourManagement'], message: NOT_BEHAVIOUR_MESSAGE });
  return issues.length === 0 && parsed.success ? { pip: parsed.data, issues } : { issues };
}

/**
 * The slots of each raw timetable that parse on their own (with their original indexes), so the settings
 * rules still run when another slot, or another field, is wrong.
 */
function timetablesOf(input: unknown): { index: number; slots: TimetableSlot[]; positions: number[] }[] {
  const raw = (input as { timetables?: unknown } | null)?.timetables;
  if (!Array.isArray(raw)) return [];
  return raw.map((t: unknown, index) => {
    const rawSlots = (t as { slots?: unknown } | null)?.slots;
    const slots: TimetableSlot[] = [];
    const positions: number[] = [];
    (Array.isArray(rawSlots) ? rawSlots : []).forEach((s: unknown, i) => {
      const one = timetableSlotSchema.safeParse(s);
      if (one.success) {
        slots.push(one.data);
        positions.push(i);
      }
    });
    return { index, slots, positions };
  });
}

export interface PipReviewCheck {
  /** The parsed review and the PIP after its decision, when there is no issue. */
  readonly review?: PipReview;
  readonly pip?: Pip;
  readonly issues: ValidationIssue[];
}

/**
 * Every rule a review must meet before it is recorded against the PIP as it stands: the review schema, the
 * dates and hours against the PIP and settings (validatePipReview), the decision against the PIP
 * (reviewDecisionIssues), the date (not after `today`, when given), and the PIP after the decision (checkPip). Issues of the resulting PIP are reported
 * at the review's fields: a bad new timetable at 'timetable.slots', a bad end date at 'newEndDate'.
 */
export function checkPipReview(input: unknown, pip: Pip, settings: PipSettings, today?: IsoDate): PipReviewCheck {
  const parsed = pipReviewSchema.safeParse(input);
  if (!parsed.success) return { issues: issuesFromZodError(parsed.error) };
  const review = parsed.data;
  const issues = [...validatePipReview(review, pip, settings), ...reviewDecisionIssues(review, pip)];
  // A review is recorded once it has taken place: its outcomes are what happened at it.
  if (today !== undefined && review.reviewDate > today)
    issues.push({ path: ['reviewDate'], message: `The review date ${formatUkDate(review.reviewDate)} is in the future: record the review once it has taken place` });
  if (issues.length > 0) return { issues };
  const after = checkPip(applyReviewDecision(pip, review), settings);
  if (after.issues.length > 0 || !after.pip) {
    return {
      issues: after.issues.map((i) => ({
        path: i.path[0] === 'timetables' ? ['timetable', 'slots', ...i.path.slice(4)] : i.path[0] === 'plannedEndDate' ? ['newEndDate'] : i.path,
        message: i.message,
      })),
    };
  }
  return { review, pip: after.pip, issues: [] };
}
