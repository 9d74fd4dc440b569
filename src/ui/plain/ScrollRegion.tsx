import * as React from 'react';

/**
 * A wide table's own sideways scroll box, so the page never scrolls sideways at phone width (390 px). Focusable and
 * labelled, as a scrolling region must be for keyboard users (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export const ScrollRegion: React.FC<{ readonly label: string; readonly children: React.ReactNode }> = ({ label, children }) => (
  <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
    {children}
  </div>
);
