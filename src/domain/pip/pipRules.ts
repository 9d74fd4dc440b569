import type { ValidationIssue } from '../common/validationIssue';
import { issuesFromZodError } from '../common/validationIssue';
import type { SchoolSettings } from '../settings/schoolSettings';
import { pipSchema, type Pip } from './pip';
import { pipReviewSchema, validatePipReview, type PipReview } from './pipReview';
import { applyReviewDecision, reviewDecisionIssues } from './reviewDecision';
import { timetableSettingsIssues } from './timetable';
import { pipTimetableSchema } from './timetableSlot';

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
  const timetables = parsed.success ? parsed.data.timetables.map((t, index) => ({ index, slots: t.slots })) : timetablesOf(input);
  timetables.forEach(({ index, slots }) => {
    issues.push(...timetableSettingsIssues(slots, settings, ['timetables', index, 'slots']));
  });
  const status = parsed.success ? parsed.data.status : (input as { status?: unknown } | null)?.status;
  const confirmed = parsed.success ? parsed.data.notBehaviourManagement : (input as { notBehaviourManagement?: unknown } | null)?.notBehaviourManagement;
  if (status === 'Active' && confirmed !== true) issues.push({ path: ['notBehaviourManagement'], message: NOT_BEHAVIOUR_MESSAGE });
  return issues.length === 0 && parsed.success ? { pip: parsed.data, issues } : { issues };
}

function timetablesOf(input: unknown): { index: number; slots: Pip['timetables'][number]['slots'] }[] {
  const raw = (input as { timetables?: unknown } | null)?.timetables;
  if (!Array.isArray(raw)) return [];
  const out: { index: number; slots: Pip['timetables'][number]['slots'] }[] = [];
  raw.forEach((t, index) => {
    const one = pipTimetableSchema.safeParse(t);
    if (one.success) out.push({ index, slots: one.data.slots });
  });
  return out;
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
 * (reviewDecisionIssues), and the PIP after the decision (checkPip). Issues of the resulting PIP are reported
 * at the review's fields: a bad new timetable at 'timetable.slots', a bad end date at 'newEndDate'.
 */
export function checkPipReview(input: unknown, pip: Pip, settings: PipSettings): PipReviewCheck {
  const parsed = pipReviewSchema.safeParse(input);
  if (!parsed.success) return { issues: issuesFromZodError(parsed.error) };
  const review = parsed.data;
  const issues = [...validatePipReview(review, pip, settings), ...reviewDecisionIssues(review, pip)];
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
