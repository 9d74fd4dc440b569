import type { TransitionPlanStatus } from '../vocabulary';

const OPEN: readonly TransitionPlanStatus[] = ['Planning', 'Agreed'];

/**
 * Planning or agreed: the pupil has not moved on yet. Its own module (exported with the plan,
 * src/domain/transition/transitionPlan.ts), so the due calendar, which every reader of due reviews runs, does not
 * bring the plan's schemas and review rules for it.
 */
export function isOpenPlan(p: { readonly status: TransitionPlanStatus }): boolean {
  return OPEN.indexOf(p.status) >= 0;
}
