import type { ServiceConnection } from './connection';
import type { IServices } from './IServices';
import { SpSchoolRepository } from '../data/sp/SchoolRepository';
import { SpPupilRepository } from '../data/sp/PupilRepository';
import { SpSettingsRepository } from '../data/sp/SettingsRepository';
import { SpAttendanceRepository } from '../data/sp/attendance/AttendanceRepository';
import { SpAttendanceActionRepository } from '../data/sp/attendance/AttendanceActionRepository';
import { PupilAccessService } from '../data/sp/access/PupilAccessService';

/** Builds every service once, from one connection. The web part classes and the local workbench both call this. */
export function createServices(connection: ServiceConnection): IServices {
  const { sp, siteUrl } = connection;
  const schools = new SpSchoolRepository(sp);
  const access = new PupilAccessService(sp, siteUrl);
  const groupOfSchool = async (schoolId: number): Promise<number | undefined> => (await schools.get(schoolId)).staffGroupId;
  const pupils = new SpPupilRepository(sp, access, groupOfSchool);
  const pupilRefs = async (ids: readonly number[]): Promise<ReadonlyMap<number, string>> => {
    const wanted = new Set(ids);
    const all = await pupils.list();
    return new Map(all.items.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.pupilRef]));
  };
  return {
    pupils,
    schools,
    attendance: new SpAttendanceRepository(sp, siteUrl, pupilRefs),
    settings: new SpSettingsRepository(sp),
    attendanceActions: new SpAttendanceActionRepository(sp, siteUrl),
    currentUser: connection.user,
    siteUrl,
    now: connection.now ?? (() => new Date()),
  };
}
