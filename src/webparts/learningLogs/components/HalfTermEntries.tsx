import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { formatUkDate, learningLogByHalfTerm, type LearningLog, type LearningLogEntry, type SchoolSettings } from '../../../domain';
import type { Saved } from '../../../data/ports';

export interface HalfTermEntriesProps {
  readonly log: Saved<LearningLog>;
  readonly entries: readonly Saved<LearningLogEntry>[];
  readonly settings: Pick<SchoolSettings, 'terms' | 'learningLogEntriesPerHalfTerm'>;
  readonly today: string;
  readonly byName: (email: string) => string;
}

const STATE: Record<'ended' | 'current' | 'upcoming' | 'outside', string> = {
  ended: 'ended',
  current: 'this half-term',
  upcoming: 'not started',
  outside: 'entries dated outside the term’s half-terms (a holiday, or term dates changed since)',
};

/**
 * A term's learning log by half-term (Appendix 3: "Spring Term 1"): each half-term with its dates, the entries for
 * each subject against the number expected (settings), a flag when a half-term ended short, and its entries.
 */
export const HalfTermEntries: React.FC<HalfTermEntriesProps> = ({ log, entries, settings, today, byName }) => {
  const expected = settings.learningLogEntriesPerHalfTerm;
  const groups = learningLogByHalfTerm(log, entries, settings.terms, today, expected);
  if (groups.length === 0)
    return (
      <>
        <MessageBar messageBarType={MessageBarType.info}>
          The {log.term} {log.academicYear} term dates are not in the settings, so the entries cannot be grouped by half-term.
        </MessageBar>
        <EntriesTable caption={`Entries, ${log.term} ${log.academicYear}`} entries={[...entries].sort((a, b) => (a.entryDate < b.entryDate ? 1 : -1))} byName={byName} />
      </>
    );
  return (
    <>
      {groups.map((g) => {
        const id = `half-term-${g.halfTerm.label.replace(/\W+/g, '-')}`;
        return (
          <section key={g.halfTerm.label} aria-labelledby={id}>
            <h4 id={id} style={{ marginBottom: 4 }}>
              {g.halfTerm.label}
              {g.halfTerm.dates ? ` (${formatUkDate(g.halfTerm.dates.start)} to ${formatUkDate(g.halfTerm.dates.end)})` : ''}: {g.entries.length}{' '}
              {g.entries.length === 1 ? 'entry' : 'entries'}, {STATE[g.state]}
            </h4>
            {g.flag && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                {g.flag}
              </MessageBar>
            )}
            {g.state === 'current' && g.short.length > 0 && g.halfTerm.dates && (
              <p style={{ margin: '4px 0' }}>
                Still to log by {formatUkDate(g.halfTerm.dates.end)}: {g.short.map((s) => `${s.subject} (${s.entries} of ${expected})`).join(', ')}.
              </p>
            )}
            {g.state !== 'upcoming' && g.bySubject.length > 0 && (
              <p style={{ margin: '4px 0' }}>
                {g.bySubject.map((s) => `${s.subject}: ${s.entries}`).join(' · ')}
                {expected > 0 && g.state !== 'outside' ? ` (expected ${expected} per subject)` : ''}
              </p>
            )}
            {g.state !== 'upcoming' && <EntriesTable caption={`Entries, ${g.halfTerm.label}`} entries={g.entries} byName={byName} />}
          </section>
        );
      })}
    </>
  );
};

const EntriesTable: React.FC<{ caption: string; entries: readonly Saved<LearningLogEntry>[]; byName: (email: string) => string }> = ({ caption, entries, byName }) => (
  <table aria-label={caption} style={{ maxWidth: '100%', overflowWrap: 'anywhere' }}>
    <thead>
      <tr>
        <th scope="col">Date</th>
        <th scope="col">Subject</th>
        <th scope="col">Entry</th>
        <th scope="col">By</th>
        <th scope="col">For review</th>
      </tr>
    </thead>
    <tbody>
      {entries.length === 0 ? (
        <tr>
          <td colSpan={5}>No entries in this half-term.</td>
        </tr>
      ) : (
        entries.map((e) => (
          <tr key={e.id}>
            <td>{formatUkDate(e.entryDate)}</td>
            <td>{e.subject}</td>
            <td style={{ whiteSpace: 'pre-wrap' }}>{e.entry}</td>
            <td>{byName(e.teacher)}</td>
            <td>{e.highlight ? 'Highlighted' : ''}</td>
          </tr>
        ))
      )}
    </tbody>
  </table>
);
