import { escapeText, foldLine, writeIcs, type IcsMeeting } from '../../../../local/emulator/graph/outbox/ics';
import { component, parseIcs, prop, unescapeText } from './support/icsParse';

const JOIN = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${'Q'.repeat(48)}%40thread.v2/0?context=%7b%22tid%22%3a%22x%22%7d`;

function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    method: 'REQUEST',
    uid: '040000008200E00074C5B7101A82E00800000000ABCDEF',
    sequence: 0,
    stamp: new Date('2025-03-01T09:00:00Z'),
    start: new Date('2025-06-10T09:30:00Z'), // 10:30 BST
    end: new Date('2025-06-10T10:30:00Z'),
    isAllDay: false,
    organizer: { name: 'Rowan Pike', address: 'rowan.pike@pathways.example.org' },
    attendees: [
      { name: 'Casey Lund', address: 'casey.lund@oakfield.example.sch.uk', type: 'required' },
      { name: 'Dana "DW" Whitlock', address: 'dana.whitlock@pathways.example.org', type: 'optional' },
    ],
    summary: 'PIP review; week 6, Year 9',
    description: 'Agenda:\n1. Attendance\n2. Targets — café visit, reintegration',
    location: 'Room 4, Pathways Centre',
    joinUrl: JOIN,
    ...overrides,
  };
}

describe('foldLine', () => {
  it('leaves short lines alone and folds long ones at 75 octets with a leading space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines[0].length).toBe(75);
    expect(lines[1].startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('never splits a multi-byte UTF-8 character', () => {
    const text = `SUMMARY:${'é'.repeat(100)}`;
    const lines = foldLine(text).split('\r\n');
    for (const l of lines) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(text);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('writeIcs', () => {
  it('writes a METHOD:REQUEST calendar with CRLF, folding, VTIMEZONE and a Teams link', () => {
    const text = writeIcs(meeting());
    const ics = parseIcs(text);
    expect(ics.physicalLines[0]).toBe('BEGIN:VCALENDAR');
    expect(prop(ics.properties, 'VERSION')?.value).toBe('2.0');
    expect(prop(ics.properties, 'METHOD')?.value).toBe('REQUEST');
    expect(ics.physicalLines.some((l) => l.startsWith(' '))).toBe(true); // the join URL is folded

    const tz = component(ics, 'VTIMEZONE');
    expect(prop(tz, 'TZID')?.value).toBe('Europe/London');
    expect(component(ics, 'DAYLIGHT').find((p) => p.name === 'RRULE')?.value).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');

    const ev = component(ics, 'VEVENT');
    expect(prop(ev, 'UID')?.value).toBe('040000008200E00074C5B7101A82E00800000000ABCDEF');
    expect(prop(ev, 'SEQUENCE')?.value).toBe('0');
    expect(prop(ev, 'DTSTAMP')?.value).toBe('20250301T090000Z');
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20250610T103000' });
    expect(prop(ev, 'DTEND')?.value).toBe('20250610T113000');
    expect(unescapeText(prop(ev, 'SUMMARY')?.value ?? '')).toBe('PIP review; week 6, Year 9');
    expect(unescapeText(prop(ev, 'DESCRIPTION')?.value ?? '')).toBe('Agenda:\n1. Attendance\n2. Targets — café visit, reintegration');
    expect(prop(ev, 'ORGANIZER')).toEqual({ name: 'ORGANIZER', params: { CN: 'Rowan Pike' }, value: 'mailto:rowan.pike@pathways.example.org' });
    const attendees = ev.filter((p) => p.name === 'ATTENDEE');
    expect(attendees.map((a) => a.value)).toEqual(['mailto:casey.lund@oakfield.example.sch.uk', 'mailto:dana.whitlock@pathways.example.org']);
    expect(attendees[0].params.ROLE).toBe('REQ-PARTICIPANT');
    expect(attendees[1].params).toMatchObject({ ROLE: 'OPT-PARTICIPANT', CN: 'Dana DW Whitlock', RSVP: 'TRUE' });
    expect(prop(ev, 'X-MICROSOFT-SKYPETEAMSMEETINGURL')?.value).toBe(JOIN);
    expect(prop(ev, 'URL')?.value).toBe(JOIN);
    expect(prop(ev, 'STATUS')?.value).toBe('CONFIRMED');
  });

  it('uses GMT wall time in winter', () => {
    const ev = component(parseIcs(writeIcs(meeting({ start: new Date('2025-01-15T14:00:00Z'), end: new Date('2025-01-15T15:00:00Z') }))), 'VEVENT');
    expect(prop(ev, 'DTSTART')?.value).toBe('20250115T140000');
  });

  it('writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = parseIcs(writeIcs(meeting({ method: 'CANCEL', sequence: 2, summary: 'Canceled: PIP review' })));
    expect(prop(ics.properties, 'METHOD')?.value).toBe('CANCEL');
    const ev = component(ics, 'VEVENT');
    expect(prop(ev, 'STATUS')?.value).toBe('CANCELLED');
    expect(prop(ev, 'SEQUENCE')?.value).toBe('2');
    expect(ev.find((p) => p.name === 'ATTENDEE')?.params.RSVP).toBeUndefined();
  });

  it('writes all-day events as DATE values', () => {
    const ev = component(
      parseIcs(writeIcs(meeting({ isAllDay: true, start: new Date('2025-06-09T23:00:00Z'), end: new Date('2025-06-10T23:00:00Z') }))),
      'VEVENT',
    );
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20250610' });
    expect(prop(ev, 'DTEND')?.value).toBe('20250611');
  });
});
