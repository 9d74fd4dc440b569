import type { GraphError } from '@microsoft/microsoft-graph-client';
import { createLocalGraphClient } from '../../../../local/graphClient';
import { PEOPLE, startHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('users through graph-client', () => {
  it('GET /me returns the signed-in user', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const me = (await client.api('/me').get()) as Record<string, unknown>;
    expect(me).toMatchObject({
      id: h.user('organiser').aadId,
      displayName: 'Rowan Pike',
      mail: 'rowan.pike@pathways.example.org',
      userPrincipalName: 'rowan.pike@pathways.example.org',
      jobTitle: 'Integration Lead',
    });
    expect(me['@odata.context']).toContain('#users/$entity');
    expect(me.userType).toBeUndefined(); // not a default property in v1.0
  });

  it('filters users by mail and by userPrincipalName, with $select', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const byMail = (await client.api('/users').filter("mail eq 'Dana.Whitlock@pathways.example.org'").select('id,displayName,mail').get()) as {
      value: Array<Record<string, unknown>>;
    };
    expect(byMail.value).toEqual([{ id: h.user('senco').aadId, displayName: 'Dana Whitlock', mail: 'dana.whitlock@pathways.example.org' }]);

    const byUpn = (await client.api('/users').filter("userPrincipalName eq 'imogen.hale@pathways.example.org'").get()) as {
      value: Array<Record<string, unknown>>;
    };
    expect(byUpn.value.map((u) => u.displayName)).toEqual(['Imogen Hale']);

    const none = (await client.api('/users').filter("mail eq 'nobody@pathways.example.org'").get()) as { value: unknown[] };
    expect(none.value).toEqual([]);
  });

  it('shows a guest by its #EXT# user principal name; userType is not in the basic profile User.ReadBasic.All gives', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const res = (await client.api('/users').filter("mail eq 'casey.lund@oakfield.example.sch.uk'").select(['id', 'mail', 'userType', 'userPrincipalName']).get()) as {
      value: Array<Record<string, unknown>>;
    };
    expect(res.value[0]).toMatchObject({
      mail: 'casey.lund@oakfield.example.sch.uk',
      userPrincipalName: 'casey.lund_oakfield.example.sch.uk#EXT#@pathwaysexample.onmicrosoft.com',
    });
    expect(res.value[0]).not.toHaveProperty('userType');
    const byId = (await client.api(`/users/${h.user('homeSchool').aadId}`).select(['userType', 'jobTitle', 'displayName']).get()) as Record<string, unknown>;
    expect(byId).not.toHaveProperty('userType');
    expect(byId).not.toHaveProperty('jobTitle');
    expect(typeof byId.displayName).toBe('string');
  });

  it('GET /users/{upn} and /users/{id}; 404 Request_ResourceNotFound otherwise', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    const byUpn = (await client.api('/users/rowan.pike@pathways.example.org').get()) as Record<string, unknown>;
    expect(byUpn.id).toBe(h.user('organiser').aadId);
    const byId = (await client.api(`/users/${h.user('colleague').aadId}`).get()) as Record<string, unknown>;
    expect(byId.mail).toBe('imogen.hale@pathways.example.org');
    await expect(client.api('/users/nobody@pathways.example.org').get()).rejects.toMatchObject({
      statusCode: 404,
      code: 'Request_ResourceNotFound',
    } satisfies Partial<GraphError>);
  });

  it('answers 400 for a filter it cannot parse', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    await expect(client.api('/users').filter("mail eq 'unterminated").get()).rejects.toMatchObject({ statusCode: 400 });
  });
});
