/** The ten sessions of a school week, as columns of an attendance week item (Mon AM … Fri PM). */
export const WEEK_SESSION_FIELDS = [
  'PwMonAm',
  'PwMonPm',
  'PwTueAm',
  'PwTuePm',
  'PwWedAm',
  'PwWedPm',
  'PwThuAm',
  'PwThuPm',
  'PwFriAm',
  'PwFriPm',
] as const;
export type WeekSessionField = (typeof WEEK_SESSION_FIELDS)[number];
