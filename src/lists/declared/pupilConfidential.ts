import { boolean, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const pupilConfidentialList: ListDefinition = {
  key: 'pupilConfidential',
  title: 'Pathways Pupil Confidential',
  url: 'Lists/PwPupilConfidential',
  description:
    'The parts of a pupil’s record never shared with the home school (docs/sharing.md): safeguarding (CP, CIN, LAC, social worker), youth offending, health, other agencies, and the parents’, carers’ and emergency contacts’ details. One item per pupil.',
  fields: [
    pupilLookup(),
    text('PwPupilKey', 'Pupil item id', {
      required: true,
      indexed: true,
      unique: true,
      maxLength: 12,
      description: 'The pupil’s item id in Pathways Pupils: at most one confidential item per pupil.',
    }),
    boolean('PwLac', 'Looked after (LAC)', { sensitive: true }),
    boolean('PwCin', 'Child in need (CIN)', { sensitive: true }),
    boolean('PwCp', 'Child protection (CP)', { sensitive: true }),
    boolean('PwYos', 'Youth offending service (YOS)', { sensitive: true }),
    boolean('PwMedical', 'Medical needs', { sensitive: true }),
    note('PwOtherAgencies', 'Other agencies involved', { sensitive: true }),
    text('PwParentName', 'Parent/carer name'),
    note('PwParentAddress', 'Parent/carer address'),
    text('PwParentEmail', 'Parent/carer e-mail'),
    text('PwParentPhone', 'Parent/carer phone'),
    text('PwLacLocalAuthority', 'Looked after by (local authority)', { sensitive: true }),
    text('PwSocialWorkerName', 'Social worker', { sensitive: true }),
    text('PwSocialWorkerPhone', 'Social worker phone', { sensitive: true }),
    text('PwSocialWorkerEmail', 'Social worker e-mail', { sensitive: true }),
    note('PwAgencyContacts', 'Agency workers (JSON)', {
      sensitive: true,
      description: 'Other agencies and their named workers: agency, worker, role, phone, e-mail.',
    }),
    text('PwParentRelationship', 'Parent/carer relationship'),
    boolean('PwParentResponsibility', 'Parent/carer has parental responsibility'),
    note('PwOtherCarers', 'Other parents/carers (JSON)', {
      sensitive: true,
      description: 'Further parents and carers: name, relationship, parental responsibility, phone, e-mail, address.',
    }),
    note('PwEmergencyContacts', 'Emergency contacts (JSON)', {
      description: 'Rung in order when the parents cannot be reached: name, relationship, phone, other phone.',
    }),
    text('PwHealthCarePlanRef', 'Individual healthcare plan (reference)', { sensitive: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 100 },
  security: 'staff-only',
  confidentialPartOf: { list: 'pupils', lookup: 'PwPupil', key: 'PwPupilKey' },
  retention: pupilRecordRetention('Part of the pupil record: until the 25th birthday (IRMS toolkit).'),
};
