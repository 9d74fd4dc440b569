import * as React from 'react';
import type { LearningLog, Pupil, SchoolSettings } from '../../../domain';
import { leadTutorName } from '../../../domain/pupils/leadTutor';
import { usePeopleNames } from '../../../ui/usePeopleNames';

/** Appendix 3 header: subjects and teachers, year group, home school, home-school contact, lead tutor, DSL and deputies. */
export const LearningLogHeader: React.FC<{
  log: LearningLog;
  pupil: Pupil;
  homeSchool: string;
  homeSchoolContacts: string;
  settings: Pick<SchoolSettings, 'designatedSafeguardingLead' | 'deputySafeguardingLeads'>;
}> = ({ log, pupil, homeSchool, homeSchoolContacts, settings }) => {
  // The tutor's name read with the pupil (the person column); asked by address only where it was not.
  const readName = leadTutorName(pupil);
  const nameOf = usePeopleNames(readName === undefined ? [pupil.leadTutorEmail] : []);
  return (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
    <table aria-label="Subjects and teachers">
      <thead>
        <tr>
          <th scope="col">Subject</th>
          <th scope="col">Teacher</th>
        </tr>
      </thead>
      <tbody>
        {log.subjects.length === 0 ? (
          <tr>
            <td colSpan={2}>No subjects yet</td>
          </tr>
        ) : (
          log.subjects.map((s) => (
            <tr key={s.subject}>
              <td>{s.subject}</td>
              <td>{s.teacher}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
    <table aria-label="Pupil and contacts" style={{ maxWidth: '100%' }}>
      <tbody>
        {[
          ['Year group', pupil.yearGroup],
          ['Home school', homeSchool],
          ['Home school contact', homeSchoolContacts],
          ['Lead tutor', readName ?? nameOf(pupil.leadTutorEmail) ?? '—'],
          ['DSL', settings.designatedSafeguardingLead.name],
          ['DDSL', settings.deputySafeguardingLeads.map((d) => d.name).join(', ') || '—'],
        ].map(([k, v]) => (
          <tr key={k}>
            <th scope="row" style={{ textAlign: 'left', paddingRight: 12 }}>
              {k}
            </th>
            <td style={{ overflowWrap: 'anywhere' }}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
};
