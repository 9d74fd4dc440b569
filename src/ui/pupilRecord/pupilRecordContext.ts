import * as React from 'react';

/**
 * How a pupil's name opens their record (issue 11): the nearest PupilRecordHost says how, through this context.
 * `undefined`: no host (the name is plain text); `open` undefined: inside the record itself (a name there would open
 * the record already shown, so it is plain text too).
 */
export interface PupilRecordOpener {
  readonly open: ((pupilId: number, from: HTMLElement | null) => void) | undefined;
}

export const PupilRecordContext = React.createContext<PupilRecordOpener | undefined>(undefined);

/** Inside an open record: names are plain text. */
export const INSIDE_RECORD: PupilRecordOpener = { open: undefined };

/** The attribute each name link carries, so that focus can find it again when the record closes. */
export const PUPIL_LINK_ATTRIBUTE = 'data-pupil-link';
