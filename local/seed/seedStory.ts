/**
 * Seeds what the demo's story says was already done, as staff record it in the product:
 *   - the reviews held outside Pathways Hub (EHC plan termly reviews, PEP reviews), each recorded by the member of
 *     staff who held it, signed in as them, through the Due view's "Record as held" (domain buildHeldElsewhere, then
 *     the meetings repository): the day and what was decided, no invitation;
 *   - the recent arrivals' baseline assessments, added through the assessments repository as the SEND support
 *     web part's Assessments view adds them.
 */
import type { IServices } from '../../src/composition/IServices';
import { londonToday } from '../../src/domain/dates/londonTime';
import { buildHeldElsewhere } from '../../src/domain/meetings/heldElsewhere';
import type { DemoData } from '../demo/types';
import { connectAs, type LocalConnection } from './localConnection';

export async function seedStory(
  conn: Pick<LocalConnection, 'siteUrl'> & { services: Pick<IServices, 'assessments'> },
  data: Pick<DemoData, 'heldMeetings' | 'baselines'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<void> {
  const pupilOf = (key: string, what: string): { pupilId: number; pupilRef: string } => {
    const pupilId = pupilIds.get(key);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`${what}: pupil ${key} was not seeded`);
    return { pupilId, pupilRef };
  };
  log(`Recording ${data.heldMeetings.length} reviews held outside Pathways Hub and ${data.baselines.length} baseline assessments…`);
  const site = new URL(conn.siteUrl);
  for (const h of data.heldMeetings) {
    const { pupilId, pupilRef } = pupilOf(h.pupilKey, `Demo held review ${h.key}`);
    const as = connectAs(site.origin, site.pathname, h.recordedBy.email, h.recordedBy.displayName);
    const built = buildHeldElsewhere({ pupilId, kind: h.kind, date: h.date, outcome: h.outcome, recordedBy: as.services.currentUser }, { today: londonToday(as.services.now()) });
    if (!built.meeting) throw new Error(`Demo held review ${h.key} would be refused by the form: ${Object.values(built.errors).join('; ')}`);
    await as.services.meetings.create(built.meeting, pupilRef);
  }
  for (const a of data.baselines) {
    const { pupilId, pupilRef } = pupilOf(a.pupilKey, 'Demo baseline');
    await conn.services.assessments.add({ ...a.assessment, pupilId }, pupilRef);
  }
}
