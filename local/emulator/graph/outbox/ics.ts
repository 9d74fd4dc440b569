/**
 * iCalendar (RFC 5545) writer for meeting requests and cancellations: CRLF line endings, lines folded at
 * 75 octets without splitting UTF-8 sequences, TEXT escaping, DTSTART/DTEND in Europe/London with its VTIMEZONE.
 */
import { wallTime } from '../timeZones';

export const ICS_TZID = 'Europe/London';

export interface IcsPerson {
  name: string;
  address: string;
}

export interface IcsMeeting {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  /** When the message was produced (DTSTAMP). */
  stamp: Date;
  created?: Date;
  start: Date;
  end: Date;
  isAllDay: boolean;
  organizer: IcsPerson;
  attendees: Array<IcsPerson & { type: 'required' | 'optional' | 'resource' }>;
  summary: string;
  description: string;
  location: string;
  joinUrl?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Folds one content line: no physical line longer than 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value: quoted, with characters a quoted-string cannot hold removed (RFC 5545 §3.1). */
function paramValue(value: string): string {
  const clean = Array.from(value)
    .filter((ch) => ch !== '"' && ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('');
  return `"${clean}"`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function londonLocal(date: Date): string {
  const w = wallTime(date, ICS_TZID);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function londonDate(date: Date): string {
  const w = wallTime(date, ICS_TZID);
  return `${w.year}${pad(w.month)}${pad(w.day)}`;
}

/** Europe/London: GMT in winter, BST (+01:00) from the last Sunday of March to the last Sunday of October. */
export const EUROPE_LONDON_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function attendeeLine(a: IcsMeeting['attendees'][number], method: IcsMeeting['method']): string {
  const role = a.type === 'optional' ? 'OPT-PARTICIPANT' : a.type === 'resource' ? 'NON-PARTICIPANT' : 'REQ-PARTICIPANT';
  const cutype = a.type === 'resource' ? 'RESOURCE' : 'INDIVIDUAL';
  const rsvp = method === 'REQUEST' ? ';RSVP=TRUE' : '';
  return `ATTENDEE;CUTYPE=${cutype};ROLE=${role};PARTSTAT=NEEDS-ACTION${rsvp};CN=${paramValue(a.name)}:mailto:${a.address}`;
}

/** The whole VCALENDAR text, CRLF-terminated. */
export function writeIcs(m: IcsMeeting): string {
  const cancelled = m.method === 'CANCEL';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Pathways Hub//Local Microsoft Graph emulator//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${m.method}`,
    ...EUROPE_LONDON_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${m.uid}`,
    `SEQUENCE:${m.sequence}`,
    `DTSTAMP:${utcStamp(m.stamp)}`,
  ];
  if (m.created) lines.push(`CREATED:${utcStamp(m.created)}`);
  if (m.isAllDay) {
    lines.push(`DTSTART;VALUE=DATE:${londonDate(m.start)}`, `DTEND;VALUE=DATE:${londonDate(m.end)}`);
  } else {
    lines.push(`DTSTART;TZID=${ICS_TZID}:${londonLocal(m.start)}`, `DTEND;TZID=${ICS_TZID}:${londonLocal(m.end)}`);
  }
  lines.push(
    `SUMMARY:${escapeText(m.summary)}`,
    `DESCRIPTION:${escapeText(m.description)}`,
  );
  if (m.location) lines.push(`LOCATION:${escapeText(m.location)}`);
  lines.push(`ORGANIZER;CN=${paramValue(m.organizer.name)}:mailto:${m.organizer.address}`);
  for (const a of m.attendees) lines.push(attendeeLine(a, m.method));
  if (m.joinUrl) lines.push(`URL:${m.joinUrl}`, `X-MICROSOFT-SKYPETEAMSMEETINGURL:${m.joinUrl}`);
  lines.push(
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `X-MICROSOFT-CDO-BUSYSTATUS:${cancelled ? 'FREE' : 'BUSY'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldLine).join(CRLF) + CRLF;
}
