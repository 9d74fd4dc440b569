import { createLocalGraphClient } from '../../../../local/graphClient';
import { PARENT_EMAIL, PEOPLE, startHarness, type Harness } from './support/harness';
import { component, parseIcs, prop, unescapeText } from './support/icsParse';
import { clearOutbox, outbox } from './support/outboxApi';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => clearOutbox(h));

async function ics(id: number): Promise<{ text: string; res: Response }> {
  const res = await h.raw(`/_emulator/outbox/${id}.ics`);
  return { res, text: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

describe('Outbox API', () => {
  it('lists invite, update, cancellation and mail newest first, and serves each meeting message as .ics', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const longSubject = 'Phased Integration Plan review for a Year 9 pupil returning to Oakfield — week six, with café-based reintegration targets';
    const ev = (await client.api('/me/events').post({
      subject: longSubject,
      body: { contentType: 'text', content: 'Agenda: attendance; targets, next steps' },
      start: { dateTime: '2025-06-10T10:30:00', timeZone: 'GMT Standard Time' },
      end: { dateTime: '2025-06-10T11:30:00', timeZone: 'GMT Standard Time' },
      location: { displayName: 'Room 4' },
      attendees: [
        { emailAddress: { address: PEOPLE.homeSchool.email, name: PEOPLE.homeSchool.displayName }, type: 'required' },
        { emailAddress: { address: PARENT_EMAIL, name: 'Theo Marsh' }, type: 'optional' },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    })) as { id: string; iCalUId: string; onlineMeeting: { joinUrl: string } };
    await client.api(`/me/events/${ev.id}`).patch({
      start: { dateTime: '2025-06-10T13:00:00', timeZone: 'GMT Standard Time' },
      end: { dateTime: '2025-06-10T14:00:00', timeZone: 'GMT Standard Time' },
    });
    await client.api(`/me/events/${ev.id}/cancel`).post({ comment: 'Rearranging.' });
    await client.api('/me/sendMail').post({ message: { subject: 'Notes', body: { contentType: 'text', content: 'Hello' }, toRecipients: [{ emailAddress: { address: PARENT_EMAIL } }] } });

    const records = await outbox(h);
    expect(records.map((r) => r.kind)).toEqual(['mail', 'cancellation', 'invite-update', 'invite']);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'kind', 'from', 'to', 'cc', 'subject', 'bodyPreview', 'body', 'sentAt']));
    }
    const [mail, cancellation, update, invite] = records;
    expect(mail.icsUrl).toBeUndefined();
    expect(invite).toMatchObject({ joinUrl: ev.onlineMeeting.joinUrl, eventId: ev.id, start: '2025-06-10T09:30:00.000Z', end: '2025-06-10T10:30:00.000Z' });
    expect(invite.icsUrl).toBe(`${h.origin}/_emulator/outbox/${invite.id}.ics`);
    expect((await outbox(h, `?to=${encodeURIComponent(PARENT_EMAIL)}&kind=mail`)).map((r) => r.id)).toEqual([mail.id]);
    const single = await h.raw(`/_emulator/outbox/${update.id}`);
    expect(((await single.json()) as { kind: string }).kind).toBe('invite-update');

    const first = await ics(invite.id);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    expect(first.res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.ics"$/);
    const parsed = parseIcs(first.text); // throws unless CRLF everywhere and every line ≤ 75 octets
    expect(parsed.physicalLines.some((l) => l.startsWith(' '))).toBe(true);
    expect(prop(parsed.properties, 'METHOD')?.value).toBe('REQUEST');
    expect(prop(component(parsed, 'VTIMEZONE'), 'TZID')?.value).toBe('Europe/London');
    const v1 = component(parsed, 'VEVENT');
    expect(prop(v1, 'UID')?.value).toBe(ev.iCalUId);
    expect(prop(v1, 'SEQUENCE')?.value).toBe('0');
    expect(prop(v1, 'DTSTART')).toMatchObject({ params: { TZID: 'Europe/London' }, value: '20250610T103000' });
    expect(prop(v1, 'DTEND')?.value).toBe('20250610T113000');
    expect(unescapeText(prop(v1, 'SUMMARY')?.value ?? '')).toBe(longSubject);
    expect(unescapeText(prop(v1, 'DESCRIPTION')?.value ?? '')).toContain('Agenda: attendance; targets, next steps');
    expect(prop(v1, 'ORGANIZER')?.value).toBe(`mailto:${PEOPLE.organiser.email}`);
    expect(v1.filter((p) => p.name === 'ATTENDEE').map((p) => p.value)).toEqual([`mailto:${PEOPLE.homeSchool.email}`, `mailto:${PARENT_EMAIL}`]);
    expect(prop(v1, 'X-MICROSOFT-SKYPETEAMSMEETINGURL')?.value).toBe(ev.onlineMeeting.joinUrl);
    expect(prop(v1, 'URL')?.value).toBe(ev.onlineMeeting.joinUrl);

    const v2 = component(parseIcs((await ics(update.id)).text), 'VEVENT');
    expect(prop(v2, 'UID')?.value).toBe(ev.iCalUId);
    expect(prop(v2, 'SEQUENCE')?.value).toBe('1');
    expect(prop(v2, 'DTSTART')?.value).toBe('20250610T130000');

    const cancelled = parseIcs((await ics(cancellation.id)).text);
    expect(prop(cancelled.properties, 'METHOD')?.value).toBe('CANCEL');
    const v3 = component(cancelled, 'VEVENT');
    expect(prop(v3, 'SEQUENCE')?.value).toBe('2');
    expect(prop(v3, 'STATUS')?.value).toBe('CANCELLED');

    expect((await h.raw(`/_emulator/outbox/${mail.id}.ics`)).status).toBe(404);
    expect((await h.raw('/_emulator/outbox/99999.ics')).status).toBe(404);
  });

  it('DELETE clears the outbox; records persist in SQLite', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    await client.api('/me/sendMail').post({ message: { subject: 'One', toRecipients: [{ emailAddress: { address: PARENT_EMAIL } }] } });
    const count = h.context.db.prepare('SELECT COUNT(*) AS n FROM graph_outbox').get() as { n: number };
    expect(count.n).toBe(1);
    await clearOutbox(h);
    expect(await outbox(h)).toEqual([]);
  });
});
