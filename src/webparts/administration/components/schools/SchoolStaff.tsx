import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { School, SchoolContact } from '../../../../domain';
import type { Saved, SchoolStaffAccess } from '../../../../data/ports';
import { errorText } from '../../../../ui/errorText';
import { useAsync } from '../../../../ui/useAsync';
import { useServices } from '../../../../ui/ServicesContext';
import { StaffForm } from './StaffForm';

/** What a guest needs besides the site permission (docs/commissioning-schools.md, "Letting guests load the web parts"). */
export const GUEST_NEEDS =
  'Guest in this tenant: besides this group, a guest needs to load the web parts’ code. Ask the SharePoint administrator to let guests read the app catalog, or to serve the web parts from the Office 365 public CDN (see “Letting guests load the web parts” in the commissioning schools guide); until then they see the page but not the web parts.';

type Outcome = { ok: boolean; text: string; retry?: boolean };

/** A school's named staff: who they are, whether each reads the school's pupils now, guests flagged; add, edit, remove. */
export const SchoolStaff: React.FC<{ school: Saved<School> }> = ({ school }) => {
  const { schools } = useServices();
  const [round, setRound] = React.useState(0);
  const [state] = useAsync(async () => {
    const [contacts, access] = await Promise.all([schools.contacts(school.id), schools.staffAccess(school.id)]);
    return { contacts: contacts.items, access };
  }, [school.id, round]);
  const [editing, setEditing] = React.useState<number | 'new' | undefined>();
  const [removing, setRemoving] = React.useState<Saved<SchoolContact> | undefined>();
  const [outcome, setOutcome] = React.useState<Outcome | undefined>();
  const [busy, setBusy] = React.useState(false);
  const reload = (): void => setRound((r) => r + 1);

  const remove = async (c: Saved<SchoolContact>): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await schools.removeContact(c.id);
      setOutcome({ ok: true, text: `${c.fullName} removed from ${school.name}'s staff group: they can no longer read ${school.name}'s pupils.` });
    } catch (e) {
      setOutcome({ ok: false, text: errorText(e), retry: /was removed, but/.test(errorText(e)) });
    } finally {
      setBusy(false);
      setRemoving(undefined);
      reload();
    }
  };

  const retryInvitation = async (c: Saved<SchoolContact>): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await schools.retryInvitation(c.id);
      setOutcome(
        result.state === 'Invited'
          ? { ok: true, text: `${c.fullName} is invited and in ${school.name}'s staff group: they can read its pupils once they accept.` }
          : { ok: false, text: `${c.fullName} is still not invited: ${result.message ?? 'the invitation could not be sent.'}` },
      );
    } catch (e) {
      setOutcome({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const resync = async (): Promise<void> => {
    setBusy(true);
    try {
      await schools.syncStaff(school.id);
      setOutcome({ ok: true, text: `${school.name}'s staff group now matches its named staff.` });
    } catch (e) {
      setOutcome({ ok: false, text: errorText(e), retry: true });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const status = (
    <div role="status">
      {outcome && (
        <MessageBar
          messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.error}
          isMultiline
          actions={outcome.retry ? <DefaultButton text="Update the group again" onClick={() => void resync()} disabled={busy} /> : undefined}
        >
          {outcome.text}
        </MessageBar>
      )}
    </div>
  );

  if (state.status === 'loading') return <Spinner label={`Loading ${school.name}'s named staff…`} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reload} />}>
        {state.message}
      </MessageBar>
    );
  const { contacts, access } = state.value;
  const taken = (except?: number): string[] => contacts.filter((c) => c.id !== except).map((c) => c.email);
  const saved = (text: string): void => {
    setEditing(undefined);
    setOutcome({ ok: true, text });
    reload();
  };
  const partly = (text: string): void => {
    setEditing(undefined);
    setOutcome({ ok: false, text, retry: true });
    reload();
  };

  return (
    <section aria-label={`${school.name}: named staff`} style={{ marginTop: 8 }}>
      <Text as="h4" block variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: '8px 0 4px' } }}>
        Named staff at {school.name}
      </Text>
      <Text block styles={{ root: { marginBottom: 8 } }}>
        {access.groupTitle ? `SharePoint group: ${access.groupTitle}. ` : 'The school’s SharePoint group is made when its first member of staff is added. '}
        Everyone in it reads {school.name}&apos;s pupils and nothing else.
      </Text>
      {status}
      {contacts.length === 0 && <Text block>No named staff yet.</Text>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {contacts.map((c) => (
          <li key={c.id} style={{ borderTop: '1px solid #edebe9', padding: '8px 0' }}>
            {editing === c.id ? (
              <StaffForm schoolId={school.id} schoolName={school.name} contact={c} taken={taken(c.id)} onSaved={saved} onPartly={partly} onCancel={() => setEditing(undefined)} />
            ) : (
              <StaffRow contact={c} access={access} onEdit={() => setEditing(c.id)} onRemove={() => setRemoving(c)} onInvite={() => void retryInvitation(c)} busy={busy} />
            )}
            {removing?.id === c.id && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                Remove {c.fullName}? They leave {school.name}&apos;s staff group at once and can no longer read its pupils.
                <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
                  <PrimaryButton text={`Yes, remove ${c.fullName}`} onClick={() => void remove(c)} disabled={busy} />
                  <DefaultButton text="Keep them" onClick={() => setRemoving(undefined)} disabled={busy} />
                </div>
              </MessageBar>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <StaffForm schoolId={school.id} schoolName={school.name} taken={taken()} onSaved={saved} onPartly={partly} onCancel={() => setEditing(undefined)} />
      ) : (
        <DefaultButton text={`Add a member of staff at ${school.name}`} iconProps={{ iconName: 'AddFriend' }} onClick={() => setEditing('new')} styles={{ root: { marginTop: 8 } }} />
      )}
    </section>
  );
};

const StaffRow: React.FC<{
  contact: Saved<SchoolContact>;
  access: SchoolStaffAccess;
  onEdit: () => void;
  onRemove: () => void;
  onInvite: () => void;
  busy: boolean;
}> = ({ contact, access, onEdit, onRemove, onInvite, busy }) => {
  const member = access.members.find((m) => m.email.toLowerCase() === contact.email.toLowerCase());
  return (
    <div>
      <Text block styles={{ root: { fontWeight: 600 } }}>
        {contact.fullName}, {contact.role}
      </Text>
      <Text block>
        {contact.email}
        {contact.phone ? ` · ${contact.phone}` : ''}
        {contact.notify ? ' · receives notifications' : ' · no notifications'}
      </Text>
      {contact.invitation === 'Not yet invited' ? (
        <Text block>Not yet invited: they cannot sign in to read the school’s pupils until the invitation is sent.</Text>
      ) : (
        <Text block>{member ? 'In the school’s group: reads its pupils.' : 'Not in the school’s group yet: cannot read its pupils. Use “Update the group again”.'}</Text>
      )}
      {member?.guest && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline styles={{ root: { marginTop: 4 } }}>
          {GUEST_NEEDS}
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 8, marginTop: 4 }}>
        <DefaultButton text={`Edit ${contact.fullName}`} onClick={onEdit} disabled={busy} />
        <DefaultButton text={`Remove ${contact.fullName}`} onClick={onRemove} disabled={busy} />
        {contact.invitation === 'Not yet invited' && <DefaultButton text={`Invite ${contact.fullName} again`} onClick={onInvite} disabled={busy} />}
      </div>
    </div>
  );
};
