/**
 * One valid record in each list that a site may hold none of (pupil history, attendance amendments and actions,
 * targets, support plans, notifications, EHC requests, contacts with parents, SEMH profiles, LA returns sent, a report filed for leadership, transition plans), entered the way a
 * person's action enters it: through the product's services, for one pupil enrolled through the product. Each
 * record comes from its shared builder.
 */
import type { Pupil } from '../../src/domain';
import type { Saved } from '../../src/data/ports';
import type { IServices } from '../../src/composition/IServices';
import { attendanceActionRecord, parentContactRecord } from './attendanceFollowUpBuilders';
import { semhProfileRecord } from './behaviourBuilder';
import { sentLaReturn } from './laReturnBuilder';
import { filedLeadersReport } from './leadersReportBuilder';
import { notificationRequest } from './notificationBuilder';
import { pupilChangeRecord, pupilRecord } from './pupilBuilder';
import { ehcRequestRecord, supportPlanRecord, targetRecord } from './sendBuilders';
import { transitionPlanRecord } from './transitionBuilder';

/** The moment the records are entered (services built with this `now`: contacts and registers are not ahead of it). */
export const ONE_OF_EACH_NOW = new Date('2026-11-20T12:00:00Z');
const REGISTER_DAY = '2026-11-16';

export async function addOneOfEachList(services: IServices, ref = 'PH-EVERY1'): Promise<Saved<Pupil>> {
  const created = await services.pupils.create(pupilRecord(ref));
  const { pupilId, pupilRef } = { pupilId: created.id, pupilRef: created.pupilRef };
  const change = pupilChangeRecord(pupilId, { changedBy: services.currentUser.email });
  const pupil = await services.pupilHistory.saveWithHistory(created, { ...created, supportTier: 'Targeted SEN intervention' }, [change]);

  // A mark saved, then corrected with a reason: the amendment.
  const attendance = services.attendance;
  const mark = (code: string) => ({ pupilId, date: REGISTER_DAY, session: 'AM' as const, code, recordedBy: services.currentUser.email, recordedAt: `${REGISTER_DAY}T09:10:00Z` });
  for (const [code, reasons] of [['/', new Map<number, string>()], ['I', new Map([[pupilId, 'Doctor’s letter arrived: ill that morning']])]] as const) {
    const result = await attendance.saveRegister({ date: REGISTER_DAY, session: 'AM', marks: [mark(code)], reasons, baseline: await attendance.register(REGISTER_DAY, 'AM'), takenBy: services.currentUser.email, at: `${REGISTER_DAY}T09:20:00Z` });
    if (!result.saved.includes(pupilId)) throw new Error(`The register mark ${code} was not saved: ${JSON.stringify(result)}`);
  }

  await services.attendanceActions.add(attendanceActionRecord(pupilId), pupilRef);
  const plan = await services.supportPlans.create(supportPlanRecord(pupilId), pupilRef);
  await services.targets.create(targetRecord(pupilId, { source: 'SEN support plan', sourceId: plan.id }), pupilRef);
  const sent = await services.notifications.notify(notificationRequest(pupilId));
  if (sent.outcome !== 'sent') throw new Error(`The notification was not sent: ${sent.problem ?? sent.outcome}`);
  await services.ehcRequests.create(ehcRequestRecord(pupilId), pupilRef);
  await services.parentContacts.add(parentContactRecord(pupilId), pupilRef);
  await services.semhProfiles.create(semhProfileRecord(pupilId), pupilRef);
  await services.laReturns.record(sentLaReturn({ pupilCount: 1, pipIds: [] }), new TextEncoder().encode('Pupil reference\nPH-EVERY1\n'));
  await services.leadershipReports.file(filedLeadersReport(), new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  await services.transitionPlans.create(transitionPlanRecord(pupilId), pupilRef);
  return pupil;
}
