/**
 * Every Microsoft Graph permission the code uses, with the reason the administrator is given. The package check
 * (tools/checkPackage.ts) fails when config/package-solution.json asks for more or fewer than this.
 * Each Graph service adds its scope here when it lands.
 */
export const GRAPH_SCOPES_USED: readonly { readonly scope: string; readonly why: string }[] = [];
