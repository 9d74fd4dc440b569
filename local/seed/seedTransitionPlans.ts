/**
 * Seeds the demo's one exit and transition plan through the production repository (services.transitionPlans.create),
 * as the SENCO making it on the pupil's record would: it lands in the pupil's folder, passes the same validation and
 * refusals. Deterministic: the last pupil on roll with a home school, placed for more than six weeks, returns to the
 * home school after Christmas; of the plan's steps, one (a visit to the home school) was due on the Tuesday before the
 * demo date and is not done, so Today's "Transition and reintegration" has a case. Fictional throughout.
 */
import type { IServices } from '../../src/composition/IServices';
import { addDays, type TransitionPlan } from '../../src/domain';
import { SENCO } from '../demo/staff';
import type { DemoData } from '../demo/types';

export type DemoTransitionPlan = { readonly pupilKey: string; readonly plan: Omit<TransitionPlan, 'pupilId' | 'actionDueOn'> };

/** The demo's transition plans (one), dated from `data.today`. */
export function demoTransitionPlans(data: Pick<DemoData, 'pupils' | 'schools' | 'today'>): DemoTransitionPlan[] {
  const { today } = data;
  const placed = data.pupils.filter((p) => p.homeSchoolUrn !== undefined && p.pupil.leavingDate === undefined && p.pupil.enrolmentDate < addDays(today, -42));
  const pupil = placed[placed.length - 1];
  if (!pupil) return [];
  const school = data.schools.find((s) => s.urn === pupil.homeSchoolUrn);
  return [
    {
      pupilKey: pupil.key,
      plan: {
        destinationKind: 'Return to the home school',
        ...(school ? { destinationName: school.school.name } : {}),
        plannedOn: addDays(today, 45),
        status: 'Planning',
        reviewOn: addDays(today, 14),
        steps: [{ what: 'Visit the home school with the lead tutor', owner: 'Lead tutor', dueOn: addDays(today, -3) }],
        notes: 'Return planned for the start of the spring term, with a phased timetable agreed at the transition meeting.',
        createdBy: SENCO.email,
      },
    },
  ];
}

export async function seedTransitionPlans(
  services: Pick<IServices, 'transitionPlans'>,
  data: Pick<DemoData, 'pupils' | 'schools' | 'today'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<number> {
  const plans = demoTransitionPlans(data);
  log(`Seeding ${plans.length} transition plan${plans.length === 1 ? '' : 's'}…`);
  for (const { pupilKey, plan } of plans) {
    const pupilId = pupilIds.get(pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo transition plan: pupil ${pupilKey} was not seeded`);
    await services.transitionPlans.create({ ...plan, pupilId }, pupilRef);
  }
  return plans.length;
}
