import * as React from 'react';
import { PlainMessage } from './plain/PlainMessage';

/** What a web part shows instead of its content when the Pathways Hub site is not configured or cannot be opened. */
export const SiteProblem: React.FC<{ message: string }> = ({ message }) => (
  <PlainMessage kind="warning">
    <h2 style={{ fontSize: 16, lineHeight: '22px', fontWeight: 600, margin: 0 }}>Pathways Hub cannot open its site</h2>
    {message}
  </PlainMessage>
);
