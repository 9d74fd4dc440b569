/**
 * The site's regional settings, declared once (setup applies them; the PnP template carries them):
 * en-GB, London time, Monday-first week, 24-hour clock, school working day.
 */
export const REGIONAL_SETTINGS = {
  /** English (United Kingdom). */
  localeId: 2057,
  /** SharePoint time zone 2: "(UTC) Dublin, Edinburgh, Lisbon, London" (observes British Summer Time). */
  timeZone: 2,
  calendarType: 'Gregorian',
  /** SharePoint's CalendarType number for Gregorian. */
  calendarTypeId: 1,
  firstDayOfWeek: 'Monday',
  /** SharePoint's FirstDayOfWeek number (Sunday = 0). */
  firstDayOfWeekId: 1,
  /** 0: the first week of the year starts on 1 January. */
  firstWeekOfYear: 0,
  time24: true,
  showWeeks: false,
  /** Bit mask, Sunday = 64 … Saturday = 1: 62 is Monday to Friday. */
  workDays: 62,
  workDayStartHour: '8:00AM',
  workDayEndHour: '5:00PM',
  /** Minutes after midnight (SharePoint's WorkDayStartHour / WorkDayEndHour as REST writes them). */
  workDayStartMinutes: 480,
  workDayEndMinutes: 1020,
} as const;
