import { validateSettings, type SchoolSettings } from '../../domain';
import { SettingsValidationError } from './SettingsValidationError';

/**
 * The settings checked before they are saved (validateSettings: each value, the rules between values, the whole
 * calendar). Its own chunk, loaded by the save: the calendar rules are read by no first screen.
 */
export function checkSettings(settings: SchoolSettings): SchoolSettings {
  const check = validateSettings(settings);
  if (!check.ok) throw new SettingsValidationError(check.issues);
  return check.value;
}
