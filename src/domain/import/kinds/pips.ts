import { addWeeks, formatUkDate } from '../../dates/isoDates';
import { pipSchema, type Pip } from '../../pip/pip';
import { PIP_REASONS, type PipReason } from '../../vocabulary';
import { shorten } from '../cells';
import { changesOf, refusedRow, zodIssuesOnCells, type ImportPlan, type PlanRow, type SavedRef } from '../plan';
import { columnName, type MappedSheet, type ReadRow, type RowIssue } from '../rows';
import type { MarkPupil } from './marks';
import { indexPupils, pupilLabel } from './pupilMatch';

/**
 * PIPs from the PIP tracker (attendance policy Appendix 5, sheet 1): one row per pupil on a PIP, named by first and
 * last name (or UPN / reference), with the start date, whether they have been on a PIP before, the reason in the
 * tracker's own words, the hours a week each term and the exit strategy.
 *
 * The tracker does not hold what makes a PIP agreed (targets, the timetable, the parent/carer agreement), so each
 * PIP comes in as a Draft, checked with the domain's PIP schema: never counted as in force until staff complete it
 * and make it Active. What the schema needs and the tracker lacks is filled in and said in the dry run:
 *   - the reason: the policy's reason the cell's first words name ('Medical - anxiety' is the medical reason);
 *     the cell as written and the term hours are kept in the PIP's further information;
 *   - the planned end date, when no column gives it: the first review (the review interval in settings);
 *   - the targets, when no column gives them: one line saying they are to be agreed.
 * Matching key (idempotence): the pupil and the start date. A saved PIP that agrees with the row is unchanged; a
 * saved Draft is updated where the file differs (been on a PIP before, exit strategy, planned end date from the
 * file); a PIP that is Active or Ended is never changed by an import: a difference is a conflict, left as saved.
 */
export type ImportedPip = Pip & { readonly pupilRef: string };

export interface PipPlanContext {
  readonly pupils: readonly MarkPupil[];
  readonly saved: readonly (Pip & SavedRef)[];
  /** settings.pipReviewIntervalWeeks: the first review, used as the planned end date when the file has none. */
  readonly reviewIntervalWeeks: number;
}

const IDENTITY = ['upn', 'pupilRef', 'lastName', 'firstName', 'dateOfBirth'];
const TARGETS_TO_AGREE = 'Targets to be agreed with the pupil and parent/carer (the PIP tracker this PIP was imported from has none)';

/** Words that name each of the policy's reasons, looked for in the cell's first words, then in the whole cell. */
const REASON_WORDS: readonly [PipReason, RegExp][] = [
  ['Medical reason: unfit for full-time education', /medic|unfit|illness|ill[- ]health|hospital/i],
  ['Supports a risk assessment (risk to self or others)', /risk|safety|harm|violen/i],
  ['Extended period of non-attendance', /attend|absen|refus|ebsa/i],
  ['Focused interventions to support access to learning', /intervention|access to learning|reintegrat|transition/i],
];

const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The policy's reasons a tracker cell names ("Medical - High anxiety"; several separated by ';'), or why none. */
export function pipReasonsOf(text: string): { readonly reasons: PipReason[] } | { readonly error: string } {
  const reasons: PipReason[] = [];
  for (const part of text.split(/\s*[;\n]\s*/).filter((p) => p !== '')) {
    const exact = PIP_REASONS.find((r) => fold(r) === fold(part));
    const lead = part.split(/\s+[-–]\s+|:/)[0];
    const found = exact ? [exact] : REASON_WORDS.filter(([, words]) => words.test(lead)).map(([r]) => r);
    const named = found.length > 0 ? found : REASON_WORDS.filter(([, words]) => words.test(part)).map(([r]) => r);
    if (named.length === 0)
      return {
        error: `'${shorten(part)}' does not say which of the policy's reasons the PIP is for: begin it with Medical, Risk, Non-attendance or Interventions (for example 'Medical - high anxiety'), or use the policy's words`,
      };
    for (const r of named) if (!reasons.includes(r)) reasons.push(r);
  }
  return { reasons };
}

const hoursText = (v: unknown): string | undefined => (typeof v === 'number' ? v.toFixed(1) : undefined);

/** What the tracker says that a PIP has no field for: the reason as written and the hours a week each term. */
function trackerNote(v: Readonly<Record<string, unknown>>): string {
  const terms = (
    [
      ['Autumn', v.autumnHours],
      ['Spring', v.springHours],
      ['Summer', v.summerHours],
    ] as const
  )
    .map(([term, h]) => (hoursText(h) ? `${term} term ${hoursText(h)}` : undefined))
    .filter((x): x is string => x !== undefined);
  const parts = [`Reason as the tracker gives it: ${String(v.reason)}.`];
  if (terms.length > 0) parts.push(`PIP hours a week: ${terms.join(', ')}.`);
  return `From the PIP tracker (Appendix 5): ${parts.join(' ')}`;
}

const targetsOf = (v: unknown): string[] | undefined =>
  typeof v === 'string' ? v.split(/\s*[;\n]\s*/).filter((t) => t !== '') : undefined;

/** The fields a re-import compares with a saved PIP (only those the file gives). */
const COMPARED = ['beenOnPipBefore', 'exitStrategy', 'plannedEndDate'] as const;

export function planPips(rows: readonly ReadRow[], mapped: MappedSheet, ctx: PipPlanContext): ImportPlan<ImportedPip> {
  const index = indexPupils(ctx.pupils);
  const inFile = new Map<string, number>();
  const out: PlanRow<ImportedPip>[] = [];
  for (const row of rows) {
    const v = row.values;
    const who = pupilLabel(v);
    const label = `${who}, PIP from ${typeof v.startDate === 'string' ? formatUkDate(v.startDate) : '(no start date)'}`;
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, label, row.issues));
      continue;
    }
    const issues: RowIssue[] = [...row.issues];
    const pupil = index.find(v);
    if (!pupil && !issues.some((i) => IDENTITY.includes(i.field ?? '')))
      issues.push({ rowNumber: row.rowNumber, column: '', message: `${who} is not a pupil on Pathways Hub (or the name matches more than one): import the roll first` });
    const reasonRead = typeof v.reason === 'string' ? pipReasonsOf(v.reason) : undefined;
    if (reasonRead && 'error' in reasonRead) issues.push({ rowNumber: row.rowNumber, column: columnName(mapped, 'reason'), message: reasonRead.error, field: 'reason' });
    const failed = new Set(issues.map((i) => i.field ?? ''));
    const startDate = typeof v.startDate === 'string' ? v.startDate : undefined;
    const plannedEndDate = typeof v.plannedEndDate === 'string' ? v.plannedEndDate : startDate ? addWeeks(startDate, ctx.reviewIntervalWeeks) : undefined;
    const candidate = {
      pupilId: pupil?.id ?? 1,
      status: 'Draft',
      startDate,
      plannedEndDate,
      beenOnPipBefore: v.beenOnPipBefore,
      reasons: reasonRead && 'reasons' in reasonRead ? reasonRead.reasons : [],
      furtherInfo: trackerNote(v),
      targets: targetsOf(v.targets) ?? [TARGETS_TO_AGREE],
      exitStrategy: v.exitStrategy,
      interventions: [],
      timetables: [],
    };
    const parsed = pipSchema.safeParse(candidate);
    if (!parsed.success) issues.push(...zodIssuesOnCells(mapped, row.rowNumber, parsed.error.issues, failed));
    if (issues.length > 0 || !parsed.success || !pupil) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const pip = parsed.data;
    const key = `${pupil.id}|${pip.startDate}`;
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      out.push(refusedRow(row, label, [{ rowNumber: row.rowNumber, column: columnName(mapped, 'startDate'), message: `row ${earlier} has a PIP for the same pupil starting the same day: only row ${earlier} is imported` }]));
      continue;
    }
    inFile.set(key, row.rowNumber);
    const fromFile = COMPARED.filter((k) => v[k] !== undefined);
    const saved = ctx.saved.find((s) => s.pupilId === pupil.id && s.startDate === pip.startDate);
    if (saved) {
      const changes = changesOf('pips', saved, pip, fromFile);
      if (changes.length === 0) out.push({ rowNumber: row.rowNumber, label, outcome: 'unchanged', reasons: ['this PIP is already saved'] });
      else if (saved.status === 'Draft') {
        const { id, etag, ...rest } = saved;
        const updated: Pip = { ...rest, id, ...Object.fromEntries(fromFile.map((k) => [k, pip[k]])) };
        out.push({ rowNumber: row.rowNumber, label, outcome: 'updated', reasons: changes, record: { ...updated, pupilRef: pupil.pupilRef }, existing: { id, etag } });
      } else
        out.push({
          rowNumber: row.rowNumber,
          label,
          outcome: 'conflict',
          reasons: [`the saved PIP is ${saved.status}, so an import does not change it (${changes.join('; ')}): change it on the PIP if the file is right`],
        });
      continue;
    }
    const reasons = [`reason: ${pip.reasons.join('; ')}`];
    if (v.plannedEndDate === undefined) reasons.push(`no planned end date in the file: set to the first review, ${formatUkDate(pip.plannedEndDate)}`);
    if (v.targets === undefined) reasons.push('no targets in the file: to be agreed');
    reasons.push('saved as a Draft: add the targets, timetable and parent/carer agreement on the PIP before making it active');
    out.push({ rowNumber: row.rowNumber, label, outcome: 'new', reasons, record: { ...pip, pupilRef: pupil.pupilRef } });
  }
  return { kind: 'pips', rows: out };
}
