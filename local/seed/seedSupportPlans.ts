/**
 * Seeds the demo's APDR support plans (SEN support: assess, plan, do, review) through the production services, signed
 * in as the SENCO who keeps them, as the SEND support web part records them: the plan with its costed provision map,
 * then its targets (source 'SEN support plan'), progress noted on each as the cycle runs, the assessments at the start
 * and at the review, and, for a plan reviewed by the demo date, the review's date and outcome. So the leaders' report
 * has provision cost against impact on the demo date. Deterministic and fictional throughout.
 *
 * Three pupils at SEN support (K), on roll and placed more than 12 weeks before the demo date (so no baseline item of
 * the Due view changes), each with one plan:
 *  - reading: from 67 days before the demo date, reviewed 4 days before it; the target achieved (rating 5); reading
 *    standardised score up from the baseline;
 *  - social communication: same cycle, reviewed; one target partly met (rating 3), one not (rating 1); maths score
 *    unchanged;
 *  - emotional regulation: from 39 days before the demo date, not reviewed yet (its target counted as not reviewed).
 */
import type { IServices } from '../../src/composition/IServices';
import { addDays, addWeeks, type ApdrNextStep, type ApdrReviewOutcome, type Assessment, type IsoDate, type Provision, type SupportPlanInput } from '../../src/domain';
import { SENCO } from '../demo/staff';
import type { DemoData } from '../demo/types';
import { connectAs, type LocalConnection } from './localConnection';

export interface DemoSupportTarget {
  readonly outcome: string;
  readonly measure: string;
  /** Progress notes, each dated and rated 1 (no progress) to 5 (achieved). */
  readonly progress: readonly { readonly date: IsoDate; readonly note: string; readonly rating: number }[];
}

export interface DemoSupportPlan {
  readonly pupilKey: string;
  readonly plan: Omit<SupportPlanInput, 'pupilId' | 'reviewDate' | 'reviewOutcome' | 'nextStep'>;
  readonly targets: readonly DemoSupportTarget[];
  readonly assessments: readonly Omit<Assessment, 'pupilId'>[];
  /** Recorded at the review, when the cycle has been reviewed by the demo date. */
  readonly review?: { readonly reviewDate: IsoDate; readonly reviewOutcome: ApdrReviewOutcome; readonly nextStep: ApdrNextStep };
}

const line = (description: string, frequency: string, provider: string, costPerYear: number): Provision => ({ description, frequency, provider, costPerYear });

/** The demo's support plans, dated from `data.today`. */
export function demoSupportPlans(data: Pick<DemoData, 'pupils' | 'today'>): DemoSupportPlan[] {
  const { today } = data;
  const longPlaced = data.pupils.filter(
    (p) => p.pupil.senProvision === 'K' && p.pupil.leavingDate === undefined && (p.pupil.placementStart ?? p.pupil.enrolmentDate) < addWeeks(today, -12),
  );
  const [reading, social, regulation] = longPlaced;
  const start = addDays(today, -67);
  const review = addDays(today, -4);
  const mid = addDays(today, -32);
  const plans: DemoSupportPlan[] = [];
  if (reading)
    plans.push({
      pupilKey: reading.key,
      plan: {
        cycleStart: start,
        assessed: 'Reading fluency and comprehension below age expectations; avoids reading aloud.',
        assessmentTools: ['Standardised reading test'],
        provision: [line('Precision teaching, reading', '3 × 20 minutes a week', 'Teaching assistant', 1850), line('Paired reading with an older pupil', 'Twice a week', 'Lead tutor', 250)],
        profile: { mattersToMe: 'Football and drawing', howToSupport: 'Give time to read a passage silently before reading aloud' },
      },
      targets: [
        {
          outcome: 'Reads a short passage at their level aloud with 95% accuracy',
          measure: 'Running record each fortnight',
          progress: [
            { date: mid, note: 'Accuracy 88% on the running record; more confident.', rating: 3 },
            { date: review, note: 'Accuracy 96% on two running records in a row.', rating: 5 },
          ],
        },
      ],
      assessments: [
        { kind: 'Baseline', subject: 'Reading', assessedOn: start, instrument: 'Standardised reading test', score: 78 },
        { kind: 'Standardised score', subject: 'Reading', assessedOn: review, instrument: 'Standardised reading test', score: 84 },
      ],
      review: { reviewDate: review, reviewOutcome: 'Progress: continue with new targets', nextStep: 'Continue targeted stage' },
    });
  if (social)
    plans.push({
      pupilKey: social.key,
      plan: {
        cycleStart: start,
        assessed: 'Finds group work and unstructured times hard; misreads others’ intentions.',
        assessmentTools: ['Observation in group lessons'],
        provision: [line('Social communication group', 'Weekly, 45 minutes', 'Learning mentor', 900), line('Speech and language therapy advice', 'Half-termly', 'Speech and language therapist', 1500)],
        profile: { likeAndAdmire: 'Knows a great deal about trains', howToSupport: 'Say what is going to happen before a change' },
      },
      targets: [
        {
          outcome: 'Takes turns in a group task of 20 minutes without leaving the group',
          measure: 'Observed in two group lessons a week',
          progress: [{ date: addDays(review, -1), note: 'Managed it in about half of the lessons observed.', rating: 3 }],
        },
        {
          outcome: 'Names how a classmate might feel in a situation described to them',
          measure: 'Weekly mentor session',
          progress: [{ date: addDays(review, -1), note: 'Still finds this hard; will keep working on it with pictures.', rating: 1 }],
        },
      ],
      assessments: [
        { kind: 'Baseline', subject: 'Mathematics', assessedOn: start, instrument: 'Standardised maths test', score: 88 },
        { kind: 'Standardised score', subject: 'Mathematics', assessedOn: review, instrument: 'Standardised maths test', score: 88 },
      ],
      review: { reviewDate: review, reviewOutcome: 'Change: different targeted support', nextStep: 'Continue targeted stage' },
    });
  if (regulation)
    plans.push({
      pupilKey: regulation.key,
      plan: {
        cycleStart: addDays(today, -39),
        assessed: 'Becomes overwhelmed and leaves lessons; little warning before it happens.',
        assessmentTools: ['Boxall Profile'],
        provision: [line('Mentoring with the learning mentor', 'Weekly, 30 minutes', 'Learning mentor', 1200)],
        profile: { mattersToMe: 'Their dog and cooking', howToSupport: 'A time-out card and a quiet place to go' },
      },
      targets: [
        {
          outcome: 'Uses the time-out card instead of leaving the room',
          measure: 'Behaviour log: times the card is used against times the pupil leaves',
          progress: [{ date: addDays(today, -11), note: 'Used the card twice this week.', rating: 2 }],
        },
      ],
      assessments: [],
    });
  return plans;
}

/** Enters each plan as the SENCO would; returns the number of plans. */
export async function seedSupportPlans(
  conn: Pick<LocalConnection, 'siteUrl'> & { services: Pick<IServices, 'now'> },
  data: Pick<DemoData, 'pupils' | 'today'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<number> {
  const plans = demoSupportPlans(data);
  log(`Seeding ${plans.length} APDR support plan${plans.length === 1 ? '' : 's'} with their targets and assessments…`);
  const site = new URL(conn.siteUrl);
  const { services } = connectAs(site.origin, site.pathname, SENCO.email, SENCO.displayName, conn.services.now());
  for (const p of plans) {
    const pupilId = pupilIds.get(p.pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo support plan: pupil ${p.pupilKey} was not seeded`);
    const plan = await services.supportPlans.create({ ...p.plan, pupilId }, pupilRef);
    // The targets belong to the plan by their source (as the SEND support web part links them).
    for (const t of p.targets) {
      let target = await services.targets.create(
        { pupilId, source: 'SEN support plan', sourceId: plan.id, outcome: t.outcome, measure: t.measure, dueDate: p.review?.reviewDate ?? addDays(data.today, 28), progress: [], closed: false },
        pupilRef,
      );
      for (const note of t.progress) target = await services.targets.recordProgress(target.id, target.etag, note);
    }
    for (const a of p.assessments) await services.assessments.add({ ...a, pupilId }, pupilRef);
    if (p.review) {
      // The review recorded on the plan as entered (the SEND support form saves the whole plan with its review).
      await services.supportPlans.update(plan.id, plan.etag, { ...p.plan, pupilId, ...p.review });
    }
  }
  return plans.length;
}
