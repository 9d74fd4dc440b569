/**
 * Seeds the demo's transition and reintegration records (issue 15, workflow 4) through the production repositories,
 * as the SENCO entering them on the pupil's record would: they land in the pupil's folder and pass the same
 * validation and refusals. Deterministic and fictional throughout.
 *  - One exit and transition plan (services.transitionPlans.create): the last pupil on roll with a home school,
 *    placed for more than six weeks, returns to the home school after Christmas; of the plan's steps, one (a visit to
 *    the home school) was due on the Tuesday before the demo date and is not done, so Today's "Transition and
 *    reintegration" has a case.
 *  - One request for an EHC needs assessment (services.ehcRequests.create, kind 'Needs assessment request'): the
 *    first pupil at SEN support (K) with a home school, on roll before the request and other than the plan's, whose request the LA received
 *    on the Monday 32 days before the demo date, so the LA's decision whether to assess (6 weeks) falls due 10 days
 *    after it: a statutory step within the 14 days Today and the Due view show.
 */
import type { IServices } from '../../src/composition/IServices';
import { addDays, type EhcRequest, type TransitionPlan } from '../../src/domain';
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

export type DemoNeedsAssessmentRequest = { readonly pupilKey: string; readonly request: Omit<EhcRequest, 'pupilId'> };

/** The demo's requests for an EHC needs assessment (one), dated from `data.today`. */
export function demoNeedsAssessmentRequests(data: Pick<DemoData, 'pupils' | 'schools' | 'today'>): DemoNeedsAssessmentRequest[] {
  const planned = new Set(demoTransitionPlans(data).map((t) => t.pupilKey));
  const receivedOn = addDays(data.today, -32);
  const pupil = data.pupils.find(
    (p) => p.homeSchoolUrn !== undefined && p.pupil.leavingDate === undefined && p.pupil.enrolmentDate < receivedOn && p.pupil.senProvision === 'K' && !planned.has(p.key),
  );
  if (!pupil) return [];
  const school = data.schools.find((s) => s.urn === pupil.homeSchoolUrn);
  return [
    {
      pupilKey: pupil.key,
      request: {
        kind: 'Needs assessment request',
        receivedOn,
        requestedBy: `${school ? school.school.name : 'The home school'} with Pathways`,
      },
    },
  ];
}

export async function seedTransitionPlans(
  services: Pick<IServices, 'transitionPlans' | 'ehcRequests'>,
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
  const requests = demoNeedsAssessmentRequests(data);
  log(`Seeding ${requests.length} request${requests.length === 1 ? '' : 's'} for an EHC needs assessment…`);
  for (const { pupilKey, request } of requests) {
    const pupilId = pupilIds.get(pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo EHC needs assessment request: pupil ${pupilKey} was not seeded`);
    await services.ehcRequests.create({ ...request, pupilId }, pupilRef);
  }
  return plans.length + requests.length;
}
