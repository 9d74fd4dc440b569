import * as React from 'react';
import { onDemand } from './onDemand';
import type { RecordProblemsProps } from './RecordProblems';

const Loaded = onDemand('Loading the records that could not be read…', () =>
  import(/* webpackChunkName: 'record-problems' */ './RecordProblems').then((m) => m.RecordProblems),
);

/**
 * RecordProblems for a first screen that rarely has any to show: its code (its own chunk) loads only when some stored
 * record could not be read; otherwise nothing is shown and nothing is loaded, as RecordProblems itself shows nothing.
 */
export const RecordProblemsWhenAny: React.FC<RecordProblemsProps> = (props) => (props.problems && props.problems.length > 0 ? <Loaded {...props} /> : null);
