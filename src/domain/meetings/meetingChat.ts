/**
 * The way from a review record to the Teams view of its meeting's chat. Microsoft documents one deep link to an
 * existing chat: https://teams.microsoft.com/l/chat/<chatId>/conversations, where the chat id has the form 19:xxx
 * (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams, "Deep link to navigate to a
 * chat"). A meeting's chat id is its onlineMeeting's chatInfo.threadId (Graph, GET /me/onlineMeetings?$filter=
 * JoinWebUrl eq '…', read by the organiser when the meeting is booked). Only a thread id of that documented form is
 * turned into a link; anything else gives none (never a guessed address).
 */

/** A Teams chat thread id: 19:<id>@thread.v2 (meeting chats), @thread.skype or @thread.tacv2. */
export const TEAMS_THREAD_ID = /^19:[A-Za-z0-9_.=-]+@thread\.(v2|skype|tacv2)$/;

export const isTeamsThreadId = (value: string): boolean => TEAMS_THREAD_ID.test(value);

/** The documented deep link to the chat, or undefined for anything that is not a thread id of the documented form. */
export function meetingChatLink(threadId: string | undefined): string | undefined {
  return threadId !== undefined && isTeamsThreadId(threadId) ? `https://teams.microsoft.com/l/chat/${threadId}/conversations` : undefined;
}
