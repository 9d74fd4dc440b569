import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate } from '../dates/isoDates';
import type { Pip } from './pip';
import { lastDayInForce } from './pipHistory';

/**
 * A pupil is on one PIP at a time: two agreed PIPs (Active or Ended) of one pupil may not be in force on the same
 * day (pipHistory: an Active PIP is in force from its start until it is ended). Otherwise the tracker and the LA
 * return would count the pupil twice. A Draft is never in force, so a next plan can be drafted beside the current one.
 */
type OverlapPip = Pick<Pip, 'id' | 'pupilId' | 'status' | 'startDate' | 'plannedEndDate' | 'endedOn'>;

const END_OF_TIME = '9999-12-31';

function span(p: OverlapPip): { from: string; to: string } {
  return { from: p.startDate, to: lastDayInForce(p) ?? END_OF_TIME };
}

/** The issue when `pip` would be in force on a day another of the pupil's PIPs is; none otherwise. */
export function overlappingPipIssue(pip: OverlapPip, others: readonly OverlapPip[]): ValidationIssue | undefined {
  if (pip.status === 'Draft') return undefined;
  const mine = span(pip);
  const clash = others
    .filter((o) => o.pupilId === pip.pupilId && o.status !== 'Draft' && (pip.id === undefined || o.id !== pip.id))
    .find((o) => {
      const theirs = span(o);
      return theirs.from <= mine.to && mine.from <= theirs.to;
    });
  if (!clash) return undefined;
  if (clash.status === 'Active')
    return {
      path: ['status'],
      message:
        `This pupil is already on an active PIP (from ${formatUkDate(clash.startDate)}): a pupil is on one PIP at a time. ` +
        'End or extend that PIP at a review, or save this one as a draft.',
    };
  return {
    path: ['startDate'],
    message: `This pupil was on a PIP until ${formatUkDate(lastDayInForce(clash) ?? clash.plannedEndDate)}: start this one after that day.`,
  };
}
