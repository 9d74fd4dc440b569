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

/**
 * The pupil record's retention (IRMS toolkit: until the pupil's 25th birthday), which the settings'
 * `pupilRecordYearsFromBirth` can change. Every list that is part of the pupil record declares it with its own reason.
 */
export const pupilRecordRetention = (basis: string): RetentionRule => ({
  from: 'date of birth',
  years: 25,
  settingKey: 'pupilRecordYearsFromBirth',
  basis,
});
