/**
 * The form digest a page carries for its own web (the local workbench's, as a SharePoint page's
 * legacyPageContext.formDigestValue): writes to that web use it and ask `_api/contextinfo` for nothing, as PnPjs's
 * SPFx behaviour does; another web, or an expired digest, is not given it.
 */
import { InjectHeaders } from '@pnp/queryable';
import { browserBehavior, createSp, pageDigestBehavior, pageDigestFor } from '../../../src/data/sp/pnpSetup';
import { EMULATOR_USER_HEADER } from '../../../local/emulator/contracts';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueFormDigest } from '../../../local/emulator/sharepoint/formDigest';
import type { RunningEmulator } from '../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../local/emulator/store';
import { startTestEmulator } from '../../support/emulator';

describe('the page’s form digest', () => {
  const web = 'https://contoso.example.org/sites/pathways';
  const issuedAt = new Date('2026-12-05T03:10:00Z');
  const digest = issueFormDigest(web, issuedAt);

  it('is written as SharePoint writes it: no weekday, so PnPjs reads its date after the one comma', () => {
    expect(digest).toMatch(/^0x[0-9A-F]{128},05 Dec 2026 03:10:00 -0000$/);
  });

  it('is given for the page’s own web until its timeout less 15 s, never for another web', () => {
    const hook = pageDigestFor(web, digest, FORM_DIGEST_TIMEOUT_SECONDS);
    expect(hook(`${web}/_api/$batch`)).toEqual({ value: digest, expiration: new Date(issuedAt.getTime() + (FORM_DIGEST_TIMEOUT_SECONDS - 15) * 1000) });
    expect(hook(`${web.toUpperCase()}/_API/web/lists`)).toBeDefined();
    expect(hook('https://contoso.example.org/sites/pathways-other/_api/$batch')).toBeUndefined();
    expect(hook('https://contoso.example.org/_api/$batch')).toBeUndefined();
  });

  describe('against the emulator', () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startTestEmulator();
    });
    afterAll(() => emu.close());

    it('lets a write through with no contextinfo request', async () => {
      const sp = createSp(emu.siteUrl, pageDigestBehavior(emu.siteUrl, issueFormDigest(emu.siteUrl), FORM_DIGEST_TIMEOUT_SECONDS), browserBehavior(emu.siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: DEFAULT_ADMIN.email }));
      emu.requestLog.clear();
      await sp.web.lists.getByTitle('Pathways Settings').items.add({ Title: 'page digest', PwKey: 'pageDigestTest', PwValue: '{}' });
      const paths = emu.requestLog.all().map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
      expect(paths).toEqual([expect.stringMatching(/^POST .*\/_api\/web\/lists\/getByTitle\('Pathways Settings'\)\/items$/)]);
    });
  });
});
