/**
 * SharePoint's base permissions and their masks (what a person may do, as SharePoint's REST API says it). Pure
 * TypeScript, in a module of its own so a screen that only asks "may this person …?" (Site setup's first screen) does
 * not load the whole access design (siteSecurity.ts, which re-exports it).
 */
/**
 * SharePoint's base permissions (SP.PermissionKind / SPBasePermissions) with their bit numbers: permission n is
 * bit n-1 of the 64-bit mask (Low: bits 0-31, High: bits 32-63). FullMask (65) means every bit.
 * Source: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee536458(v=office.15)
 * (the same numbers as PnPjs's PermissionKind).
 */
export const BASE_PERMISSION_BITS = {
  EmptyMask: 0,
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
  FullMask: 65,
} as const;

export type BasePermission = keyof typeof BASE_PERMISSION_BITS;

/** A base permission mask as SharePoint's REST API writes it: two unsigned 32-bit halves, as decimal strings. */
export interface BasePermissionMask {
  readonly High: string;
  readonly Low: string;
}

const ALL_BITS = 0xffffffff;

/** The mask of a set of base permissions (FullMask sets every bit). Plain numbers: the SPFx target has no BigInt. */
export function maskOf(permissions: readonly BasePermission[]): BasePermissionMask {
  let high = 0;
  let low = 0;
  for (const p of permissions) {
    const bit = BASE_PERMISSION_BITS[p];
    if (bit === 65) {
      high = ALL_BITS;
      low = ALL_BITS;
    } else if (bit > 32) high = (high | (1 << (bit - 33))) >>> 0;
    else if (bit > 0) low = (low | (1 << (bit - 1))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

/** Whether a mask includes a base permission (FullMask: every bit set; EmptyMask: always). */
export function maskHas(mask: BasePermissionMask, permission: BasePermission): boolean {
  const bit = BASE_PERMISSION_BITS[permission];
  const high = Number(mask.High) >>> 0;
  const low = Number(mask.Low) >>> 0;
  if (bit === 65) return high === ALL_BITS && low === ALL_BITS;
  if (bit === 0) return true;
  if (bit > 32) return ((high >>> (bit - 33)) & 1) === 1;
  return ((low >>> (bit - 1)) & 1) === 1;
}
