import { firstDueItems, formatUkDate, type SchoolSettings } from '../../../../domain';
import type { SavedPupil } from '../../../../data/ports';

/** What staff are told after an enrolment: who can now see the record, and what falls due first. */
export function enrolledMessage(pupil: SavedPupil, today: string, settings: SchoolSettings, schoolName: (id: number) => string): string {
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const shared =
    pupil.access?.state === 'not-yet-shared'
      ? `Not yet shared: ${pupil.access.message ?? 'the home school cannot see the record yet.'}`
      : pupil.homeSchoolId === undefined
        ? 'No home school is recorded, so only PRU staff can see the record.'
        : `${schoolName(pupil.homeSchoolId)}’s named staff can read the record now.`;
  const due = firstDueItems(pupil, today, settings).map((i) => `${i.label} by ${formatUkDate(i.actBy)}`);
  return `${name} was enrolled. ${shared}${due.length > 0 ? ` Due first: ${due.join('; ')}.` : ''}`;
}
