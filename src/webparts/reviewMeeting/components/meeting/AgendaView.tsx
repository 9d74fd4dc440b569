import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { formatUkDate, roundPercent, type Agenda } from '../../../../domain';

const pct = (v: number | null): string => (v === null ? 'no sessions yet' : `${roundPercent(v)}%`);

const Section: React.FC<{ id: string; title: string }> = ({ id, title, children }) => (
  <section aria-labelledby={id} style={{ marginBottom: 12 }}>
    <Text as="h4" variant="mediumPlus" id={id} block style={{ fontWeight: 600 }}>
      {title}
    </Text>
    {children}
  </section>
);

/** The agenda for the pupil under review, filled from the records. */
export const AgendaView: React.FC<{ agenda: Agenda }> = ({ agenda }) => {
  const a = agenda.attendance;
  return (
    <section aria-labelledby="agenda-heading">
      <Text as="h3" variant="large" id="agenda-heading" block>
        Agenda
      </Text>
      <Section id="agenda-attendance" title={`1. Attendance since ${agenda.sinceWhat}`}>
        <Text block>
          {formatUkDate(a.from)} to {formatUkDate(a.to)}: {pct(a.percent)} attendance (statutory measure), {a.attended} of {a.possible} possible sessions attended;{' '}
          {a.authorised} authorised and {a.unauthorised} unauthorised absences.
        </Text>
        {a.plan && (
          <Text block>
            Against the PIP: {pct(a.plan.percent)} of the sessions the plan expects ({a.plan.attended} of {a.plan.expected}; {a.plan.excludedC2} session
            {a.plan.excludedC2 === 1 ? '' : 's'} outside the agreed timetable, code C2, not expected).
          </Text>
        )}
      </Section>
      <Section id="agenda-pip" title="2. Phased Integration Plan">
        {agenda.pip ? (
          <>
            <Text block>
              Active from {formatUkDate(agenda.pip.startDate)}, planned to end on {formatUkDate(agenda.pip.plannedEndDate)}. Its targets:
            </Text>
            <ol>
              {agenda.pip.targets.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ol>
          </>
        ) : (
          <Text block>No active PIP.</Text>
        )}
      </Section>
      <Section id="agenda-targets" title="3. SMART targets and their last progress">
        {agenda.targets === undefined ? (
          <Text block>The SMART targets could not be loaded.</Text>
        ) : agenda.targets.length === 0 ? (
          <Text block>No open SMART targets.</Text>
        ) : (
          <ul>
            {agenda.targets.map((t) => (
              <li key={t.id}>
                <strong>{t.outcome}</strong> (measured by {t.measure}; by {formatUkDate(t.dueDate)}).{' '}
                {t.lastProgress
                  ? `Last progress, ${formatUkDate(t.lastProgress.date)}: ${t.lastProgress.note}${t.lastProgress.rating !== undefined ? ` (rated ${t.lastProgress.rating} of 5)` : ''}.`
                  : 'No progress recorded yet.'}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="agenda-highlights" title="4. Learning-log highlights">
        {agenda.highlights === undefined ? (
          <Text block>The learning logs could not be loaded.</Text>
        ) : agenda.highlights.length === 0 ? (
          <Text block>No entries were highlighted for review since {formatUkDate(agenda.since)}.</Text>
        ) : (
          <ul>
            {agenda.highlights.map((h) => (
              <li key={`${h.entryDate}-${h.subject}-${h.entry.slice(0, 20)}`}>
                {formatUkDate(h.entryDate)}, {h.subject} ({h.teacher}): {h.entry}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="agenda-actions" title="5. Actions from last time">
        {agenda.previousActions.length === 0 ? (
          <Text block>No actions were recorded at the last review.</Text>
        ) : (
          <ul>
            {agenda.previousActions.map((x) => (
              <li key={`${x.text}-${x.owner}`}>
                {x.text}: {x.owner}
                {x.due ? `, by ${formatUkDate(x.due)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </section>
  );
};
