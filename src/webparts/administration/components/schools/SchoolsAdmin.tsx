import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { School } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useAsync } from '../../../../ui/useAsync';
import { useServices } from '../../../../ui/ServicesContext';
import { SchoolForm } from './SchoolForm';
import { SchoolStaff } from './SchoolStaff';

/** The commissioning schools: add and edit them, and open each one's named staff. */
export const SchoolsAdmin: React.FC = () => {
  const { schools } = useServices();
  const [round, setRound] = React.useState(0);
  const [state] = useAsync(() => schools.list(), [round]);
  const [adding, setAdding] = React.useState(false);
  const [editing, setEditing] = React.useState<number | undefined>();
  const [open, setOpen] = React.useState<number | undefined>();
  const [message, setMessage] = React.useState<string | undefined>();
  const reload = (): void => setRound((r) => r + 1);
  const saved = (school: Saved<School>, text: string): void => {
    setAdding(false);
    setEditing(undefined);
    setOpen(school.id);
    setMessage(text);
    reload();
  };

  return (
    <section aria-label="Schools and their named staff">
      <Text block styles={{ root: { marginBottom: 8 } }}>
        The schools that commission places, and their named staff. Each school&apos;s named staff read that school&apos;s pupils and nothing else.
      </Text>
      <div role="status">
        {message && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            {message}
          </MessageBar>
        )}
      </div>
      {adding ? (
        <SchoolForm onSaved={saved} onCancel={() => setAdding(false)} />
      ) : (
        <PrimaryButton text="Add a school" iconProps={{ iconName: 'Add' }} onClick={() => { setAdding(true); setMessage(undefined); }} styles={{ root: { margin: '8px 0' } }} />
      )}
      {state.status === 'loading' && <Spinner label="Loading the schools…" />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reload} />}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && state.value.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {state.value.problems.length} school record(s) could not be read: {state.value.problems.map((p) => p.message).join(' ')}
        </MessageBar>
      )}
      {state.status === 'ready' && state.value.items.length === 0 && !adding && <Text block>No schools yet. Add the first one.</Text>}
      {state.status === 'ready' && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {state.value.items.map((s) => (
            <li key={s.id} style={{ borderTop: '1px solid #c8c6c4', padding: '12px 0' }}>
              {editing === s.id ? (
                <SchoolForm school={s} onSaved={saved} onCancel={() => setEditing(undefined)} />
              ) : (
                <>
                  <Text as="h3" block variant="large" styles={{ root: { margin: 0 } }}>
                    {s.name}
                  </Text>
                  <Text block>
                    URN {s.urn} · {s.phase}
                    {s.localAuthority ? ` · ${s.localAuthority}` : ''}
                  </Text>
                  <Text block>
                    {s.email}
                    {s.phone ? ` · ${s.phone}` : ''}
                  </Text>
                  {s.address && <Text block>{s.address}</Text>}
                  <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
                    <DefaultButton text={`Edit ${s.name}`} onClick={() => { setEditing(s.id); setMessage(undefined); }} />
                    <DefaultButton
                      text={open === s.id ? `Hide ${s.name}'s named staff` : `${s.name}'s named staff`}
                      aria-expanded={open === s.id}
                      onClick={() => setOpen(open === s.id ? undefined : s.id)}
                    />
                  </div>
                  {open === s.id && <SchoolStaff school={s} />}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
