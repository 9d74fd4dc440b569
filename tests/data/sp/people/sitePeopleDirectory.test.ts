/**
 * SitePeopleDirectory against the emulator: staff names from the site's user list (siteUsers/getByEmail), for PRU
 * staff and for a home school's named staff alike; an address not in the list is left out (the screen shows it).
 */
import { SitePeopleDirectory } from '../../../../src/data/sp/people/SitePeopleDirectory';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
const TUTOR = 'tutor@pathways.example.org';
const HOME_SCHOOL = 'senco@ua1.example.sch.uk';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.emulator.store.addUser({ email: TUTOR, displayName: 'Robin Tutor', userType: 'Member' });
  fx.addStaff(TUTOR, 'staff');
  await fx.addSchool('Upton Academy', '991101', [HOME_SCHOOL]);
});
afterAll(() => fx.close());

describe('SitePeopleDirectory (emulator)', () => {
  it('finds a member of staff’s name by address, whatever its case, for staff and for a home school', async () => {
    for (const reader of [TUTOR, HOME_SCHOOL]) {
      const names = await new SitePeopleDirectory(fx.as(reader).sp).namesOf(['Tutor@Pathways.example.org']);
      expect(names.get('tutor@pathways.example.org')).toBe('Robin Tutor');
    }
  });

  it('leaves out an address that is not in the site’s user list, and asks once per address', async () => {
    const directory = new SitePeopleDirectory(fx.as(TUTOR).sp);
    const names = await directory.namesOf(['nobody@elsewhere.example.org', TUTOR, TUTOR.toUpperCase()]);
    expect(Array.from(names.entries())).toEqual([[TUTOR, 'Robin Tutor']]);
  });
});

test('asks the addresses it does not know in one request (a batch), not one request each', async () => {
  const directory = new SitePeopleDirectory(fx.as(TUTOR).sp);
  const addresses = [TUTOR, HOME_SCHOOL, 'nobody@elsewhere.example.org', 'someone@elsewhere.example.org'];
  const { result, requests } = await fx.countRequests(() => directory.namesOf(addresses));
  expect(result.get(TUTOR)).toBe('Robin Tutor');
  expect(result.has('nobody@elsewhere.example.org')).toBe(false);
  expect(requests.filter((r) => !r.includes('contextinfo'))).toHaveLength(1);
  const again = await fx.countRequests(() => directory.namesOf([TUTOR.toUpperCase(), HOME_SCHOOL]));
  expect(again.requests).toEqual([]);
  expect(again.result.get(TUTOR)).toBe('Robin Tutor');
});
