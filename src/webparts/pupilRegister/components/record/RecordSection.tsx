import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useAsync } from '../../../../ui/useAsync';

/**
 * One section of the pupil record: a heading, then its content once loaded. What SharePoint does not let the reader
 * see (a list or folder they cannot read) shows nothing rather than an error; any other failure says so, with a retry.
 */
export function RecordSection<T>(props: {
  readonly id: string;
  readonly title: string;
  readonly load: () => Promise<T>;
  readonly deps: React.DependencyList;
  readonly children: (value: T, reload: () => void) => React.ReactNode;
  readonly actions?: React.ReactNode;
}): React.ReactElement | null {
  const { id, title, load, deps, children, actions } = props;
  const [state, reload] = useAsync(load, deps);
  if (state.status === 'error' && (state.kind === 'not-found' || state.kind === 'access-denied')) return null;
  return (
    <section aria-labelledby={id} className="pw-record-section" style={{ marginTop: 24 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}>
        <Text as="h3" variant="large" id={id} styles={{ root: { margin: 0 } }}>
          {title}
        </Text>
        {actions && <div className="pw-no-print">{actions}</div>}
      </div>
      {state.status === 'loading' && <Spinner label={`Loading ${title.toLowerCase()}…`} />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<button onClick={reload}>Try again</button>}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && children(state.value, reload)}
    </section>
  );
}
