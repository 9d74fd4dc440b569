/** A service every member of which is a method returning a promise: it can be built on demand. */
export type AsyncService<T> = { readonly [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A service whose code loads (its own chunk, `import(/* webpackChunkName: 'services-…' *\/ …)`) the first time one
 * of its methods is called, and is built once; a failed load is tried again on the next call. Used in createServices
 * for services only some web parts use, so the one bundle every web part loads first stays small. `methods` names
 * every method (TypeScript checks the list is complete).
 */
export function onDemandService<T extends AsyncService<T>>(methods: Record<keyof T, true>, load: () => Promise<T>): T {
  const service = once(load);
  const forwarding: Partial<Record<keyof T, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const key of Object.keys(methods) as (keyof T)[]) {
    forwarding[key] = async (...args: unknown[]) => {
      const target = await service();
      return (target[key] as unknown as (...a: unknown[]) => Promise<unknown>).apply(target, args);
    };
  }
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
