import type {
  IAttendanceActionRepository,
  IAttendanceRepository,
  IPipRepository,
  IPupilRepository,
  ISchoolRepository,
  ISettingsRepository,
} from '../data/ports';

/** Everything a web part's components may use, built once per web part by createServices. */
export interface IServices {
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly attendance: IAttendanceRepository;
  readonly settings: ISettingsRepository;
  /** Stage 2 and 3 attendance actions taken and planned. */
  readonly attendanceActions: IAttendanceActionRepository;
  /** Phased Integration Plans (temporary part-time timetables, C2) and their six-weekly reviews. */
  readonly pips: IPipRepository;
  readonly currentUser: { readonly email: string; readonly displayName: string };
  readonly siteUrl: string;
  /** The current time (injected so that screens and tests agree on "today"). */
  readonly now: () => Date;
}
