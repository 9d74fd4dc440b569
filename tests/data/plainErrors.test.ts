/**
 * Staff never see a library's own words (issue 16): what PnPjs and fetch really throw against the emulator (PnPjs's
 * "Retry count exceeded (3) … 429" under sustained throttling, "… 504" when answers are lost, fetch's "fetch failed"
 * with nothing listening) reaches the screen (errorText) and the repositories' errors (toDataError) as plain words
 * that say what happened and what to do.
 */
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../local/emulator/store';
import { toDataError } from '../../src/data/sp/spErrors';
import { errorText } from '../../src/ui/errorText';
import { SITE_PATH, spFor, startTestEmulator } from '../support/emulator';

let emulator: RunningEmulator;
let sp: SPFI;

beforeAll(async () => {
  emulator = await startTestEmulator();
  sp = spFor(DEFAULT_ADMIN.email, { siteUrl: `${emulator.origin}${SITE_PATH}` });
});
afterAll(() => emulator.close());

const LIBRARY_WORDS = /Retry count|fetch failed|HttpRequestError|429|504|Too Many Requests|Gateway|::>/i;

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

test('sustained throttling: PnPjs gives up with "Retry count exceeded"; staff read that SharePoint is busy and to try again', async () => {
  emulator.context.throttle.retryAfterSeconds = 0;
  emulator.context.throttle.rate = 1;
  let e: unknown;
  try {
    e = await failureOf(() => sp.web.lists.getByTitle('Pathways Pupils').items.top(1)());
  } finally {
    emulator.context.throttle.rate = 0;
  }
  expect((e as Error).message).toMatch(/Retry count exceeded \(3\)/);
  expect(errorText(e)).toMatch(/^SharePoint is busy at the moment .* try again in a few minutes/);
  expect(errorText(e)).not.toMatch(LIBRARY_WORDS);
  expect(toDataError(e, 'load the pupils').message).toBe('SharePoint is busy; could not load the pupils. Please try again in a minute.');
});

test('answers lost (504) on every attempt: staff read that it may or may not have been saved, and to look first', async () => {
  emulator.lostAnswers.inject({ method: 'POST', path: '/items', count: 4 });
  const e = await failureOf(() => sp.web.lists.getByTitle('Pathways Settings').items.add({ Title: 'probe', PwKey: 'probe-504' }));
  emulator.lostAnswers.inject({ count: 0 });
  expect((e as Error).message).toMatch(/Retry count exceeded \(3\)/);
  expect(errorText(e)).toMatch(/did not answer in time, so what you did may or may not have been saved\. Reload the page/);
  expect(errorText(e)).not.toMatch(LIBRARY_WORDS);
  const err = toDataError(e, 'save the setting');
  expect(err.message).toMatch(/^Could not save the setting: SharePoint did not answer in time, so it may or may not have been done/);
  expect(err.message).not.toMatch(LIBRARY_WORDS);
});

test('nothing listening: fetch says "fetch failed"; staff read that the connection may be down and what to do', async () => {
  const closed = await startTestEmulator({ emptySite: true });
  const siteUrl = `${closed.origin}${SITE_PATH}`;
  await closed.close();
  const e = await failureOf(() => spFor(DEFAULT_ADMIN.email, { siteUrl, retries: 1 }).web.select('Title')());
  expect(String((e as Error).message)).toMatch(/fetch failed/);
  expect(errorText(e)).toBe(
    'Pathways Hub could not reach SharePoint or Microsoft 365: the connection may be down. Check it, reload the page to see what was saved, and try again.',
  );
  const err = toDataError(e, 'load the pupils');
  expect(err).toMatchObject({ kind: 'network' });
  expect(err.message).toBe('Could not load the pupils: SharePoint could not be reached. Check the connection, reload the page to see what was saved, and try again.');
});

test('words the product wrote itself are kept', () => {
  expect(errorText(new Error('The register was not saved: 12/04/2027 is in the Easter holiday.'))).toBe('The register was not saved: 12/04/2027 is in the Easter holiday.');
});

test('a column the site does not have yet (the package deployed before the upgrade): staff read that a site owner should press Upgrade', async () => {
  const select = await failureOf(() => sp.web.lists.getByTitle('Pathways Pupils').items.select('Id', 'PwNoSuchColumn')());
  const selected = toDataError(select, 'load the pupils');
  expect(selected.message).toBe(
    'Could not load the pupils: this site has no column PwNoSuchColumn, which this version of Pathways Hub reads. The site has not been upgraded to it yet: a site owner should open Site setup and press Upgrade.',
  );
  const filter = await failureOf(() => sp.web.lists.getByTitle('Pathways Pupils').items.filter("PwNoSuchColumn eq 'x'")());
  expect(toDataError(filter, 'load the pupils').message).toMatch(/^Could not load the pupils: this site has no column PwNoSuchColumn, .* press Upgrade\.$/);
  expect(errorText(selected)).not.toMatch(LIBRARY_WORDS);
});
