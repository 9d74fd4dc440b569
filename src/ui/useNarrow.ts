import * as React from 'react';

/**
 * True while the element is narrower than `below` CSS px: a web part's own width, not the window's (a web part in
 * a narrow column, the Teams meeting side panel, a phone). Follows resizing through ResizeObserver; where the
 * width cannot be measured (no layout, e.g. jsdom) it stays false and the wide layout is used.
 */
export function useNarrow(ref: React.RefObject<HTMLElement>, below = 600): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (width: number): void => setNarrow(width > 0 && width < below);
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => entries.forEach((e) => measure(e.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, below]);
  return narrow;
}
