import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { errorText, formatInstant, StatusMessage, type Notice } from '../shared';

const cell: React.CSSProperties = { borderBottom: '1px solid #edebe9', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' };

/** Every message the product sent or tried to send, newest first; a failed one can be sent again. */
export const NotificationsView: React.FC = () => {
  const { notifications } = useServices();
  const [state, reload] = useAsync(() => notifications.recent(100), [notifications]);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [busy, setBusy] = React.useState<number | undefined>();

  const retry = async (id: number): Promise<void> => {
    setBusy(id);
    try {
      const r = await notifications.retry(id);
      setNotice(r.outcome === 'failed' ? { ok: false, text: `Still not sent: ${r.problem ?? 'unknown reason'}` } : { ok: true, text: 'Sent.' });
      reload();
    } catch (e) {
      setNotice({ ok: false, text: `Not sent: ${errorText(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="notifications-heading">
      <Text as="h3" variant="large" id="notifications-heading" block>
        Notifications
      </Text>
      <Text block>Messages to home schools and others carry a short message and a link to the record, never pupil detail.</Text>
      <StatusMessage notice={notice} onDismiss={() => setNotice(undefined)} />
      {state.status === 'loading' && <Spinner label="Loading the notifications…" />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>Try again</DefaultButton>}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && state.value.items.length === 0 && <Text block>No messages have been sent yet.</Text>}
      {state.status === 'ready' && state.value.items.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>Messages sent by Pathways Hub, newest first</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>Last attempt</th>
              <th scope="col" style={cell}>To</th>
              <th scope="col" style={cell}>About</th>
              <th scope="col" style={cell}>Outcome</th>
              <th scope="col" style={cell}>Attempts</th>
              <th scope="col" style={cell}>Problem</th>
              <th scope="col" style={cell}>
                Action
              </th>
            </tr>
          </thead>
          <tbody>
            {state.value.items.map((n) => (
              <tr key={n.id} data-notification={n.id}>
                <td style={cell}>{n.lastAttempt ? formatInstant(n.lastAttempt) : 'not tried yet'}</td>
                <td style={cell}>{n.recipients.join(', ')}</td>
                <td style={cell}>
                  {n.subject}
                  <br />
                  <Text variant="small">{n.kind}</Text>
                </td>
                <td style={cell}>
                  <strong>{n.outcome}</strong>
                </td>
                <td style={cell}>{n.attempts}</td>
                <td style={cell}>{n.error ?? ''}</td>
                <td style={cell}>
                  {n.outcome !== 'Sent' && (
                    <DefaultButton disabled={busy === n.id} onClick={() => void retry(n.id)} ariaLabel={`Send again: ${n.subject}`}>
                      Send again
                    </DefaultButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
