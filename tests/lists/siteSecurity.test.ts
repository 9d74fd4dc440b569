import * as fs from 'node:fs';
import * as path from 'node:path';
import { LISTS } from '../../src/lists';
import {
  CONTRIBUTE_PERMISSIONS,
  LEADERSHIP_LEVEL,
  LIST_ACCESS,
  listGrants,
  maskHas,
  maskOf,
  permissionsOf,
  READ_PERMISSIONS,
  SITE_GROUPS,
  siteGrants,
} from '../../src/lists/siteSecurity';
import { DOC_RELATIVE_PATH, withPermissionTable } from '../../tools/provisioning/permissionTable';

describe('site security declaration', () => {
  it('computes the masks SharePoint Online gives its built-in Read and Contribute levels', () => {
    // Read and Contribute as GET _api/web/roleDefinitions answers on SharePoint Online.
    expect(maskOf(READ_PERMISSIONS)).toEqual({ High: '176', Low: '138612833' });
    expect(maskOf(CONTRIBUTE_PERMISSIONS)).toEqual({ High: '432', Low: '1011028719' });
    expect(maskOf(['FullMask'])).toEqual({ High: '4294967295', Low: '4294967295' });
  });

  it('reads single bits back out of a mask, in both halves', () => {
    const leadership = maskOf(LEADERSHIP_LEVEL.permissions);
    expect(maskHas(leadership, 'ManagePermissions')).toBe(true);
    expect(maskHas(leadership, 'EnumeratePermissions')).toBe(true);
    expect(maskHas(leadership, 'ManageLists')).toBe(false);
    expect(maskHas(leadership, 'ManageWeb')).toBe(false);
    expect(maskHas(maskOf(CONTRIBUTE_PERMISSIONS), 'ManagePermissions')).toBe(false);
    expect(maskHas(maskOf(CONTRIBUTE_PERMISSIONS), 'EditMyUserInfo')).toBe(true);
    expect(maskHas(maskOf(READ_PERMISSIONS), 'AddListItems')).toBe(false);
  });

  it('declares grants for every list, and only Leadership (besides the Owners) may manage permissions anywhere', () => {
    expect(Object.keys(LIST_ACCESS).sort()).toEqual(LISTS.map((l) => l.key).sort());
    for (const list of LISTS) {
      const grants = listGrants(list.key);
      expect(grants[0]).toEqual({ principal: 'owners', level: 'fullControl' });
      for (const g of grants.slice(1)) {
        const manages = permissionsOf(g.level).includes('ManagePermissions');
        expect([g.principal, manages]).toEqual([g.principal, g.principal === 'leadership']);
      }
    }
    for (const g of siteGrants().filter((x) => x.principal !== 'owners')) {
      expect([g.principal, permissionsOf(g.level).includes('CreateGroups')]).toEqual([g.principal, g.principal === 'leadership']);
    }
  });

  it('lets a teacher change neither settings, schools nor pupils, and lets the office enrol pupils', () => {
    expect(['settings', 'schools', 'schoolContacts', 'pupils'].map((k) => LIST_ACCESS[k as keyof typeof LIST_ACCESS].staff)).toEqual([
      'read',
      'read',
      'read',
      'read',
    ]);
    expect(LIST_ACCESS.pupils.office).toBe('contribute');
    expect(LIST_ACCESS.settings.office).toBe('read');
    expect(SITE_GROUPS.map((g) => g.title)).toEqual(['Pathways Hub Leadership', 'Pathways Hub Office', 'Pathways Hub Staff']);
  });

  it('is the table docs/architecture.md shows', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', DOC_RELATIVE_PATH), 'utf8').replace(/\r\n/g, '\n');
    expect(withPermissionTable(doc)).toBe(doc);
  });
});
