import type { Pupil } from './pupil';
import { SEN_PROVISION_LABELS } from '../vocabulary';

/** The flags a pupil's record carries (FSM … Medical), in the register's order, with their labels. */
export const PUPIL_FLAGS = [
  ['fsm', 'FSM'],
  ['pp', 'PP'],
  ['lac', 'LAC'],
  ['cin', 'CIN'],
  ['cp', 'CP'],
  ['yos', 'YOS'],
  ['medical', 'Medical'],
] as const;

/**
 * The flags shown beside a pupil's name (the attendance register): the SEN provision when there is one (EHC plan,
 * SEN support), then the register's flags in their order (FSM … Medical).
 */
export function pupilFlagLabels(p: Pick<Pupil, 'senProvision' | (typeof PUPIL_FLAGS)[number][0]>): string[] {
  const provision = p.senProvision === 'N' ? [] : [SEN_PROVISION_LABELS[p.senProvision]];
  return [...provision, ...PUPIL_FLAGS.filter(([k]) => p[k]).map(([, label]) => label)];
}
