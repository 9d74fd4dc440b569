/**
 * PnPjs's security (roleAssignments, roleDefinitions, breakRoleInheritance, the effective-permission checks on a web,
 * list or item) and its PermissionKind, for the modules that use them (see pnpSetup.ts).
 */
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import '@pnp/sp/security/list';

export { PermissionKind } from '@pnp/sp/security';
