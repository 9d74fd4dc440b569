/**
 * Validate-update form values are parsed in the web's regional settings (sp-dev-docs#4917, cli-microsoft365#4375):
 * a new site is en-US in Pacific Time; an ISO date is refused; a day-first date is misread or refused. The
 * settings are read through PnPjs (web.regionalSettings, its timeZone), cannot be changed by MERGE, and are
 * changed by a site owner through the site script action setRegionalSettings (sp.siteScripts.executeSiteScriptAction).
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER, STAFF } from './people';

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

type ActionResult = { Title: string; Outcome: number; OutcomeText: string | null };
const runAction = async (action: Record<string, unknown>, who: string = OWNER.email): Promise<ActionResult[]> =>
  (await spFor(who, { siteUrl: emu.siteUrl }).siteScripts.executeSiteScriptAction(JSON.stringify(action))) as unknown as ActionResult[];
const settingsNow = async () => ({
  ...(await as().web.regionalSettings.select('LocaleId', 'Time24')<{ LocaleId: number; Time24: boolean }>()),
  ...(await as().web.regionalSettings.timeZone.select('Id', 'Description')<{ Id: number; Description: string }>()),
});
const EN_GB_LONDON = { verb: 'setRegionalSettings', locale: 2057, timeZone: 2, hourFormat: '24' };

beforeAll(async () => {
  emu = await startTestEmulator();
  // The set-up site is en-GB (setup sets it); these tests start from SharePoint's default, as a new site has it.
  emu.store.setRegionalSettings({ localeId: 1033, timeZoneId: 13 });
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup('Pathways Hub Staff', STAFF.email);
});
afterAll(() => emu.close());

test('a new site is en-US in Pacific Time, with the 12-hour clock', async () => {
  const empty = await startTestEmulator({ emptySite: true });
  try {
    const sp = spFor(OWNER.email, { siteUrl: empty.siteUrl });
    expect(await sp.web.regionalSettings.select('LocaleId', 'Time24')()).toMatchObject({ LocaleId: 1033, Time24: false });
    expect(await sp.web.regionalSettings.timeZone.select('Id')()).toMatchObject({ Id: 13 });
  } finally {
    await empty.close();
  }
});

describe('regional settings of a new site: en-US, Pacific Time', () => {
  it('are read through PnPjs and cannot be changed by MERGE', async () => {
    expect(await as().web.regionalSettings.select('LocaleId', 'Time24')()).toMatchObject({ LocaleId: 1033, Time24: false });
    expect(await as().web.regionalSettings.timeZone()).toMatchObject({ Id: 13, Description: '(UTC-08:00) Pacific Time (US and Canada)' });
    const res = await rawFetch(`${emu.siteUrl}/_api/web/RegionalSettings`, OWNER.email, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json', Accept: 'application/json' },
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

describe('the site script action setRegionalSettings', () => {
  it('is refused to someone who is not a site owner (Manage Web Site), and changes nothing', async () => {
    const refused = await runAction(EN_GB_LONDON, STAFF.email).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(refused?.status).toBe(403);
    expect(await settingsNow()).toMatchObject({ LocaleId: 1033, Id: 13, Time24: false });
  });

  it('fails, changing nothing, for values it cannot set, and for verbs the emulator does not run', async () => {
    expect(await runAction({ ...EN_GB_LONDON, hourFormat: 24 })).toEqual([expect.objectContaining({ Outcome: 1, OutcomeText: 'hourFormat must be "12" or "24".' })]);
    expect(await runAction({ ...EN_GB_LONDON, locale: '2057' })).toEqual([expect.objectContaining({ Outcome: 1 })]);
    expect(await runAction({ ...EN_GB_LONDON, timeZone: 999 })).toEqual([expect.objectContaining({ Outcome: 1 })]);
    expect(await runAction({ verb: 'applyTheme', themeName: 'Blue Yonder' })).toEqual([expect.objectContaining({ Title: 'applyTheme', Outcome: 1 })]);
    expect(await settingsNow()).toMatchObject({ LocaleId: 1033, Id: 13, Time24: false });
    const notJson = await as().siteScripts.executeSiteScriptAction('{verb:').then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(notJson?.status).toBe(400);
  });

  it('sets the locale, the time zone and the clock for a site owner; run again, it changes nothing more', async () => {
    expect(await runAction(EN_GB_LONDON)).toEqual([expect.objectContaining({ Title: 'Set regional settings', Outcome: 0 })]);
    const after = await settingsNow();
    expect(after).toMatchObject({ LocaleId: 2057, Time24: true, Id: 2, Description: '(UTC) Dublin, Edinburgh, Lisbon, London' });
    expect(await runAction(EN_GB_LONDON)).toEqual([expect.objectContaining({ Outcome: 0 })]);
    expect(await settingsNow()).toEqual(after);
  });
});

describe('after setup: en-GB, London', () => {
  it('parses day-first dates and the 24-hour clock in London time', async () => {
    await runAction(EN_GB_LONDON);
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
