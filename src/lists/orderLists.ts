import type { ListDefinition } from './types';

/**
 * Lists in provisioning order: every lookup target before the lists that look it up (self-lookups are
 * fine, PnP creates every list before any column). Otherwise keeps the declared order. Throws on a cycle.
 */
export function orderByLookups(lists: readonly ListDefinition[]): ListDefinition[] {
  const byKey = new Map(lists.map((l) => [l.key, l] as const));
  const ordered: ListDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (list: ListDefinition, path: readonly string[]): void => {
    const seen = state.get(list.key);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`Lookup cycle between lists: ${[...path, list.key].join(' → ')}.`);
    state.set(list.key, 'visiting');
    for (const field of list.fields) {
      const target = field.lookupList && field.lookupList !== list.key ? byKey.get(field.lookupList) : undefined;
      if (target) visit(target, [...path, list.key]);
    }
    state.set(list.key, 'done');
    ordered.push(list);
  };

  lists.forEach((list) => visit(list, []));
  return ordered;
}
