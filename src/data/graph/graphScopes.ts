/**
 * Every Microsoft Graph permission the code uses, with the reason the administrator is given. The package check
 * (tools/checkPackage.ts) fails when config/package-solution.json asks for more or fewer than this.
 * Each Graph service adds its scope here when it lands.
 */
export const GRAPH_SCOPES_USED: readonly { readonly scope: string; readonly why: string }[] = [
  {
    scope: 'Calendars.ReadWrite',
    why: "Review meetings: create, move and cancel the Outlook invitation with its Teams link in the organiser's own calendar, and read colleagues' free/busy to offer a time.",
  },
  {
    scope: 'Mail.Send',
    why: "Notifications: send home schools a short message with a link to the pupil's record, from the signed-in member of staff.",
  },
  {
    scope: 'User.ReadBasic.All',
    why: "Review meetings: find colleagues in the school's directory by name to invite them (name and e-mail address only).",
  },
  {
    scope: 'OnlineMeetings.Read',
    why: "Review meetings: read the Teams meeting's chat id when the organiser books it, so the review record can offer \"Open the meeting chat in Teams\" (read only; the organiser's own meetings).",
  },
  {
    scope: 'User.Invite.All',
    why: "Home schools: invite a school's named staff into the organisation as guests, so SharePoint can give them read access to their own pupils' records.",
  },
];
