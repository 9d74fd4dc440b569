import * as React from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { PlainLoading } from './plain/PlainMessage';

/**
 * A component whose code loads the first time it is shown (its own chunk), with a spinner until then; a failed
 * load shows a plain message in its place. Use it for a tab, form or panel that is not on a web part's first screen:
 *
 *   const TrackerView = onDemand('Loading the tracker…', () =>
 *     import(/* webpackChunkName: 'pips-tracker' *\/ './tracker/TrackerView').then((m) => m.TrackerView));
 *
 * (Code that only runs when the person asks, e.g. making a Word or Excel file, needs no component: `await import(…)`
 * in the handler, with the busy spinner that handler already shows.)
 */
export function onDemand<P extends object>(label: string, load: () => Promise<React.ComponentType<P>>): React.FC<P> {
  // React.lazy's props type (with ref) does not narrow for a generic P; the component it wraps takes exactly P.
  const Lazy = React.lazy(async () => ({ default: await load() })) as unknown as React.ComponentType<P>;
  const Loaded: React.FC<P> = (props) => (
    <ErrorBoundary>
      <React.Suspense fallback={<PlainLoading label={label} />}>
        <Lazy {...props} />
      </React.Suspense>
    </ErrorBoundary>
  );
  return Loaded;
}

/**
 * Code loaded once, when first asked for (an `import()` at a press), and shared by every later call; a load that
 * failed (no connection) is forgotten, so the next call tries again. React.lazy (onDemand above) keeps a failed load
 * failed until the page reloads: use this where a press must be able to try again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading)
      loading = load().catch((e: unknown) => {
        loading = undefined;
        throw e;
      });
    return loading;
  };
}
