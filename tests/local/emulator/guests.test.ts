/**
 * Conformance: guests in SharePoint Online and Microsoft Graph, through real PnPjs and graph-client.
 * - web.ensureUser finds people already in the directory and never turns an outside address into a guest;
 * - Graph POST /invitations (User.Invite.All) creates the guest at once, returns the existing one when asked again,
 *   sends Microsoft's invitation e-mail only when sendInvitationMessage is true, and is refused without consent;
 * - a guest cannot list the directory (GET /users).
 */
import type { GraphError } from '@microsoft/microsoft-graph-client';
import { createLocalGraphClient } from '../../../local/graphClient';
import { DEFAULT_ADMIN } from '../../../local/emulator/store';
import { spErrorOf } from '../../support/emulator';
import { startGraphFixture, type GraphFixture } from '../../data/graph/support/graphFixture';

const OUTSIDER = 'robin.vale@hollybank.example.sch.uk';
const REDIRECT = 'https://pathways.example.org/sites/pathways';

let fx: GraphFixture;
const graphAs = (email: string) => createLocalGraphClient(fx.emulator.origin, email);
const graphErrorOf = (e: unknown): { statusCode: number; code: string } => {
  const g = e as GraphError;
  return { statusCode: g.statusCode, code: g.code ?? '' };
};

interface Invitation {
  id: string;
  status: string;
  inviteRedeemUrl: string;
  inviteRedirectUrl: string;
  invitedUserEmailAddress: string;
  invitedUserType: string;
  sendInvitationMessage: boolean;
  invitedUser: { id: string };
}

beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());

describe('ensureUser and Graph invitations', () => {
  it('refuses ensureUser for an address that is not yet a user or guest of the tenant, and creates no one', async () => {
    const e = await fx.admin.sp.web.ensureUser(OUTSIDER).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e?.message).toBe(`The specified user ${OUTSIDER} could not be found.`);
    expect(fx.emulator.context.directory.findByEmail(OUTSIDER)).toBeUndefined();
  });

  it('refuses the invitation while User.Invite.All is not approved (403), creating no guest', async () => {
    await fx.denyConsent(['User.Invite.All']);
    try {
      const e = await graphAs(DEFAULT_ADMIN.email)
        .api('/invitations')
        .post({ invitedUserEmailAddress: OUTSIDER, inviteRedirectUrl: REDIRECT })
        .then(() => undefined, graphErrorOf);
      expect(e).toEqual({ statusCode: 403, code: 'ErrorAccessDenied' });
      expect(fx.emulator.context.directory.findByEmail(OUTSIDER)).toBeUndefined();
    } finally {
      await fx.denyConsent([]);
    }
  });

  it('invites: 201 with the redemption URL and the new guest, who ensureUser then finds', async () => {
    await fx.clearOutbox();
    const inv = (await graphAs(DEFAULT_ADMIN.email)
      .api('/invitations')
      .post({ invitedUserEmailAddress: OUTSIDER, invitedUserDisplayName: 'Robin Vale', inviteRedirectUrl: REDIRECT, sendInvitationMessage: true })) as Invitation;
    expect(inv).toMatchObject({ status: 'PendingAcceptance', invitedUserType: 'Guest', inviteRedirectUrl: REDIRECT, invitedUserEmailAddress: OUTSIDER, sendInvitationMessage: true });
    expect(inv.inviteRedeemUrl).toMatch(/^https:\/\/login\.microsoftonline\.com\/redeem\?rd=/);
    // User.ReadBasic.All shows other users' basic profile only: the guest's #EXT# principal name, never userType.
    const user = (await graphAs(DEFAULT_ADMIN.email).api(`/users/${inv.invitedUser.id}`).select('displayName,mail,userPrincipalName,userType').get()) as Record<string, unknown>;
    expect(user).toMatchObject({ displayName: 'Robin Vale', mail: OUTSIDER, userPrincipalName: expect.stringContaining('#EXT#') as unknown });
    expect(user.userType).toBeUndefined();
    expect(fx.emulator.context.directory.findByEmail(OUTSIDER)?.userType).toBe('Guest');
    const sp = await fx.admin.sp.web.ensureUser(OUTSIDER);
    expect(sp.LoginName).toBe(`i:0#.f|membership|${OUTSIDER.replace('@', '_')}#ext#@pathwaysexample.onmicrosoft.com`);
    const sent = await fx.outbox('?kind=guest-invitation');
    expect(sent.map((r) => r.to)).toEqual([[OUTSIDER]]);
    expect(sent[0].body).toContain(inv.inviteRedeemUrl);
  });

  it('returns the existing guest when invited again (no second account) and sends nothing without sendInvitationMessage', async () => {
    await fx.clearOutbox();
    const first = fx.emulator.context.directory.findByEmail(OUTSIDER);
    const again = (await graphAs(DEFAULT_ADMIN.email).api('/invitations').post({ invitedUserEmailAddress: OUTSIDER.toUpperCase(), inviteRedirectUrl: REDIRECT })) as Invitation;
    expect(again.invitedUser.id).toBe(first?.aadId);
    expect(fx.emulator.context.directory.all().filter((u) => u.email === OUTSIDER)).toHaveLength(1);
    expect(again.sendInvitationMessage).toBe(false);
    expect(await fx.outbox('?kind=guest-invitation')).toEqual([]);
  });

  it('refuses an invitation without a redirect URL, or for an address in the tenant’s own domain (400)', async () => {
    const g = graphAs(DEFAULT_ADMIN.email);
    expect(await g.api('/invitations').post({ invitedUserEmailAddress: 'kim.ash@hollybank.example.sch.uk' }).then(() => undefined, graphErrorOf)).toEqual({ statusCode: 400, code: 'BadRequest' });
    expect(await g.api('/invitations').post({ invitedUserEmailAddress: 'new.teacher@pathways.example.org', inviteRedirectUrl: REDIRECT }).then(() => undefined, graphErrorOf)).toEqual({
      statusCode: 400,
      code: 'BadRequest',
    });
    expect(fx.emulator.context.directory.findByEmail('kim.ash@hollybank.example.sch.uk')).toBeUndefined();
  });
});

describe('guests and the directory', () => {
  it('refuses GET /users to a guest (restricted directory access) but lets them read a user they name', async () => {
    const guest = graphAs(OUTSIDER);
    expect(await guest.api('/users').get().then(() => undefined, graphErrorOf)).toEqual({ statusCode: 403, code: 'Authorization_RequestDenied' });
    const me = fx.emulator.context.directory.findByEmail(DEFAULT_ADMIN.email);
    const one = (await guest.api(`/users/${me?.aadId ?? ''}`).get()) as Record<string, unknown>;
    expect(one.displayName).toBe(DEFAULT_ADMIN.displayName);
    const member = (await graphAs(DEFAULT_ADMIN.email).api('/users').get()) as { value: unknown[] };
    expect(member.value.length).toBeGreaterThan(1);
  });

  it('refuses invitations sent by a guest (403)', async () => {
    const e = await graphAs(OUTSIDER).api('/invitations').post({ invitedUserEmailAddress: 'kim.ash@hollybank.example.sch.uk', inviteRedirectUrl: REDIRECT }).then(() => undefined, graphErrorOf);
    expect(e).toEqual({ statusCode: 403, code: 'Authorization_RequestDenied' });
  });
});
