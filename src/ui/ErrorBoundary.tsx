import * as React from 'react';
import { PlainMessage } from './plain/PlainMessage';

interface State {
  readonly error?: Error;
}

/** Shows a plain-words message instead of a blank web part when a component throws. */
export class ErrorBoundary extends React.Component<{ children?: React.ReactNode }, State> {
  public state: State = {};

  public static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  public render(): React.ReactNode {
    if (this.state.error) {
      return (
        <PlainMessage kind="error">
          Something went wrong in this part of the page: {this.state.error.message} Reload the page to try again.
        </PlainMessage>
      );
    }
    return this.props.children;
  }
}
