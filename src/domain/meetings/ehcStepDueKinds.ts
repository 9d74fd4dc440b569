import type { EhcStepKey } from './ehcAssessment';
import type { DueKind } from './dueItem';

/*
 * Which Due view item each statutory step of an EHC needs assessment is, on its own: the due calendar (read by Today
 * and the Due view on their first screens) lists the steps under these kinds without loading the recording of a
 * step (ehcStepRecord.ts, with the request's schema), which only the Due view's form needs.
 */

/** The Due view's item for each statutory step of an EHC needs assessment (dueCalendar lists them under these kinds). */
export const EHC_STEP_DUE_KINDS: Record<EhcStepKey, DueKind> = {
  decision: 'ehc-assessment-decision',
  'after-assessment': 'ehc-assessment-draft',
  'final-plan': 'ehc-assessment-final',
};

/** The step a Due view item is about, when it is a step of an EHC needs assessment. */
export function ehcStepOfDueKind(kind: DueKind): EhcStepKey | undefined {
  return (Object.keys(EHC_STEP_DUE_KINDS) as EhcStepKey[]).find((k) => EHC_STEP_DUE_KINDS[k] === kind);
}
