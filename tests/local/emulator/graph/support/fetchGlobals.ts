/**
 * The repository's jest resolves jest-environment-node@25 (hoisted), whose sandbox has no fetch/Headers/
 * Request/Response although Node 22 does. graph-client needs them, so borrow Node's own from the main context.
 */
import * as vm from 'vm';

const NAMES = ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'AbortController', 'TextDecoder', 'TextEncoder'] as const;

export function installFetchGlobals(): void {
  const target = globalThis as unknown as Record<string, unknown>;
  for (const name of NAMES) {
    if (typeof target[name] === 'undefined') target[name] = vm.runInThisContext(name) as unknown;
  }
}
