/**
 * One meeting with its agenda, filled from the pupil's records: attendance since the last review (and against
 * the PIP), the PIP and its targets, open SMART targets with their last progress, learning-log highlights, and
 * the actions agreed last time. A source that cannot be read is named; the rest of the agenda still shows.
 */
import type { IServices } from '../../../../composition/IServices';
import type { Saved } from '../../../../data/ports';
import {
  buildAgenda,
  formatUkDate,
  meetingDay,
  type Agenda,
  type MeetingKind,
  type Pip,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../../domain';
import { errorText } from '../shared';

export interface MeetingContext {
  readonly meeting: Saved<ReviewMeeting>;
  readonly pupil: Saved<Pupil>;
  readonly settings: SchoolSettings;
  readonly agenda: Agenda;
  readonly pip?: Saved<Pip>;
  readonly problems: readonly string[];
}

/** Kinds that follow on from each other, for "since the last review". */
export const MEETING_SERIES: Record<MeetingKind, readonly MeetingKind[]> = {
  'Placement review': ['Placement review'],
  'PIP review': ['PIP review'],
  'EHCP annual review': ['EHCP annual review', 'EHCP interim review'],
  'EHCP interim review': ['EHCP annual review', 'EHCP interim review'],
  'PEP review': ['PEP review'],
  'SEN support review': ['SEN support review'],
  'Attendance meeting': ['Attendance meeting', 'Placement review'],
  'Transition meeting': ['Transition meeting'],
};

async function optional<T>(what: string, read: () => Promise<T>, problems: string[]): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    problems.push(`${what}: ${errorText(e)}`);
    return undefined;
  }
}

export async function loadMeeting(services: IServices, meetingId: number): Promise<MeetingContext> {
  const meeting = await services.meetings.get(meetingId);
  const [pupil, settings, all] = await Promise.all([services.pupils.get(meeting.pupilId), services.settings.get(), services.meetings.forPupil(meeting.pupilId)]);
  const day = meetingDay(meeting);
  const problems: string[] = [];
  const series = MEETING_SERIES[meeting.kind];
  const previous = all.items
    .filter((m) => m.id !== meeting.id && m.status === 'Held' && series.indexOf(m.kind) >= 0 && Date.parse(m.start) < Date.parse(meeting.start))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
  const pips = await optional('The PIP could not be loaded', () => services.pips.forPupil(pupil.id), problems);
  const pip = pips?.items.find((p) => p.status === 'Active' && p.startDate <= day);
  const start = pupil.placementStart ?? pupil.enrolmentDate;
  const since = previous ? meetingDay(previous) : meeting.kind === 'PIP review' && pip ? pip.startDate : start;
  const sinceWhat = previous
    ? `the last review on ${formatUkDate(since)}`
    : meeting.kind === 'PIP review' && pip
      ? `the PIP started on ${formatUkDate(since)}`
      : `the placement started on ${formatUkDate(since)}`;
  const [marks, targets, highlights] = await Promise.all([
    optional('Attendance could not be loaded', () => services.attendance.marksForPupil(pupil.id, since, day), problems),
    optional('SMART targets could not be loaded', () => services.targets.openForPupil(pupil.id), problems),
    optional('Learning-log highlights could not be loaded', () => services.learningLogs.highlights(pupil.id, since), problems),
  ]);
  const agenda = buildAgenda({
    meetingDay: day,
    since,
    sinceWhat,
    marks: marks ?? [],
    settings,
    ...(pip ? { pip: { startDate: pip.startDate, plannedEndDate: pip.plannedEndDate, targets: pip.targets } } : {}),
    ...(targets ? { targets: targets.items } : {}),
    ...(highlights ? { highlights: highlights.items } : {}),
    previousActions: previous?.actions ?? [],
  });
  if (!marks) problems.push('The attendance figures below are incomplete.');
  return { meeting, pupil, settings, agenda, ...(pip ? { pip } : {}), problems };
}
