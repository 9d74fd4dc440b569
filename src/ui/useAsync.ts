import * as React from 'react';
import { errorText } from './errorText';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly message: string; /** The DataError kind, when the failure was one ('not-found', 'access-denied' …). */ readonly kind?: string };

/** Runs a load when its dependencies change; `reload` runs it again. Never leaves the page without a state to show. */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => {
        const kind = typeof e === 'object' && e !== null && typeof (e as { kind?: unknown }).kind === 'string' ? (e as { kind: string }).kind : undefined;
        if (live) setState({ status: 'error', message: errorText(e), ...(kind ? { kind } : {}) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  return [state, () => setRound((r) => r + 1)];
}
