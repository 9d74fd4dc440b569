/**
 * The pupil's safeguarding, health and family contact columns move from the pupil item (which the home school reads)
 * to Pathways Pupil Confidential (the PRU's only): see confidentialSplit.ts for how (copy, read back, then blank;
 * resumable; never overwrites a newer value).
 */
import { confidentialSplit } from './confidentialSplit';

export const pupilConfidentialSplit = confidentialSplit({
  id: 'v2-pupil-confidential-split',
  description: 'Moving each pupil’s safeguarding, health and family contact details to a list their home school cannot read',
  to: 'pupilConfidential',
  one: 'pupil',
  many: 'pupils',
  what: 'confidential details',
  where: 'on the pupil record, which their home school reads',
  itemColumns: ['PwPupilRef'],
  name: (pupil) => String(pupil.PwPupilRef ?? pupil.Id),
  lookups: (pupil) => ({ PwPupilId: Number(pupil.Id) }),
});
