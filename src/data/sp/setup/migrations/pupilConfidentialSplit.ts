/**
 * The pupil's safeguarding, health and family contact columns move from the pupil item (which the home school reads)
 * to Pathways Pupil Confidential (the PRU's only): see confidentialSplit.ts for how (copy, read back, then blank;
 * resumable; never overwrites a newer value).
 */
import { MIGRATION_INFO } from './catalogue';
import { confidentialSplit } from './confidentialSplit';

export const pupilConfidentialSplit = confidentialSplit({
  ...MIGRATION_INFO.pupilConfidentialSplit,
  to: 'pupilConfidential',
  one: 'pupil',
  many: 'pupils',
  what: 'confidential details',
  where: 'on the pupil record, which their home school reads',
  itemColumns: ['PwPupilRef'],
  name: (pupil) => String(pupil.PwPupilRef ?? pupil.Id),
  lookups: (pupil) => ({ PwPupilId: Number(pupil.Id) }),
});
