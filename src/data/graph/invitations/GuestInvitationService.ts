/**
 * Invites a home school's named member of staff into the tenant as a guest (Microsoft Entra B2B), so SharePoint
 * can then find them (web.ensureUser) and put them in their school's group. SharePoint Online never creates a
 * guest by itself: ensureUser refuses an address that is not yet a user or guest of the tenant.
 *
 * Graph POST /invitations with the delegated permission User.Invite.All: the guest user exists at once (before they
 * redeem the invitation), Microsoft sends the invitation e-mail (sendInvitationMessage), and inviting someone who is
 * already a guest returns that same user. Throttled calls are retried by the Graph client itself (MSGraphClientV3's
 * RetryHandler); this service adds no retry of its own.
 */
import { DataError } from '../../errors';
import type { GraphApi } from '../graphApi';
import { graphFailureOf, toGraphDataError } from '../graphErrors';

export const USER_INVITE = 'User.Invite.All';

export interface GuestToInvite {
  readonly email: string;
  readonly displayName: string;
  /** Named in the invitation e-mail, e.g. "Oakfield Academy". No pupil detail is ever put in it. */
  readonly schoolName: string;
}

/** Invites people from outside the tenant. */
export interface IGuestInvitations {
  /** Invites the person (or finds them when already a guest); returns their Entra user id. Throws a DataError. */
  invite(guest: GuestToInvite): Promise<{ readonly userId: string }>;
}

interface InvitationAnswer {
  readonly invitedUser?: { readonly id?: string };
}

export class GuestInvitationService implements IGuestInvitations {
  /** @param siteUrl where the invitation takes the person once they accept it (the Pathways Hub site). */
  public constructor(
    private readonly graph: GraphApi,
    private readonly siteUrl: string,
  ) {}

  public async invite(guest: GuestToInvite): Promise<{ readonly userId: string }> {
    const what = `invite ${guest.displayName} (${guest.email}) as a guest`;
    let answer: InvitationAnswer;
    try {
      answer = (await this.graph.api('/invitations').post({
        invitedUserEmailAddress: guest.email,
        invitedUserDisplayName: guest.displayName,
        inviteRedirectUrl: this.siteUrl,
        sendInvitationMessage: true,
        invitedUserMessageInfo: {
          customizedMessageBody:
            `You are named as staff of ${guest.schoolName} in Pathways Hub, where you can read the records of your ` +
            "school's pupils who attend the service. Accept this invitation to sign in.",
        },
      })) as InvitationAnswer;
    } catch (e) {
      const f = graphFailureOf(e);
      if (f?.status === 403 && f.code === 'Authorization_RequestDenied') {
        throw new DataError('access-denied', `Could not ${what}: your account may not invite guests to the organisation. Ask the administrator.`, 403);
      }
      throw toGraphDataError(e, what, USER_INVITE);
    }
    const userId = answer.invitedUser?.id;
    if (typeof userId !== 'string' || userId === '') throw new DataError('unknown', `Could not ${what}: Microsoft 365 did not return the guest.`);
    return { userId };
  }
}
