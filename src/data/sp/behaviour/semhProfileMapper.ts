import { semhProfileSchema, type SemhProfile } from '../../../domain';
import { semhProfilesList } from '../../../lists/declared/semhProfiles';
import { createRecordMapper } from '../recordMapper';

// Its own file, beside behaviourMappers.ts: reading the behaviour log (Today, a pupil's record) loads neither the
// SEMH profiles' list nor their rules.

/** 6-week SEMH focus profiles ('Pathways SEMH Focus Profiles'), kept in each pupil's folder. */
export const semhProfileMapper = createRecordMapper<SemhProfile>({
  list: semhProfilesList,
  schema: semhProfileSchema,
  title: (p) => `SEMH focus from ${p.startsOn}`,
  json: ['focus'],
  fields: {
    pupilId: 'PwPupil',
    group: 'PwGroup',
    startsOn: 'PwStartsOn',
    reviewDueOn: 'PwReviewDue',
    focus: 'PwFocus',
    pupilViews: 'PwPupilViews',
    createdBy: 'PwCreatedBy',
    reviewedOn: 'PwReviewedOn',
    reviewedBy: 'PwReviewedBy',
    nextStep: 'PwNextStep',
    reviewNotes: 'PwReviewNotes',
  },
});
