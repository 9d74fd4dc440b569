/**
 * Validate-update form values are parsed in the web's regional settings (sp-dev-docs#4917, cli-microsoft365#4375):
 * a new site is en-US in Pacific Time; an ISO date is refused; a day-first date is misread or refused. The
 * settings are read through PnPjs (web.regionalSettings, its timeZone) and cannot be changed by MERGE.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER } from './people';

const PUPILS = 'Pathways Pupils';
let emu: RunningEmulator;
const as = () => spFor(OWNER.email, { siteUrl: emu.siteUrl });
type Result = { FieldName: string; FieldValue: string; HasException: boolean; ErrorMessage: string | null; ItemId: number };

const pupil = (ref: string, dob: string, enrolled: string) => [
  { FieldName: 'Title', FieldValue: ref },
  { FieldName: 'PwPupilRef', FieldValue: ref },
  { FieldName: 'PwFirstName', FieldValue: 'Sam' },
  { FieldName: 'PwLastName', FieldValue: ref },
  { FieldName: 'PwDateOfBirth', FieldValue: dob },
  { FieldName: 'PwYearGroup', FieldValue: '9' },
  { FieldName: 'PwEnrolmentDate', FieldValue: enrolled },
  { FieldName: 'PwRegistration', FieldValue: 'Single' },
  { FieldName: 'PwSupportTier', FieldValue: 'Universal' },
  { FieldName: 'PwSenProvision', FieldValue: 'N' },
];

const add = async (values: { FieldName: string; FieldValue: string }[]): Promise<Result[]> =>
  (await as().web.lists.getByTitle(PUPILS).addValidateUpdateItemUsingPath(values, '/sites/pathways/Lists/PwPupils')) as unknown as Result[];

const dates = async (id: number) => as().web.lists.getByTitle(PUPILS).items.getById(id).select('PwDateOfBirth', 'PwEnrolmentDate')();

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

describe('regional settings of a new site: en-US, Pacific Time', () => {
  it('are read through PnPjs and cannot be changed by MERGE', async () => {
    expect(await as().web.regionalSettings.select('LocaleId', 'Time24')()).toMatchObject({ LocaleId: 1033, Time24: false });
    expect(await as().web.regionalSettings.timeZone()).toMatchObject({ Id: 13, Description: '(UTC-08:00) Pacific Time (US and Canada)' });
    const res = await fetch(`${emu.siteUrl}/_api/web/RegionalSettings`, {
      method: 'POST',
      headers: { 'x-emulator-user': OWNER.email, 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ LocaleId: 2057 }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/does not support HTTP PATCH/);
  });

  it('parses month-first dates and 12-hour times in Pacific Time', async () => {
    const res = await add(pupil('R1', '3/4/2012', '9/7/2026 8:45 AM'));
    expect(res.filter((r) => r.HasException)).toEqual([]);
    // Date-only: local midnight in Pacific Time (PST -8 in March 2012; PDT -7 in September).
    expect(await dates(res[0].ItemId)).toMatchObject({ PwDateOfBirth: '2012-03-04T08:00:00Z', PwEnrolmentDate: '2026-09-07T07:00:00Z' });
  });

  it('refuses ISO dates and day-first dates it cannot read, and misreads those it can', async () => {
    const iso = await add(pupil('R2', '2012-03-04', '2026-09-07'));
    expect(iso.filter((r) => r.HasException).map((r) => [r.FieldName, r.ErrorMessage])).toEqual([
      ['PwDateOfBirth', 'Enter a date like this: 2/23/2012'],
      ['PwEnrolmentDate', 'Enter a date like this: 2/23/2012'],
    ]);
    const dayFirst = await add(pupil('R3', '23/03/2012', '07/09/2026'));
    expect(dayFirst.filter((r) => r.HasException).map((r) => r.FieldName)).toEqual(['PwDateOfBirth']);
    const swapped = await add(pupil('R4', '04/03/2012', '07/09/2026'));
    expect(await dates(swapped[0].ItemId)).toMatchObject({ PwDateOfBirth: '2012-04-03T07:00:00Z', PwEnrolmentDate: '2026-07-09T07:00:00Z' });
    const clock = await as().web.lists.getByTitle('Pathways Review Meetings').addValidateUpdateItemUsingPath([{ FieldName: 'PwStart', FieldValue: '2026-09-07T14:25:00Z' }], '/sites/pathways/Lists/PwReviewMeetings');
    expect((clock as unknown as Result[]).find((r) => r.FieldName === 'PwStart')).toMatchObject({ HasException: true, ErrorMessage: 'Enter a date and time like this: 2/23/2012 2:25 PM' });
  });
});

describe('after setup: en-GB, London', () => {
  it('parses day-first dates and the 24-hour clock in London time', async () => {
    emu.store.setRegionalSettings({ localeId: 2057, timeZoneId: 2 });
    expect(await as().web.regionalSettings.timeZone.select('Id')()).toMatchObject({ Id: 2 });
    const res = await add(pupil('G1', '04/03/2012', '07/09/2026'));
    expect(await dates(res[0].ItemId)).toMatchObject({ PwDateOfBirth: '2012-03-04T00:00:00Z', PwEnrolmentDate: '2026-09-06T23:00:00Z' });
    const bad = await add(pupil('G2', '3/23/2012', '2026-09-07'));
    expect(bad.filter((r) => r.HasException).map((r) => r.ErrorMessage)).toEqual(['Enter a date like this: 23/02/2012', 'Enter a date like this: 23/02/2012']);
    const meeting = await as().web.lists.getByTitle('Pathways Review Meetings').addValidateUpdateItemUsingPath(
      [
        { FieldName: 'PwPupil', FieldValue: String(res[0].ItemId) },
        { FieldName: 'PwKind', FieldValue: 'PIP review' },
        { FieldName: 'PwStatus', FieldValue: 'Draft' },
        { FieldName: 'PwStart', FieldValue: '07/09/2026 14:25' },
        { FieldName: 'PwEnd', FieldValue: '07/09/2026 15:25' },
      ],
      '/sites/pathways/Lists/PwReviewMeetings',
    );
    expect((meeting as unknown as Result[]).filter((r) => r.HasException)).toEqual([]);
    const id = (meeting as unknown as Result[])[0].ItemId;
    expect(await as().web.lists.getByTitle('Pathways Review Meetings').items.getById(id).select('PwStart')()).toMatchObject({ PwStart: '2026-09-07T13:25:00Z' });
  });
});
