import type { NeedCode, SenProvision } from '../vocabulary';

/**
 * Census warnings about SEN need codes that are not errors (facts sheet §7):
 *   - NSA ("SEN support but no specialist assessment") is widely taken to be valid only with provision K;
 *     this is unconfirmed ([U]), so an EHC plan pupil with NSA is warned about, not rejected.
 *   - A pupil with provision K or E is expected to have a primary need for the census.
 */
export interface SenNeedFields {
  senProvision: SenProvision;
  primaryNeed?: NeedCode;
  secondaryNeed?: NeedCode;
}

export interface SenNeedWarning {
  field: 'primaryNeed' | 'secondaryNeed';
  message: string;
}

export function senNeedWarnings(pupil: SenNeedFields): SenNeedWarning[] {
  const warnings: SenNeedWarning[] = [];
  if (pupil.senProvision !== 'K') {
    if (pupil.primaryNeed === 'NSA')
      warnings.push({ field: 'primaryNeed', message: 'NSA is normally used only with SEN support (K): check the census guidance' });
    if (pupil.secondaryNeed === 'NSA')
      warnings.push({ field: 'secondaryNeed', message: 'NSA is normally used only with SEN support (K): check the census guidance' });
  }
  if ((pupil.senProvision === 'K' || pupil.senProvision === 'E') && pupil.primaryNeed === undefined)
    warnings.push({ field: 'primaryNeed', message: 'The school census expects a primary need for a pupil with SEN support or an EHC plan' });
  return warnings;
}
