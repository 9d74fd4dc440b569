import type { IServices } from '../../../../../composition/IServices';
import type { Saved } from '../../../../../data/ports';
import {
  academicYearBounds,
  academicYearOf,
  londonToday,
  type IsoDate,
  type Pupil,
  type School,
  type SchoolSettings,
} from '../../../../../domain';

/** What every insight view needs: who, where, the rules, and "today" in London. */
export interface InsightsBase {
  readonly pupils: readonly Saved<Pupil>[];
  readonly schoolNames: ReadonlyMap<number, string>;
  readonly settings: SchoolSettings;
  readonly today: IsoDate;
  readonly academicYear: string;
  /** First day of the academic year (1 August). */
  readonly yearStart: IsoDate;
  /** Records that could not be read (shown as a warning, never silently dropped). */
  readonly problems: readonly string[];
}

export async function loadInsightsBase(services: Pick<IServices, 'pupils' | 'schools' | 'settings' | 'now'>): Promise<InsightsBase> {
  const [pupils, schools, settings] = await Promise.all([services.pupils.list(), services.schools.list(), services.settings.get()]);
  const today = londonToday(services.now());
  const academicYear = academicYearOf(today);
  return {
    pupils: [...pupils.items].sort((a, b) => a.lastName.localeCompare(b.lastName, 'en-GB') || a.firstName.localeCompare(b.firstName, 'en-GB')),
    schoolNames: new Map(schools.items.map((s: Saved<School>) => [s.id, s.name])),
    settings,
    today,
    academicYear,
    yearStart: academicYearBounds(academicYear).start,
    problems: [...pupils.problems, ...schools.problems].map((p) => p.message),
  };
}
