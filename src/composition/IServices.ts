import type { IPupilRepository, ISchoolRepository } from '../data/ports';

/** Everything a web part's components may use, built once per web part by createServices. */
export interface IServices {
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly currentUser: { readonly email: string; readonly displayName: string };
  readonly siteUrl: string;
}
