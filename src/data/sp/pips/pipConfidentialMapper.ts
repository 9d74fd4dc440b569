/**
 * The confidential part of a PIP, stored apart from the PIP item (docs/sharing.md): the risk assessment (Appendix 1:
 * medical needs, safeguarding concerns, home environment and onsite working risks, overall recommendations) and the
 * further information on why the pupil is placed on the plan. The PIP item is shared with the home school when the
 * PRU switches PIPs on; SharePoint has no column-level security, so these cannot live on it. Pathways PIP Confidential
 * has one item per PIP (PwPipKey, unique: the PIP's item id) and is never shared with a home school. The columns keep
 * the internal names they had on the PIP item, so the upgrade that moves them (migrations/confidentialSplit.ts) maps
 * column to column.
 */
import { z } from 'zod';
import { itemIdSchema, pipSchema, type Pip } from '../../../domain';
import { pipConfidentialList } from '../../../lists/declared/pipConfidential';
import { createRecordMapper, type FieldMap } from '../recordMapper';
import { confidentialKey } from '../confidential/confidentialKey';

/** Each confidential property of a Pip and its column (the same internal name it had on the PIP item). */
export const CONFIDENTIAL_PIP_FIELDS = {
  furtherInfo: 'PwFurtherInfo',
  riskMedical: 'PwRiskMedical',
  riskSafeguarding: 'PwRiskSafeguarding',
  riskHome: 'PwRiskHome',
  riskOnsite: 'PwRiskOnsite',
  riskRecommendations: 'PwRiskRecommendations',
} as const satisfies FieldMap<Pip>;

type ConfidentialPipKey = keyof typeof CONFIDENTIAL_PIP_FIELDS;
const KEYS = Object.keys(CONFIDENTIAL_PIP_FIELDS) as ConfidentialPipKey[];
/** The confidential part of a Pip. */
export type PipConfidential = Pick<Pip, ConfidentialPipKey>;

/** One item of Pathways PIP Confidential: the PIP (and its pupil) it belongs to and the PIP's confidential part. */
export interface PipConfidentialRecord extends PipConfidential {
  readonly pupilId: number;
  readonly pipId: number;
  readonly pipKey: string;
}

const pick = Object.fromEntries(KEYS.map((k) => [k, true])) as { [K in ConfidentialPipKey]: true };
const schema = pipSchema.innerType().pick(pick).extend({ pupilId: itemIdSchema, pipId: itemIdSchema, pipKey: z.string().min(1) });

export const pipConfidentialMapper = createRecordMapper<PipConfidentialRecord>({
  list: pipConfidentialList,
  schema: schema as unknown as z.ZodType<PipConfidentialRecord, z.ZodTypeDef, unknown>,
  fields: { pupilId: 'PwPupil', pipId: 'PwPip', pipKey: 'PwPipKey', ...CONFIDENTIAL_PIP_FIELDS },
});

/** The confidential part of a PIP (undefined properties stay undefined). */
export function pipConfidentialOf(pip: PipConfidential): PipConfidential {
  return Object.fromEntries(KEYS.map((k) => [k, pip[k]])) as PipConfidential;
}

/** The PIP's confidential record: its part and the keys that tie it to the PIP. */
export const pipConfidentialRecord = (pipId: number, pupilId: number, part: PipConfidential): PipConfidentialRecord => ({
  ...pipConfidentialOf(part),
  pupilId,
  pipId,
  pipKey: confidentialKey(pipId),
});
