/** A service every member of which is a method returning a promise: it can be built on demand. */
export type AsyncService<T> = { readonly [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * The write side of a repository split in two chunks: the methods that write (`methods`, TypeScript-checked with the
 * read list against the interface) and the whole repository, whose module (`data-…-write`) holds the code only
 * writes need (validation, the exactly-once writer, folder and batch writers, the field payloads) and is loaded at
 * the first write, or earlier when a screen asks for it (preloadData, when a person starts editing).
 */
export interface WriteSide<T, W extends keyof T> {
  readonly methods: Record<W, true>;
  readonly load: () => Promise<T>;
}

/**
 * A service whose code loads (its own chunk, `import(/* webpackChunkName: 'services-…' *\/ …)`) the first time one
 * of its methods is called, and is built once; a failed load is tried again on the next call. Used in createServices
 * for services only some web parts use, so the one bundle every web part loads first stays small. `methods` names
 * every method (TypeScript checks the list is complete).
 *
 * With `writes`, the reads (`methods`) load the read chunk and build the read-only repository (`load`); the first
 * write loads the whole repository (`writes.load`), and from then on every call, read or write, goes to that one, so
 * whatever a repository keeps between calls (a cache a save clears, reads in flight) is one instance's, as before.
 */
export function onDemandService<T extends AsyncService<T>>(methods: Record<keyof T, true>, load: () => Promise<T>): T;
export function onDemandService<T extends AsyncService<T>, W extends keyof T>(
  methods: Record<Exclude<keyof T, W>, true>,
  load: () => Promise<Omit<T, W>>,
  writes: WriteSide<T, W>,
): T;
export function onDemandService<T extends AsyncService<T>>(methods: Record<string, true>, load: () => Promise<object>, writes?: WriteSide<T, keyof T>): T {
  const reads = once(load);
  let whole: T | undefined;
  const full = writes
    ? once(async () => {
        whole = await writes.load();
        return whole;
      })
    : undefined;
  const forwarding: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  const forward = (key: string, target: () => Promise<object>): void => {
    forwarding[key] = async (...args: unknown[]) => {
      const service = (whole ?? (await target())) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return service[key](...args);
    };
  };
  for (const key of Object.keys(methods)) forward(key, reads);
  if (writes && full) for (const key of Object.keys(writes.methods)) forward(key, full);
  return forwarding as unknown as T;
}

/** Runs `make` once, the first time the result is asked for; later calls share its promise (a failure is retried). */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((e: unknown) => {
      made = undefined;
      throw e;
    });
    return made;
  };
}
