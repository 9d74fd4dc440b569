/**
 * docs/sharing.md shows the sharing table generated from the code that enforces it (src/lists/homeSchoolSharing.ts,
 * src/lists/siteSecurity.ts, the settings' defaults): this fails when the page and the code differ. To update the
 * page, paste the table this test prints between the markers.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_HOME_SCHOOL_SHARING, HOME_SCHOOL_SHARING_WORDS } from '../../src/domain';
import { sharingTableMarkdown } from '../../src/lists';

test('docs/sharing.md shows the sharing table the code enforces', () => {
  const page = readFileSync(join(__dirname, '../../docs/sharing.md'), 'utf8');
  const found = /<!-- sharing-table:start -->\n([\s\S]*?)\n<!-- sharing-table:end -->/.exec(page)?.[1];
  expect(found).toBe(sharingTableMarkdown(HOME_SCHOOL_SHARING_WORDS, DEFAULT_HOME_SCHOOL_SHARING));
});
