/** What the emulator "sent": meeting invitations, updates, cancellations and plain mail. */

/** 'guest-invitation': Microsoft's B2B invitation e-mail (POST /invitations with sendInvitationMessage). */
export type OutboxKind = 'invite' | 'invite-update' | 'cancellation' | 'mail' | 'guest-invitation';

export interface OutboxPerson {
  name: string;
  address: string;
}

/** What an .ics needs beyond the listing fields (kept with invitation records). */
export interface MeetingSnapshot {
  uid: string;
  sequence: number;
  organizer: OutboxPerson;
  attendees: Array<OutboxPerson & { type: 'required' | 'optional' | 'resource' }>;
  location: string;
  /** Plain-text description for the DESCRIPTION property. */
  description: string;
  createdDateTime: string;
  isAllDay: boolean;
}

/** A record as the outbox API lists it (newest first). */
export interface OutboxRecord {
  id: number;
  kind: OutboxKind;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  bodyPreview: string;
  body: string;
  bodyContentType: 'html' | 'text';
  /** ISO 8601 UTC instants, for invitations and cancellations. */
  start?: string;
  end?: string;
  joinUrl?: string;
  eventId?: string;
  iCalUId?: string;
  sequence?: number;
  /** sendMail attachments (name, type and decoded size only). */
  attachments?: Array<{ name: string; contentType: string; size: number }>;
  /** Absolute URL of the record's .ics (invitations and cancellations only). */
  icsUrl?: string;
  sentAt: string;
}

/** What callers hand to the store (id, sentAt and icsUrl are assigned by it). */
export type OutboxEntry = Omit<OutboxRecord, 'id' | 'sentAt' | 'icsUrl'> & { meeting?: MeetingSnapshot };
