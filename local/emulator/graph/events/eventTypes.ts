/** The emulator's stored form of an Outlook event (times as UTC instants plus the zone they were given in). */

export interface EmailAddress {
  name: string;
  address: string;
}

export type AttendeeType = 'required' | 'optional' | 'resource';

export interface StoredAttendee {
  type: AttendeeType;
  emailAddress: EmailAddress;
}

export interface ItemBody {
  contentType: 'html' | 'text';
  content: string;
}

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface StoredEvent {
  id: string;
  iCalUId: string;
  changeKey: string;
  ownerAadId: string;
  transactionId: string | null;
  organizer: EmailAddress;
  subject: string;
  body: ItemBody;
  /** ISO 8601 UTC instants. */
  start: string;
  end: string;
  startTimeZone: string;
  endTimeZone: string;
  isAllDay: boolean;
  attendees: StoredAttendee[];
  location: Record<string, unknown>;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl: string | null;
  conferenceId: string | null;
  /** The Teams meeting's chat (onlineMeeting chatInfo.threadId), made with the join URL. */
  chatThreadId?: string;
  /** GETs still to come before Graph has made the Teams link (TeamsLinkPolicy 'delayed'). */
  teamsLinkAfterGets?: number;
  allowNewTimeProposals: boolean;
  isCancelled: boolean;
  /** iCalendar SEQUENCE: 0 on creation, +1 for each update sent to attendees and for the cancellation. */
  sequence: number;
  showAs: ShowAs;
  importance: string;
  sensitivity: string;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  categories: string[];
  responseRequested: boolean;
  hideAttendees: boolean;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

/** A validated create/update payload: only the properties the caller sent. */
export interface EventPatch {
  subject?: string;
  body?: ItemBody;
  start?: { utc: Date; timeZone: string };
  end?: { utc: Date; timeZone: string };
  isAllDay?: boolean;
  attendees?: StoredAttendee[];
  location?: Record<string, unknown>;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  allowNewTimeProposals?: boolean;
  transactionId?: string;
  showAs?: ShowAs;
  importance?: string;
  sensitivity?: string;
  isReminderOn?: boolean;
  reminderMinutesBeforeStart?: number;
  categories?: string[];
  responseRequested?: boolean;
  hideAttendees?: boolean;
}
