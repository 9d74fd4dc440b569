/**
 * Dates written as validate-update form values follow the site's regional settings (sp-dev-docs#4917): the
 * product reads them once and writes what the site parses, on a site left at SharePoint's default (en-US,
 * Pacific Time) as on one set up for England (en-GB, London).
 */
import { listByKey } from '../../../src/lists';
import { formValues } from '../../../src/data/sp/fieldWriter';
import { addInPupilFolder } from '../../../src/data/sp/folderWriter';
import { forgetSiteRegional, siteRegionalOf } from '../../../src/data/sp/siteRegional';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

const meetings = listByKey('reviewMeetings');
let fx: PathwaysFixture;
let pupilId: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  pupilId = (await fx.addPupil('PH-R1')).id;
});
afterAll(() => fx.close());

let added = 0;
const addMeeting = async (): Promise<Record<string, unknown>> => {
  added += 1;
  const id = await addInPupilFolder(fx.admin.sp, fx.emulator.siteUrl, meetings, 'PH-R1', {
    // Every record the product adds carries its own key (docs/architecture.md, "Exactly-once creates").
    PwClientKey: `regional-${added}`,
    PwPupil: pupilId,
    PwKind: 'PIP review',
    PwStatus: 'Draft',
    PwStart: '2026-11-03T14:30:00.000Z',
    PwEnd: '2026-07-09T15:05:00.000Z',
  });
  return fx.admin.sp.web.lists.getByTitle(meetings.title).items.getById(id).select('PwStart', 'PwEnd')();
};

test('formats form values in the site’s date order, clock and time zone', () => {
  const us = siteRegionalOf(1033, 13);
  const gb = siteRegionalOf(2057, 2);
  const values = { PwStart: '2026-11-03T14:30:00.000Z', PwEnd: '2026-07-09T15:05:00.000Z' };
  expect(formValues(meetings, values, us).map((v) => v.FieldValue)).toEqual(['11/3/2026 6:30 AM', '7/9/2026 8:05 AM']);
  expect(formValues(meetings, values, gb).map((v) => v.FieldValue)).toEqual(['03/11/2026 14:30', '09/07/2026 16:05']);
  expect(() => siteRegionalOf(1036, 3, '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris')).toThrow(/locale 1036.*run setup again/);
});

test('on a site at SharePoint’s default (en-US, Pacific Time) the stored instants are the ones written', async () => {
  fx.emulator.store.setRegionalSettings({ localeId: 1033, timeZoneId: 13 }); // setup sets en-GB; an owner may change it back
  forgetSiteRegional();
  expect(await addMeeting()).toMatchObject({ PwStart: '2026-11-03T14:30:00Z', PwEnd: '2026-07-09T15:05:00Z' });
});

test('on a site set up for England (en-GB, London) too, once its settings are read again', async () => {
  fx.emulator.store.setRegionalSettings({ localeId: 2057, timeZoneId: 2 });
  forgetSiteRegional(fx.emulator.siteUrl);
  expect(await addMeeting()).toMatchObject({ PwStart: '2026-11-03T14:30:00Z', PwEnd: '2026-07-09T15:05:00Z' });
});
