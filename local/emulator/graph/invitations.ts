/**
 * POST /invitations (Microsoft Entra B2B): an external person becomes a guest user of the tenant.
 *
 * As documented (learn.microsoft.com/graph/api/invitation-post, resources/invitation): the body needs
 * invitedUserEmailAddress and inviteRedirectUrl; the answer is 201 with the invitation, its inviteRedeemUrl and
 * invitedUser { id }; a user of userType Guest is created in the directory at once (before redemption);
 * sendInvitationMessage (default false) makes Microsoft send the invitation e-mail (recorded in the outbox).
 * Inviting someone who is already a guest returns that same user (a new redemption URL, no second account).
 * Strictest choices where the docs say nothing: an address in one of the tenant's own domains is refused
 * (400: they are members, not guests), and a guest may not invite (403 Authorization_RequestDenied; Entra's
 * "guest invite restrictions" can forbid it, and the product never relies on it).
 * Permission: User.Invite.All (delegated; the router checks consent).
 */
import { randomBytes } from 'crypto';
import type { RouteResponse } from '../contracts';
import { isEmailAddress } from './events/eventInput';
import type { GraphCall } from './graphCall';
import { GRAPH_CONTEXT_BASE, graphError, graphJson, readJsonObject } from './http';
import { isRecord } from './json';

const KNOWN = new Set(
  ['invitedUserEmailAddress', 'inviteRedirectUrl', 'invitedUserDisplayName', 'sendInvitationMessage', 'invitedUserMessageInfo', 'invitedUserType', 'resetRedemption'].map((k) =>
    k.toLowerCase(),
  ),
);

const isTenantEmail = (call: GraphCall, email: string): boolean => {
  const dir = call.services.ctx.directory as Partial<{ isTenantEmail(email: string): boolean; tenantDomains: readonly string[] }>;
  if (typeof dir.isTenantEmail === 'function') return dir.isTenantEmail(email);
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return (dir.tenantDomains ?? []).includes(domain);
};

function isAbsoluteUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function createInvitation(call: GraphCall): RouteResponse {
  const h = call.req.headers;
  if (call.user.userType === 'Guest') {
    return graphError(h, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  const read = readJsonObject(h, call.req.body);
  if (!read.ok) return read.response;
  const body = read.value;
  for (const key of Object.keys(body)) {
    if (!key.startsWith('@') && !KNOWN.has(key.toLowerCase())) {
      return graphError(h, 400, 'BadRequest', `The property '${key}' does not exist on type 'microsoft.graph.invitation'.`);
    }
  }
  const email = typeof body.invitedUserEmailAddress === 'string' ? body.invitedUserEmailAddress.trim() : '';
  const redirect = typeof body.inviteRedirectUrl === 'string' ? body.inviteRedirectUrl.trim() : '';
  if (!email || !isEmailAddress(email)) {
    return graphError(h, 400, 'BadRequest', 'The invitedUserEmailAddress property is required and must be a valid e-mail address.');
  }
  if (!redirect || !isAbsoluteUrl(redirect)) {
    return graphError(h, 400, 'BadRequest', 'The inviteRedirectUrl property is required and must be an absolute URL.');
  }
  if (body.invitedUserType !== undefined && body.invitedUserType !== 'Guest') {
    return graphError(h, 403, 'Authorization_RequestDenied', 'Only a company administrator can invite a user as a Member.');
  }
  if (body.sendInvitationMessage !== undefined && typeof body.sendInvitationMessage !== 'boolean') {
    return graphError(h, 400, 'BadRequest', "Cannot convert the value of property 'sendInvitationMessage' to the expected type 'Edm.Boolean'.");
  }
  const dir = call.services.ctx.directory;
  const existing = dir.findByEmail(email);
  if (isTenantEmail(call, email) || existing?.userType === 'Member') {
    return graphError(h, 400, 'BadRequest', `The invited user ${email} belongs to this organisation: invite only people outside it.`);
  }
  const displayName = typeof body.invitedUserDisplayName === 'string' && body.invitedUserDisplayName.trim() !== '' ? body.invitedUserDisplayName.trim() : null;
  const guest = existing ?? dir.ensure({ email: email.toLowerCase(), displayName: displayName ?? email, userType: 'Guest' });
  const tenant = call.services.tenant();
  const ticket = randomBytes(24).toString('base64url');
  const inner = `https://invitations.microsoft.com/redeem/?tenant=${tenant.tenantId}&user=${guest.aadId}&ticket=${ticket}&ver=2.0`;
  const inviteRedeemUrl = `https://login.microsoftonline.com/redeem?rd=${encodeURIComponent(inner)}`;
  const send = body.sendInvitationMessage === true;
  const info = isRecord(body.invitedUserMessageInfo) ? body.invitedUserMessageInfo : {};
  const customBody = typeof info.customizedMessageBody === 'string' ? info.customizedMessageBody : null;
  if (send) {
    const text = [
      `${call.user.displayName} (${call.user.email}) invited you to access applications within their organisation.`,
      customBody ?? '',
      `Accept invitation: ${inviteRedeemUrl}`,
      `After you accept, you will go to ${redirect}`,
    ]
      .filter((l) => l !== '')
      .join('\n\n');
    call.services.outbox.add({
      kind: 'guest-invitation',
      from: 'invites@microsoft.com',
      to: [guest.email],
      cc: [],
      bcc: [],
      subject: `${call.user.displayName} invited you to access applications within their organisation`,
      bodyPreview: text.slice(0, 255),
      body: text,
      bodyContentType: 'text',
    });
  }
  return graphJson(h, 201, {
    '@odata.context': `${GRAPH_CONTEXT_BASE}#invitations/$entity`,
    id: guest.aadId,
    inviteRedeemUrl,
    invitedUserDisplayName: displayName,
    invitedUserType: 'Guest',
    invitedUserEmailAddress: email,
    sendInvitationMessage: send,
    resetRedemption: false,
    inviteRedirectUrl: redirect,
    status: 'PendingAcceptance',
    invitedUserMessageInfo: { messageLanguage: null, customizedMessageBody: customBody, ccRecipients: [] },
    invitedUser: { id: guest.aadId },
  });
}
