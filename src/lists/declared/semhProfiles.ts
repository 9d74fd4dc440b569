import { SEMH_NEXT_STEPS } from '../../domain/vocabulary';
import { choice, clientKey, date, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const semhProfilesList: ListDefinition = {
  key: 'semhProfiles',
  title: 'Pathways SEMH Focus Profiles',
  url: 'Lists/PwSemhProfiles',
  description:
    "A group learner's own profile of SEMH needs to focus on over a 6-week period (SEND policy), with how staff support each need, and its review.",
  fields: [
    pupilLookup(),
    text('PwGroup', 'Group'),
    date('PwStartsOn', 'Starts on', { required: true }),
    text('PwReviewDue', 'Review due', { required: true, indexed: true }),
    note('PwFocus', 'Needs to focus on (JSON)', { required: true }),
    note('PwPupilViews', "The pupil's views", { sensitive: true }),
    text('PwCreatedBy', 'Made by', { required: true }),
    date('PwReviewedOn', 'Reviewed on'),
    text('PwReviewedBy', 'Reviewed by'),
    choice('PwNextStep', 'Next step', SEMH_NEXT_STEPS),
    note('PwReviewNotes', 'Review notes', { sensitive: true }),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: senFileRetention('SEMH support plans are part of the SEN file: until the 31st birthday (IRMS toolkit).'),
};
