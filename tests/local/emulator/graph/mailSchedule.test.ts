import { createLocalGraphClient } from '../../../../local/graphClient';
import { PARENT_EMAIL, PEOPLE, startHarness, type Harness } from './support/harness';
import { clearOutbox, outbox } from './support/outboxApi';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => clearOutbox(h));

describe('sendMail', () => {
  const message = {
    message: {
      subject: 'Reintegration meeting notes',
      body: { contentType: 'HTML', content: '<p>Dear colleague,</p><p>Notes attached.</p>' },
      toRecipients: [{ emailAddress: { address: PEOPLE.homeSchool.email, name: PEOPLE.homeSchool.displayName } }],
      ccRecipients: [{ emailAddress: { address: PEOPLE.senco.email } }],
    },
    saveToSentItems: true,
  };

  it('answers 202 with no body and no JSON content type; the client resolves', async () => {
    const raw = await h.raw('/graph/v1.0/me/sendMail', {
      method: 'POST',
      as: PEOPLE.organiser.email,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
    });
    expect(raw.status).toBe(202);
    expect(raw.headers.get('content-type')).toBeNull();
    expect(await raw.text()).toBe('');

    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    await expect(client.api('/me/sendMail').post(message)).resolves.not.toThrow();

    const sent = await outbox(h, '?kind=mail');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      kind: 'mail',
      from: PEOPLE.organiser.email,
      to: [PEOPLE.homeSchool.email],
      cc: [PEOPLE.senco.email],
      subject: 'Reintegration meeting notes',
      bodyPreview: 'Dear colleague, Notes attached.',
    });
    expect(sent[0].body).toContain('<p>Dear colleague,</p>');
    expect(sent[0].id).toBeGreaterThan(sent[1].id);
  });

  it('answers 400 ErrorInvalidRecipients when there are no recipients or a bad one', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    await expect(client.api('/me/sendMail').post({ message: { subject: 'x', toRecipients: [] } })).rejects.toMatchObject({
      statusCode: 400,
      code: 'ErrorInvalidRecipients',
    });
    await expect(
      client.api('/me/sendMail').post({ message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'parent at example' } }] } }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidRecipients' });
    await expect(client.api('/me/sendMail').post({ message: { subject: 'x', toRecipient: [] } })).rejects.toMatchObject({
      statusCode: 400,
      code: 'RequestBodyRead',
    });
    expect(await outbox(h)).toEqual([]);
  });
});

describe('getSchedule', () => {
  it('reports busy for tenant members from stored events and an error for a guest or external address', async () => {
    const organiser = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    await organiser.api('/me/events').post({
      subject: 'Review',
      start: { dateTime: '2025-06-11T10:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2025-06-11T11:00:00', timeZone: 'Europe/London' },
      attendees: [
        { emailAddress: { address: PEOPLE.senco.email }, type: 'required' },
        { emailAddress: { address: PEOPLE.homeSchool.email }, type: 'required' },
      ],
    });
    const senco = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    const res = (await senco
      .api('/me/calendar/getSchedule')
      .header('Prefer', 'outlook.timezone="Europe/London"')
      .post({
        schedules: [PEOPLE.organiser.email, PEOPLE.senco.email, PEOPLE.colleague.email, PEOPLE.homeSchool.email, PARENT_EMAIL],
        startTime: { dateTime: '2025-06-11T09:00:00', timeZone: 'GMT Standard Time' },
        endTime: { dateTime: '2025-06-11T12:00:00', timeZone: 'GMT Standard Time' },
        availabilityViewInterval: 30,
      })) as {
      value: Array<{
        scheduleId: string;
        availabilityView: string;
        scheduleItems: Array<{ status: string; subject?: string; start: { dateTime: string; timeZone: string } }>;
        error?: { message: string; responseCode: string };
      }>;
    };
    const [org, sen, col, guest, parent] = res.value;
    expect(org).toMatchObject({ scheduleId: PEOPLE.organiser.email, availabilityView: '002200' });
    expect(org.scheduleItems[0]).toMatchObject({ status: 'busy', subject: 'Review', start: { dateTime: '2025-06-11T10:00:00.0000000', timeZone: 'Europe/London' } });
    expect(sen.availabilityView).toBe('001100'); // invited, not yet answered: tentative
    expect(col.availabilityView).toBe('000000');
    expect(col.scheduleItems).toEqual([]);
    for (const outsider of [guest, parent]) {
      expect(outsider.error).toEqual({ message: expect.stringContaining('The user is not in the tenant') as unknown as string, responseCode: 'UserNotFound' });
      expect(outsider.scheduleItems).toEqual([]);
    }
  });

  it('ignores cancelled meetings and validates the window', async () => {
    const me = createLocalGraphClient(h.origin, PEOPLE.colleague.email);
    const ev = (await me.api('/me/events').post({
      subject: 'Cancelled',
      start: { dateTime: '2025-06-12T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2025-06-12T11:00:00', timeZone: 'UTC' },
    })) as { id: string };
    await me.api(`/me/events/${ev.id}/cancel`).post({});
    const res = (await me.api('/me/calendar/getSchedule').post({
      schedules: [PEOPLE.colleague.email],
      startTime: { dateTime: '2025-06-12T10:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2025-06-12T11:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 60,
    })) as { value: Array<{ availabilityView: string }> };
    expect(res.value[0].availabilityView).toBe('0');
    await expect(
      me.api('/me/calendar/getSchedule').post({
        schedules: [PEOPLE.colleague.email],
        startTime: { dateTime: '2025-06-12T10:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2025-06-12T09:00:00', timeZone: 'UTC' },
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});
