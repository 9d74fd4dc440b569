import * as React from 'react';

/**
 * Whether the component is still on screen, for what a press starts and finishes later: a form's save, after which
 * its owner often closes the form (onSaved, onDone), so the form sets nothing once it has gone.
 */
export function useMounted(): () => boolean {
  const mounted = React.useRef(false);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return React.useCallback(() => mounted.current, []);
}
