/**
 * Everything the Due view needs, read once: the settings, the pupils, the meetings of the last 14 months, the
 * PIPs and their reviews, the LA requests (and requests for an EHC needs assessment), the transition plans, and the baseline assessments of pupils who started in the last 12
 * weeks; then the calendar (domain dueCalendar). A source that cannot be read is named, and the rest still shows.
 */
import type { IServices } from '../../../../composition/IServices';
import type { Saved } from '../../../../data/ports';
import {
  addMonths,
  addWeeks,
  dueCalendar,
  londonToday,
  londonWallTimeToIso,
  type DueCalendar,
  type EhcRequest,
  type Pip,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
  type TransitionPlan,
} from '../../../../domain';
import { errorText } from '../../../../ui/errorText';

export interface DueData {
  readonly today: string;
  readonly settings: SchoolSettings;
  readonly pupils: readonly Saved<Pupil>[];
  readonly meetings: readonly Saved<ReviewMeeting>[];
  readonly ehcRequests: readonly Saved<EhcRequest>[];
  readonly pips: readonly Saved<Pip>[];
  readonly transitionPlans: readonly Saved<TransitionPlan>[];
  /** Every PIP review read (the day each was held), for the PIP rules. */
  readonly pipReviews: readonly { readonly pipId: number; readonly reviewDate: string }[];
  readonly calendar: DueCalendar;
  /** Sources that could not be read, in words. */
  readonly problems: readonly string[];
}

async function optional<T>(what: string, read: () => Promise<T>, fallback: T, problems: string[]): Promise<T> {
  try {
    return await read();
  } catch (e) {
    problems.push(`${what} could not be loaded, so what depends on them is not shown: ${errorText(e)}`);
    return fallback;
  }
}

/** `settingsRead`: the settings when the caller has already asked for them (Today, which needs them first). */
export async function loadDue(services: IServices, settingsRead: Promise<SchoolSettings> = services.settings.get()): Promise<DueData> {
  const today = londonToday(services.now());
  const problems: string[] = [];
  // Everything that does not depend on another answer at once; then the recent starters' assessments, in one batch.
  const [settings, pupilsRead, meetingsRead, pipsRead, reviewsRead, requestsRead, plansRead] = await Promise.all([
    settingsRead,
    services.pupils.list(),
    services.meetings.since(londonWallTimeToIso(addMonths(today, -14), '00:00')),
    optional('The PIPs', () => services.pips.list(), { items: [], problems: [] }, problems),
    optional('The PIP reviews', () => services.pips.allReviews(), { items: [], problems: [] }, problems),
    optional('The LA requests', () => services.ehcRequests.list(), { items: [], problems: [] }, problems),
    optional('The transition plans', () => services.transitionPlans.list(), { items: [], problems: [] }, problems),
  ]);
  const recentStarters = pupilsRead.items.filter((p) => (p.placementStart ?? p.enrolmentDate) >= addWeeks(today, -12));
  const baselines = await optional(
    'The baseline assessments',
    async () => {
      const read = await services.assessments.forPupils(recentStarters.map((p) => p.id));
      for (const p of read.problems) problems.push(p.message);
      return recentStarters.map((p) => ({
        pupilId: p.id,
        assessedOn: read.items.filter((a) => a.pupilId === p.id && a.kind === 'Baseline').map((a) => a.assessedOn),
      }));
    },
    undefined,
    problems,
  );
  for (const r of [pupilsRead, meetingsRead, pipsRead, reviewsRead, requestsRead, plansRead])
    for (const p of r.problems) problems.push(p.message);
  const calendar = dueCalendar({
    today,
    settings,
    pupils: pupilsRead.items,
    meetings: meetingsRead.items,
    pips: pipsRead.items,
    pipReviews: reviewsRead.items,
    ehcRequests: requestsRead.items,
    transitionPlans: plansRead.items,
    ...(baselines ? { baselines } : {}),
  });
  return { today, settings, pupils: pupilsRead.items, meetings: meetingsRead.items, ehcRequests: requestsRead.items, pips: pipsRead.items, transitionPlans: plansRead.items, pipReviews: reviewsRead.items, calendar, problems };
}
