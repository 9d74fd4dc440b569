/** Validates an event create/PATCH body the way Graph does (unknown properties, enums, times, attendees). */
import { isRecord } from '../json';
import { toUtc, resolveZone } from '../timeZones';
import type { AttendeeType, EventPatch, ItemBody, ShowAs, StoredAttendee } from './eventTypes';

export type InputResult = { ok: true; patch: EventPatch } | { ok: false; code: string; message: string };

/** Properties Graph accepts in a request but that the server sets itself (silently ignored, as Graph does). */
const IGNORED = new Set([
  'id', 'icaluid', 'organizer', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'webLink', 'onlineMeeting',
  'isOrganizer', 'responseStatus', 'type', 'seriesMasterId', 'bodyPreview', 'hasAttachments', 'originalStartTimeZone',
  'originalEndTimeZone', 'isCancelled', 'occurrenceId', 'onlineMeetingUrl', 'isDraft',
].map((k) => k.toLowerCase()));

const ENUMS: Record<string, { type: string; values: readonly string[] }> = {
  onlineMeetingProvider: { type: 'OnlineMeetingProviderType', values: ['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'] },
  showAs: { type: 'FreeBusyStatus', values: ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] },
  importance: { type: 'Importance', values: ['low', 'normal', 'high'] },
  sensitivity: { type: 'Sensitivity', values: ['normal', 'personal', 'private', 'confidential'] },
};

const EMAIL = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

type Step = { ok: true } | { ok: false; code: string; message: string };
const OK: Step = { ok: true };

function invalid(message: string, code = 'ErrorInvalidRequest'): Step {
  return { ok: false, code, message };
}

function typeError(prop: string, expected: string): Step {
  return invalid(`Cannot convert the value of property '${prop}' to the expected type '${expected}'.`, 'RequestBodyRead');
}

function readTime(prop: 'start' | 'end', value: unknown, patch: EventPatch): Step {
  if (!isRecord(value)) return typeError(prop, 'Microsoft.OutlookServices.DateTimeTimeZone');
  const { dateTime, timeZone } = value;
  if (typeof timeZone !== 'string' || !resolveZone(timeZone)) {
    return invalid(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${typeof timeZone === 'string' ? timeZone : ''}'.`,
      'TimeZoneNotSupportedException',
    );
  }
  const utc = typeof dateTime === 'string' ? toUtc(dateTime, timeZone) : undefined;
  if (!utc) return invalid(`The value of ${prop}.dateTime is not a valid date and time: '${String(dateTime)}'.`, 'ErrorInvalidRequest');
  patch[prop] = { utc, timeZone };
  return OK;
}

function readBody(value: unknown, patch: EventPatch): Step {
  if (!isRecord(value)) return typeError('body', 'Microsoft.OutlookServices.ItemBody');
  const type = typeof value.contentType === 'string' ? value.contentType.toLowerCase() : 'text';
  if (type !== 'html' && type !== 'text') return typeError('body.contentType', 'Microsoft.OutlookServices.BodyType');
  const content = value.content ?? '';
  if (typeof content !== 'string') return typeError('body.content', 'Edm.String');
  const body: ItemBody = { contentType: type, content };
  patch.body = body;
  return OK;
}

function readAttendees(value: unknown, patch: EventPatch): Step {
  if (!Array.isArray(value)) return typeError('attendees', 'Collection(Microsoft.OutlookServices.Attendee)');
  const seen = new Set<string>();
  const attendees: StoredAttendee[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isRecord(item.emailAddress)) return typeError('attendees', 'Microsoft.OutlookServices.Attendee');
    const address = item.emailAddress.address;
    if (typeof address !== 'string' || !isEmailAddress(address.trim())) {
      return invalid(`The attendee address '${String(address)}' is not a valid SMTP address.`, 'ErrorInvalidRecipients');
    }
    const rawType = item.type ?? 'required';
    if (rawType !== 'required' && rawType !== 'optional' && rawType !== 'resource') {
      return typeError('attendees.type', 'Microsoft.OutlookServices.AttendeeType');
    }
    const type: AttendeeType = rawType;
    const key = address.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const name = typeof item.emailAddress.name === 'string' && item.emailAddress.name ? item.emailAddress.name : address.trim();
    attendees.push({ type, emailAddress: { name, address: address.trim() } });
  }
  patch.attendees = attendees;
  return OK;
}

function readEnum(prop: keyof typeof ENUMS, value: unknown, patch: EventPatch): Step {
  const spec = ENUMS[prop];
  if (typeof value !== 'string' || !spec.values.includes(value)) {
    return invalid(`Cannot convert the literal '${String(value)}' to the expected type 'Microsoft.OutlookServices.${spec.type}'.`, 'RequestBodyRead');
  }
  if (prop === 'showAs') patch.showAs = value as ShowAs;
  else if (prop === 'onlineMeetingProvider') patch.onlineMeetingProvider = value;
  else if (prop === 'importance') patch.importance = value;
  else patch.sensitivity = value;
  return OK;
}

function readBoolean(
  prop: 'isAllDay' | 'isOnlineMeeting' | 'allowNewTimeProposals' | 'isReminderOn' | 'responseRequested' | 'hideAttendees',
  value: unknown,
  patch: EventPatch,
): Step {
  if (typeof value !== 'boolean') return typeError(prop, 'Edm.Boolean');
  patch[prop] = value;
  return OK;
}

function readProperty(key: string, value: unknown, patch: EventPatch): Step {
  switch (key) {
    case 'subject':
      if (value !== null && typeof value !== 'string') return typeError(key, 'Edm.String');
      patch.subject = value ?? '';
      return OK;
    case 'body':
      return readBody(value, patch);
    case 'start':
    case 'end':
      return readTime(key, value, patch);
    case 'attendees':
      return readAttendees(value, patch);
    case 'location':
      if (!isRecord(value)) return typeError(key, 'Microsoft.OutlookServices.Location');
      patch.location = { ...value };
      return OK;
    case 'locations':
      return OK;
    case 'isAllDay':
    case 'isOnlineMeeting':
    case 'allowNewTimeProposals':
    case 'isReminderOn':
    case 'responseRequested':
    case 'hideAttendees':
      return readBoolean(key, value, patch);
    case 'onlineMeetingProvider':
    case 'showAs':
    case 'importance':
    case 'sensitivity':
      return readEnum(key, value, patch);
    case 'transactionId':
      if (typeof value !== 'string') return typeError(key, 'Edm.String');
      patch.transactionId = value;
      return OK;
    case 'reminderMinutesBeforeStart':
      if (typeof value !== 'number' || !Number.isInteger(value)) return typeError(key, 'Edm.Int32');
      patch.reminderMinutesBeforeStart = value;
      return OK;
    case 'categories':
      if (!Array.isArray(value) || !value.every((c) => typeof c === 'string')) return typeError(key, 'Collection(Edm.String)');
      patch.categories = value.map(String);
      return OK;
    case 'recurrence':
      return value === null ? OK : invalid('Recurring events are not supported by the local Graph emulator.', 'ErrorInvalidRequest');
    default:
      if (key.includes('@odata') || key.startsWith('@') || IGNORED.has(key.toLowerCase())) return OK;
      return invalid(
        `The property '${key}' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        'RequestBodyRead',
      );
  }
}

function isMidnight(date: Date, timeZone: string): boolean {
  const zone = resolveZone(timeZone) ?? 'UTC';
  const text = date.toLocaleTimeString('en-GB', { timeZone: zone, hourCycle: 'h23' });
  return text === '00:00:00';
}

/** Parses and validates a body; `create` additionally requires start and end. */
export function parseEventInput(raw: Record<string, unknown>, mode: 'create' | 'update'): InputResult {
  const patch: EventPatch = {};
  for (const [key, value] of Object.entries(raw)) {
    const step = readProperty(key, value, patch);
    if (!step.ok) return step;
  }
  if (mode === 'create' && (!patch.start || !patch.end)) {
    return { ok: false, code: 'ErrorInvalidRequest', message: 'Your request can\'t be completed. The start and end times of the event are required.' };
  }
  return { ok: true, patch };
}

/** Checks the merged start/end (after applying a patch to an existing event). */
export function validateTimes(start: Date, end: Date, startZone: string, endZone: string, isAllDay: boolean): InputResult | undefined {
  if (end.getTime() < start.getTime()) {
    return { ok: false, code: 'ErrorInvalidRequest', message: 'The end time of the event must be later than its start time.' };
  }
  if (isAllDay && (!isMidnight(start, startZone) || !isMidnight(end, endZone) || end.getTime() === start.getTime())) {
    return {
      ok: false,
      code: 'ErrorInvalidRequest',
      message: 'Your request can\'t be completed. All-day events must start and end at midnight and last at least one day.',
    };
  }
  return undefined;
}
