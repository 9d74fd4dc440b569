import { transitionPlanSchema, type TransitionPlan } from '../../../domain';
import { transitionPlansList } from '../../../lists/declared/transitionPlans';
import { createRecordMapper } from '../recordMapper';

/** Exit and transition plans ('Pathways Transition Plans'), kept in each pupil's folder; the steps and the reviews are JSON. */
export const transitionPlanMapper = createRecordMapper<TransitionPlan>({
  list: transitionPlansList,
  schema: transitionPlanSchema,
  title: (p) => `${p.destinationKind}${p.destinationName ? `: ${p.destinationName}` : ''} (${p.plannedOn})`,
  json: ['steps', 'reviews'],
  fields: {
    pupilId: 'PwPupil',
    destinationKind: 'PwDestinationKind',
    destinationName: 'PwDestinationName',
    plannedOn: 'PwPlannedOn',
    status: 'PwPlanStatus',
    reviewOn: 'PwReviewOn',
    steps: 'PwSteps',
    actionDueOn: 'PwActionDue',
    notes: 'PwNotes',
    createdBy: 'PwCreatedBy',
    completedOn: 'PwCompletedOn',
    madeOn: 'PwMadeOn',
    reviews: 'PwReviews',
  },
});
