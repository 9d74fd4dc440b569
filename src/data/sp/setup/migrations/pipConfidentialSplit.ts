/**
 * A PIP's risk assessment (medical, safeguarding, home, onsite, recommendations) and further information move from
 * the PIP item (which the home school reads while PIPs are shared) to Pathways PIP Confidential (the PRU's only): see
 * confidentialSplit.ts for how (copy, read back, then blank; resumable; never overwrites a newer value).
 */
import { MIGRATION_INFO } from './catalogue';
import { confidentialSplit } from './confidentialSplit';

export const pipConfidentialSplit = confidentialSplit({
  ...MIGRATION_INFO.pipConfidentialSplit,
  to: 'pipConfidential',
  one: 'PIP',
  many: 'PIPs',
  what: 'risk assessment and further information',
  where: 'on the PIP, which the home school reads when PIPs are shared',
  itemColumns: ['Title', 'PwPupilId'],
  name: (pip) => `${String(pip.Id)}${typeof pip.Title === 'string' && pip.Title !== '' ? ` (${pip.Title})` : ''}`,
  lookups: (pip) => ({ PwPupilId: Number(pip.PwPupilId), PwPipId: Number(pip.Id) }),
});
