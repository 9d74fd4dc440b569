import * as React from 'react';
import type { Pupil } from '../../../domain';
import type { ReadResult, Saved } from '../../../data/ports';

/** How long the early read is used: a section opened later (another period after a minute) reads afresh. */
export const EARLY_PUPILS_MAX_AGE_MS = 60_000;

export type PupilsRead = Promise<ReadResult<Saved<Pupil>>>;

/**
 * The pupils, read by Reports beside the settings and the rights check: both sections start from them (the leaders'
 * report picks the period's pupils, whose support plans, targets and assessments it reads with its other records;
 * the progress reports list them), so their records go in the next round trip, all at once, and the list is read
 * once for both. Handed to whoever asks within EARLY_PUPILS_MAX_AGE_MS; after that, or without it, each reads its own.
 */
export function earlyPupilsRead(read: PupilsRead, clock: () => number = Date.now): () => PupilsRead | undefined {
  const at = clock();
  read.catch(() => undefined); // a failure shows where the pupils are used
  return () => (clock() - at <= EARLY_PUPILS_MAX_AGE_MS ? read : undefined);
}

export const ReportsPupilsContext = React.createContext<(() => PupilsRead | undefined) | undefined>(undefined);
