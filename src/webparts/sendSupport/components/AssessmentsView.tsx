import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { ASSESSMENT_KINDS, assessmentSchema, baselineStatus, formatUkDate, parseUkDate, trackingBySubject, type Assessment, type AssessmentKind, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';

const STATE_TEXT = { done: 'Done within the deadline', late: 'Done, after the deadline', due: 'Due', overdue: 'Overdue: no baseline recorded' } as const;

/** Baselines with the deadline from the start date, other assessments, and half-termly tracking per subject. */
export const AssessmentsView: React.FC<{ pupil: Saved<Pupil>; assessments: readonly Saved<Assessment>[]; today: string; weeks: number; canEdit: boolean; onSaved: () => void }> = ({
  pupil,
  assessments: list,
  today,
  weeks,
  canEdit,
  onSaved,
}) => {
  const { assessments } = useServices();
  const [draft, setDraft] = React.useState({ kind: 'Baseline' as AssessmentKind, subject: '', date: '', instrument: '', score: '', readingAge: '' });
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();
  const baseline = baselineStatus(pupil, list, today, weeks);
  const tracking = trackingBySubject(list);
  const num = (s: string): number | string | undefined => (s.trim() === '' ? undefined : Number.isNaN(Number(s)) ? s : Number(s));

  const add = async (): Promise<void> => {
    setStatus(undefined);
    const result = check(assessmentSchema, {
      pupilId: pupil.id, kind: draft.kind, subject: draft.subject, assessedOn: parseUkDate(draft.date.trim()) ?? draft.date, instrument: draft.instrument,
      score: num(draft.score), readingAgeMonths: num(draft.readingAge),
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await assessments.add(result.value, pupil.pupilRef);
      setDraft({ ...draft, subject: '', date: '', score: '', readingAge: '' });
      setStatus({ ok: true, text: `${result.value.kind} recorded.` });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <p>
        <strong>Baseline assessments</strong> are due within {weeks} weeks of the start on {formatUkDate(baseline.start)}: by <strong>{formatUkDate(baseline.deadline)}</strong>.{' '}
        Status: {STATE_TEXT[baseline.state]}
        {baseline.state === 'due' ? ` (${baseline.daysLeft} days left)` : ''}.
      </p>
      <table aria-label="Assessments">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">Subject</th>
            <th scope="col">Assessment used</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {list.map((a) => (
            <tr key={a.id}>
              <td>{formatUkDate(a.assessedOn)}</td>
              <td>{a.kind}</td>
              <td>{a.subject}</td>
              <td>{a.instrument ?? ''}</td>
              <td>{a.readingAgeMonths !== undefined ? `Reading age ${Math.floor(a.readingAgeMonths / 12)}y ${a.readingAgeMonths % 12}m` : (a.score ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Half-termly tracking</h3>
      {tracking.length === 0 ? (
        <p>No tracking data yet.</p>
      ) : (
        <table aria-label="Half-termly tracking by subject">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Results, oldest first</th>
            </tr>
          </thead>
          <tbody>
            {tracking.map((t) => (
              <tr key={t.subject}>
                <th scope="row">{t.subject}</th>
                <td>{t.points.map((p) => `${formatUkDate(p.assessedOn)}: ${p.score ?? p.comment ?? '—'}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label="Record an assessment">
          <Dropdown label="Kind" options={ASSESSMENT_KINDS.map((k) => ({ key: k, text: k }))} selectedKey={draft.kind} onChange={(_e, o) => o && setDraft({ ...draft, kind: o.key as AssessmentKind })} styles={{ root: { width: 190 } }} />
          <TextField label="Subject" required value={draft.subject} onChange={(_e, v) => setDraft({ ...draft, subject: v ?? '' })} errorMessage={errors.subject?.[0]} />
          <TextField label="Date" description="dd/mm/yyyy" required value={draft.date} onChange={(_e, v) => setDraft({ ...draft, date: v ?? '' })} errorMessage={errors.assessedOn?.[0]} styles={{ root: { width: 130 } }} />
          <TextField label="Assessment used" value={draft.instrument} onChange={(_e, v) => setDraft({ ...draft, instrument: v ?? '' })} />
          <TextField label="Score" value={draft.score} onChange={(_e, v) => setDraft({ ...draft, score: v ?? '' })} errorMessage={errors.score?.[0]} styles={{ root: { width: 90 } }} />
          <TextField label="Reading age (months)" value={draft.readingAge} onChange={(_e, v) => setDraft({ ...draft, readingAge: v ?? '' })} errorMessage={errors.readingAgeMonths?.[0]} styles={{ root: { width: 150 } }} />
          <DefaultButton text="Record assessment" onClick={() => void add()} />
        </Stack>
      )}
      <SaveStatus status={status} />
    </Stack>
  );
};
