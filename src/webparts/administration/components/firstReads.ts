import * as React from 'react';
import type { ISettingsRepository, Saved } from '../../../data/ports';
import type { SchoolSettings } from '../../../domain';

/**
 * Administration's first screen reads the settings afresh for the editor; it is asked beside the two permission
 * checks that decide which tab shows (one round trip after finding the site; it was two: the checks, then the
 * settings once the editor opened). Handed once, within FIRST_SETTINGS_MAX_AGE_MS, to the first editor that asks:
 * "Try again", a reload after a save or a conflict, or an editor opened later reads afresh. For someone who may not
 * change the settings the read goes unused (a single small item).
 */
export type FirstSettings = () => Promise<Saved<SchoolSettings> | SchoolSettings> | undefined;

/** How long the early read may wait to be used: later, what others saved meanwhile must be read. */
export const FIRST_SETTINGS_MAX_AGE_MS = 60_000;

/** Starts the settings' fresh read. `clock`: ms, for its age. */
export function startFirstSettings(settings: Pick<ISettingsRepository, 'get'>, clock: () => number = Date.now): FirstSettings {
  const at = clock();
  let read: Promise<Saved<SchoolSettings> | SchoolSettings> | undefined = settings.get({ fresh: true });
  // A failure shows where the read is used; meanwhile it must not be reported as unhandled.
  read.catch(() => undefined);
  return () => {
    const handed = read;
    read = undefined;
    return clock() - at <= FIRST_SETTINGS_MAX_AGE_MS ? handed : undefined;
  };
}

/** The early settings read, for the editor below Administration (none: it reads for itself). */
export const FirstSettingsContext = React.createContext<FirstSettings | undefined>(undefined);
