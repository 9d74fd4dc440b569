import type { RetentionRule } from './types';

/**
 * The SEN file's retention (IRMS toolkit: the pupil's date of birth + 31 years), which the settings' `senFileYearsFromBirth`
 * can change. Every list that is part of the SEN file declares it with its own reason.
 */
export const senFileRetention = (basis: string): RetentionRule => ({
  from: 'date of birth',
  years: 31,
  settingKey: 'senFileYearsFromBirth',
  basis,
});
