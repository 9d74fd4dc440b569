import { assessmentSchema, supportPlanSchema, type Assessment, type SupportPlan } from '../../../domain';
import { assessmentsList } from '../../../lists/declared/assessments';
import { supportPlansList } from '../../../lists/declared/supportPlans';
import { createRecordMapper } from '../recordMapper';

/** APDR cycles with the costed provision map and one-page profile ('Pathways Support Plans'), in each pupil's folder. */
export const supportPlanMapper = createRecordMapper<SupportPlan>({
  list: supportPlansList,
  schema: supportPlanSchema,
  title: (p) => `APDR cycle from ${p.cycleStart}`,
  json: ['provision', 'profile', 'assessmentTools'],
  fields: {
    pupilId: 'PwPupil',
    cycleStart: 'PwCycleStart',
    assessed: 'PwAssessed',
    assessmentTools: 'PwAssessmentTools',
    provision: 'PwProvision',
    annualCost: 'PwAnnualCost',
    reviewDate: 'PwReviewDate',
    reviewOutcome: 'PwReviewOutcome',
    nextStep: 'PwNextStep',
    profile: 'PwProfile',
  },
});

/** Baselines, standardised scores, reading ages and half-termly tracking ('Pathways Assessments'). */
export const assessmentMapper = createRecordMapper<Assessment>({
  list: assessmentsList,
  schema: assessmentSchema,
  title: (a) => `${a.kind}: ${a.subject} (${a.assessedOn})`,
  fields: {
    pupilId: 'PwPupil',
    kind: 'PwKind',
    subject: 'PwSubject',
    assessedOn: 'PwAssessedOn',
    instrument: 'PwInstrument',
    score: 'PwScore',
    readingAgeMonths: 'PwReadingAgeMonths',
    comment: 'PwComment',
  },
});
