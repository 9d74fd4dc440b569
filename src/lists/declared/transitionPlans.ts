import { TRANSITION_DESTINATIONS, TRANSITION_PLAN_STATUSES } from '../../domain/vocabulary';
import { choice, clientKey, date, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const transitionPlansList: ListDefinition = {
  key: 'transitionPlans',
  title: 'Pathways Transition Plans',
  url: 'Lists/PwTransitionPlans',
  description:
    "Each pupil's exit plan (SEND policy: reintegration, transition to a specialist provision or a move to post-16): where and when the pupil goes, and the reintegration steps with who does each by when; read by the pupil's home school.",
  fields: [
    pupilLookup(),
    choice('PwDestinationKind', 'Destination', TRANSITION_DESTINATIONS, { required: true }),
    text('PwDestinationName', 'Setting'),
    date('PwPlannedOn', 'Planned for', { required: true }),
    choice('PwPlanStatus', 'Status', TRANSITION_PLAN_STATUSES, { required: true }),
    date('PwReviewOn', 'Review on'),
    note('PwSteps', 'Reintegration steps (JSON)'),
    text('PwActionDue', 'Next step or review due', { indexed: true, description: 'The earliest date a step or the review of an open plan is due (set by Pathways Hub).' }),
    note('PwNotes', 'Notes', { sensitive: true }),
    text('PwCreatedBy', 'Made by', { required: true }),
    date('PwCompletedOn', 'Moved on on'),
    date('PwMadeOn', 'Made on'),
    note('PwReviews', 'Reviews (JSON)'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: senFileRetention('Transition planning for a pupil with SEN is part of the SEN file: until the 31st birthday (IRMS toolkit).'),
};
