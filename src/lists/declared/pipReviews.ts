import { CONTACT_METHODS, PIP_REVIEW_DECISIONS } from '../../domain/vocabulary';
import { choice, clientKey, date, lookup, note, number, pupilLookup } from '../fieldBuilders';
import { signOff } from './columns';
import type { ListDefinition } from '../types';

export const pipReviewsList: ListDefinition = {
  key: 'pipReviews',
  title: 'Pathways PIP Reviews',
  url: 'Lists/PwPipReviews',
  description: 'Six-weekly PIP reviews: Appendix 4.',
  fields: [
    pupilLookup(),
    lookup('PwPip', 'PIP', 'pips', { required: true, indexed: true }),
    date('PwReviewDate', 'Review date', { required: true }),
    note('PwTargetOutcomes', 'Target outcomes (JSON)'),
    date('PwWeekCommencing', 'Week commencing'),
    note('PwTimetable', 'Timetable (JSON)'),
    number('PwTotalHours', 'Total hours'),
    note('PwMeetingNotes', 'Meeting notes', { sensitive: true }),
    choice('PwContactMethod', 'Method of contact', CONTACT_METHODS),
    ...signOff('Staff', 'Staff'),
    ...signOff('Parent', 'Parent/carer'),
    ...signOff('Student', 'Student'),
    choice('PwDecision', 'Decision', PIP_REVIEW_DECISIONS, { required: true }),
    date('PwNewEndDate', 'New end date'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
};
