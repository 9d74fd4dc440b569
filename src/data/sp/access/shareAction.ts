/** The action on a pupil's record that shares it with the home school again (named in messages that send staff there). */
export const SHARE_ACTION = 'Share with home school';
