import * as React from 'react';
import { errorText } from './errorText';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly message: string; /** The DataError kind, when the failure was one ('not-found', 'access-denied' …). */ readonly kind?: string };

const LOADING: AsyncState<never> = { status: 'loading' };

/**
 * Runs a load when its dependencies change; `reload` runs it again. Never leaves the page without a state to show.
 * What was loaded for other dependencies, or before a reload, is never returned: from the render that changes them
 * (or calls reload) the state is 'loading' until the new load answers, so a message set together with a reload is
 * never shown beside the data from before it.
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): [AsyncState<T>, () => void] {
  const [round, setRound] = React.useState(0);
  // A new object each time the dependencies change or reload is called: the load it stands for.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = React.useMemo(() => ({}), [...deps, round]);
  const [held, setHeld] = React.useState<{ readonly of: object; readonly state: AsyncState<T> }>({ of: current, state: LOADING });
  React.useEffect(() => {
    let live = true;
    setHeld({ of: current, state: LOADING });
    load().then(
      (value) => live && setHeld({ of: current, state: { status: 'ready', value } }),
      (e: unknown) => {
        const kind = typeof e === 'object' && e !== null && typeof (e as { kind?: unknown }).kind === 'string' ? (e as { kind: string }).kind : undefined;
        if (live) setHeld({ of: current, state: { status: 'error', message: errorText(e), ...(kind ? { kind } : {}) } });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);
  return [held.of === current ? held.state : LOADING, () => setRound((r) => r + 1)];
}
