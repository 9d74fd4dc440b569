/**
 * The confidential part of a pupil's record, stored apart from the pupil item (docs/sharing.md): SharePoint has no
 * column-level security, so a field the home school must not read cannot live on the pupil item it reads. Pathways
 * Pupil Confidential has one item per pupil (PwPupilKey, unique: the pupil's item id) and is never shared with a
 * home school (security 'staff-only': the PRU's groups only). The columns keep the internal names they had on the
 * pupil item, so the upgrade that moves them (migrations/pupilConfidentialSplit.ts) maps column to column.
 */
import { z } from 'zod';
import { itemIdSchema, pupilSchema, type Pupil } from '../../../domain';
import { pupilConfidentialList } from '../../../lists/declared/pupilConfidential';
import { createRecordMapper, type FieldMap } from '../recordMapper';

/** Each confidential property of a Pupil and its column (the same internal name it had on the pupil item). */
export const CONFIDENTIAL_PUPIL_FIELDS = {
  lac: 'PwLac',
  cin: 'PwCin',
  cp: 'PwCp',
  yos: 'PwYos',
  medical: 'PwMedical',
  otherAgencies: 'PwOtherAgencies',
  parentName: 'PwParentName',
  parentAddress: 'PwParentAddress',
  parentEmail: 'PwParentEmail',
  parentPhone: 'PwParentPhone',
  lacLocalAuthority: 'PwLacLocalAuthority',
  socialWorkerName: 'PwSocialWorkerName',
  socialWorkerPhone: 'PwSocialWorkerPhone',
  socialWorkerEmail: 'PwSocialWorkerEmail',
  agencyContacts: 'PwAgencyContacts',
  parentRelationship: 'PwParentRelationship',
  parentHasResponsibility: 'PwParentResponsibility',
  otherCarers: 'PwOtherCarers',
  emergencyContacts: 'PwEmergencyContacts',
  healthCarePlanRef: 'PwHealthCarePlanRef',
} as const satisfies FieldMap<Pupil>;

export type ConfidentialKey = keyof typeof CONFIDENTIAL_PUPIL_FIELDS;
export const CONFIDENTIAL_KEYS = Object.keys(CONFIDENTIAL_PUPIL_FIELDS) as ConfidentialKey[];
/** The confidential part of a Pupil. */
export type PupilConfidential = Pick<Pupil, ConfidentialKey>;

/** One item of Pathways Pupil Confidential: the pupil it belongs to and the confidential part of their record. */
export interface ConfidentialRecord extends PupilConfidential {
  readonly pupilId: number;
  readonly pupilKey: string;
}

const pick = Object.fromEntries(CONFIDENTIAL_KEYS.map((k) => [k, true])) as { [K in ConfidentialKey]: true };
const confidentialSchema = pupilSchema
  .innerType()
  .pick(pick)
  .extend({ pupilId: itemIdSchema, pupilKey: z.string().min(1) });

export const pupilConfidentialMapper = createRecordMapper<ConfidentialRecord>({
  list: pupilConfidentialList,
  schema: confidentialSchema as unknown as z.ZodType<ConfidentialRecord, z.ZodTypeDef, unknown>,
  json: ['otherCarers', 'emergencyContacts', 'agencyContacts'],
  fields: { pupilId: 'PwPupil', pupilKey: 'PwPupilKey', ...CONFIDENTIAL_PUPIL_FIELDS },
});

/** The confidential part of a pupil (undefined properties stay undefined). */
export function confidentialOf(pupil: PupilConfidential): PupilConfidential {
  return Object.fromEntries(CONFIDENTIAL_KEYS.map((k) => [k, pupil[k]])) as PupilConfidential;
}

/** The pupil item's key in Pathways Pupil Confidential. */
export { confidentialKey as confidentialKeyOf } from '../confidential/confidentialKey';
