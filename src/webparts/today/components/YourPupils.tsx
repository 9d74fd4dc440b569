import * as React from 'react';
import { Text } from '../../../ui/plain/Text';
import { dueStatus, formatUkDate, londonClockTime, londonToday, meetingDay } from '../../../domain';
import { PupilNameLink } from '../../../ui/pupilRecord/PupilNameLink';
import { useServices } from '../../../ui/ServicesContext';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import type { Attendance, AgainstPlan, PupilGlance } from './homeSchoolGlance';
import type { TodayData } from './loadToday';
import { Section, name, plural } from './todayParts';

const percent = (p: number | null): string => (p === null ? '' : ` (${(Math.round(p * 10) / 10).toFixed(1)}%)`);
const attendanceText = (a: Attendance): string => (a.possible === 0 ? 'no sessions yet' : `${a.attended} of ${plural(a.possible, 'session')}${percent(a.percent)}`);
const planText = (p: AgainstPlan | undefined): string =>
  !p || p.expected === 0 ? 'no planned sessions' : `${p.attended} of ${plural(p.marked, 'planned session')} attended${p.marked < p.expected ? ` (${p.expected - p.marked} not marked yet)` : ''}`;

const SHORT = 160;
const short = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

const Row: React.FC<{ term: string; children: React.ReactNode }> = ({ term, children }) => (
  <div style={{ margin: '2px 0' }}>
    <dt style={{ display: 'inline', fontWeight: 600 }}>{term}: </dt>
    <dd style={{ display: 'inline', margin: 0 }}>{children}</dd>
  </div>
);

const Glance: React.FC<{ glance: PupilGlance | undefined; fullTimeHours: number }> = ({ glance, fullTimeHours }) => {
  if (!glance) return <Row term="Attendance">could not be read</Row>;
  const pip = glance.pip;
  return (
    <>
      <Row term="Attendance">
        this week {attendanceText(glance.week)}
        {glance.term ? `; this term ${attendanceText(glance.term)}` : ''}
      </Row>
      {pip && (
        <>
          <Row term={pip.status === 'Draft' ? 'PIP (draft, not yet agreed)' : 'PIP'}>
            {pip.step && pip.step.of > 1 ? `step ${pip.step.number} of ${pip.step.of}${pip.timetableFrom ? ` from ${formatUkDate(pip.timetableFrom)}` : ''}, ` : ''}
            {pip.hours} hours a week of the full-time {fullTimeHours}, planned to end on {formatUkDate(pip.plannedEndDate)}
          </Row>
          {pip.status !== 'Draft' && (
            <Row term="Against the plan">
              this week {planText(pip.week)}; this term {planText(pip.term)}
            </Row>
          )}
        </>
      )}
    </>
  );
};

/**
 * Home-school staff: their pupils at a glance, one entry each: attendance this week and this term (against the PIP's
 * plan when on one), the PIP's step and hours, the next thing due (a review, a baseline) and meeting, the latest learning-log entries. Only
 * what SharePoint lets them read: every list is trimmed to their pupils' folders.
 */
export const YourPupils: React.FC<{ data: TodayData }> = ({ data }) => {
  const today = londonToday(useServices().now());
  const entries = data.latestEntries;
  const nameOf = usePeopleNames(entries ? Array.from(entries.values()).flatMap((list) => list.map((e) => e.teacher)) : []);
  return (
    <Section id="pupils" title="Your pupils" count={data.pupils.length}>
      <Text block>The pupils your school has placed here; nothing of other schools is shown.</Text>
      <ul style={{ paddingLeft: 0, listStyle: 'none' }}>
        {data.pupils.map((p) => {
          const next = data.nextReview.get(p.id);
          const meeting = data.nextMeeting.get(p.id);
          const latest = entries?.get(p.id);
          return (
            <li key={p.id} aria-label={name(p)} style={{ borderTop: '1px solid #c8c6c4', padding: '8px 0' }}>
              <Text as="h4" variant="mediumPlus" block>
                <PupilNameLink pupilId={p.id}>{name(p)}</PupilNameLink> (Year {p.yearGroup})
              </Text>
              <dl style={{ margin: '4px 0' }}>
                <Glance glance={data.glance?.get(p.id)} fullTimeHours={data.settings.fullTimeHours} />
                <Row term="Next due">{next ? `${next.label} by ${formatUkDate(next.actBy)}${dueStatus(next, today) === 'overdue' ? ' (overdue)' : ''}` : 'nothing due'}</Row>
                <Row term="Next meeting">
                  {meeting ? `${meeting.kind} on ${formatUkDate(meetingDay(meeting))} at ${londonClockTime(new Date(meeting.start))}` : 'none booked'}
                </Row>
                <div style={{ margin: '2px 0' }}>
                  <dt style={{ fontWeight: 600 }}>Latest learning-log entries:</dt>
                  <dd style={{ margin: 0 }}>
                    {!entries ? (
                      'could not be read'
                    ) : !latest || latest.length === 0 ? (
                      'none in the last 8 weeks'
                    ) : (
                      <ul style={{ paddingLeft: 18, margin: 0 }}>
                        {latest.map((e) => (
                          <li key={e.id}>
                            {formatUkDate(e.entryDate)}, {e.subject} ({nameOf(e.teacher) ?? e.teacher}): {short(e.entry)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </Section>
  );
};
