import { z } from 'zod';
import { NEED_CODES, SEN_PROVISION_CODES, type NeedCode, type SenProvision } from '../vocabulary';

/**
 * School census SEN codes (facts sheet §7) with messages that name what was wrong: an unknown code is reported as
 * such ("'BESD' is not a census need code …"), not as a missing choice. Legacy codes get their replacement.
 */
const LEGACY: Readonly<Record<string, string>> = {
  BESD: 'BESD was replaced by SEMH in 2014/15',
  S: 'S (statement) was replaced by E (EHC plan) by April 2018',
  A: 'A (School Action) was replaced by K (SEN support) in 2014/15',
  P: 'P (School Action Plus) was replaced by K (SEN support) in 2014/15',
};

const unknownCode = (value: unknown, kind: string, known: readonly string[]): string | undefined => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const legacy = LEGACY[value.trim().toUpperCase()];
  return `'${value}' is not a census ${kind} code${legacy ? ` (${legacy})` : ''}: use one of ${known.join(', ')}`;
};

export function isNeedCode(value: unknown): value is NeedCode {
  return typeof value === 'string' && (NEED_CODES as readonly string[]).includes(value);
}

export function isSenProvisionCode(value: unknown): value is SenProvision {
  return typeof value === 'string' && (SEN_PROVISION_CODES as readonly string[]).includes(value);
}

/** Message for a need code that is not a census code, or undefined when it is one (or blank). */
export function unknownNeedMessage(value: unknown): string | undefined {
  return isNeedCode(value) ? undefined : unknownCode(value, 'need', NEED_CODES);
}

export function unknownProvisionMessage(value: unknown): string | undefined {
  return isSenProvisionCode(value) ? undefined : unknownCode(value, 'SEN provision', SEN_PROVISION_CODES);
}

/** A census need code; `what` names the field when it is missing ('the primary need'). */
export const needCodeSchema = (what: string) =>
  z.enum(NEED_CODES, { errorMap: (_issue, ctx) => ({ message: unknownNeedMessage(ctx.data) ?? `Choose ${what}` }) });

export const senProvisionCodeSchema = (what: string) =>
  z.enum(SEN_PROVISION_CODES, { errorMap: (_issue, ctx) => ({ message: unknownProvisionMessage(ctx.data) ?? `Choose ${what}` }) });
