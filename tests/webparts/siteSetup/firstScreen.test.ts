/**
 * Site setup's first screen is the site's status (issue 18): its view and the data module it names in `firstData`
 * (`siteStatus`), followed through their static imports, reach none of the check's, the planner's or the setup
 * engine's code, nor who can see each pupil; those load when "Check this site" (or setup, or a repair) is pressed.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { closure, SRC } from '../../support/importClosure';

const CHECK_CODE = [
  'data/sp/setup/setupPlan.ts',
  'data/sp/setup/siteSnapshot.ts',
  'data/sp/setup/SiteSetup.ts',
  'data/sp/setup/setupRunner.ts',
  'data/sp/setup/health/SiteHealthCheck.ts',
  'data/sp/setup/health/schemaFindings.ts',
  'data/sp/setup/health/orphanFindings.ts',
  'data/sp/access/HomeSchoolAccessService.ts',
  'composition/onDemand/siteSetup.ts',
  'lists/siteSecurity.ts',
];

describe('Site setup’s first screen', () => {
  const part = readFileSync(join(SRC, 'webparts', 'siteSetup', 'SiteSetupWebPart.ts'), 'utf8');

  it('names the status, and only the status, as what its first screen reads', () => {
    expect(/firstData: readonly DataModule\[\] = \[([^\]]*)\]/.exec(part)?.[1]).toBe("'siteStatus'");
  });

  it.each([
    ['its view', 'webparts/siteSetup/components/SiteSetup.tsx'],
    ['the status module', 'composition/onDemand/siteStatus.ts'],
  ])('%s imports none of the check, the planner, the setup engine or the pupils’ access', (_what, file) => {
    const reached = closure(file);
    expect(reached).toContain(file);
    expect(CHECK_CODE.filter((f) => reached.has(f))).toEqual([]);
  });

  it('reaches the status read from its data module (the walk is not empty)', () => {
    expect(closure('composition/onDemand/siteStatus.ts')).toContain('data/sp/setup/siteStatus.ts');
  });
});
