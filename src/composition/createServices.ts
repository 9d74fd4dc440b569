import type { ServiceConnection } from './connection';
import type { IServices } from './IServices';
import { SpSchoolRepository } from '../data/sp/SchoolRepository';
import { SpPupilRepository } from '../data/sp/PupilRepository';
import { PupilAccessService } from '../data/sp/access/PupilAccessService';

/** Builds every service once, from one connection. The web part classes and the local workbench both call this. */
export function createServices(connection: ServiceConnection): IServices {
  const schools = new SpSchoolRepository(connection.sp);
  const access = new PupilAccessService(connection.sp, connection.siteUrl);
  const groupOfSchool = async (schoolId: number): Promise<number | undefined> => (await schools.get(schoolId)).staffGroupId;
  return {
    pupils: new SpPupilRepository(connection.sp, access, groupOfSchool),
    schools,
    currentUser: connection.user,
    siteUrl: connection.siteUrl,
  };
}
