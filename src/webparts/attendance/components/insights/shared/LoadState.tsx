import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { AsyncState } from '../../../../../ui/useAsync';

/** Loading spinner or error (with Try again) for an async state; renders `children(value)` when ready. */
export function LoadState<T>(props: {
  state: AsyncState<T>;
  loading: string;
  onRetry: () => void;
  children: (value: T) => React.ReactNode;
}): React.ReactElement {
  const { state, loading, onRetry, children } = props;
  if (state.status === 'loading') return <Spinner label={loading} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={onRetry}>Try again</DefaultButton>}>
        {state.message}
      </MessageBar>
    );
  return <>{children(state.value)}</>;
}
