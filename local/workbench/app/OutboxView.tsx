import * as React from 'react';
import { DetailsList, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { DefaultButton } from '@fluentui/react/lib/Button';

/** One message the product sent through Graph, as the emulator recorded it. */
export interface OutboxRecord {
  readonly id: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string[];
  readonly cc?: string[];
  readonly subject: string;
  readonly bodyPreview?: string;
  readonly start?: string;
  readonly joinUrl?: string;
  readonly sentAt: string;
}

const KIND_LABELS: Record<string, string> = {
  invite: 'Meeting invite',
  'invite-update': 'Invite updated',
  cancellation: 'Cancellation',
  mail: 'E-mail',
  'guest-invitation': 'Guest invitation',
};

const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });

const columns: IColumn[] = [
  { key: 'sentAt', name: 'Sent', minWidth: 110, maxWidth: 130, onRender: (r: OutboxRecord) => when(r.sentAt) },
  { key: 'kind', name: 'Kind', minWidth: 100, maxWidth: 120, onRender: (r: OutboxRecord) => KIND_LABELS[r.kind] ?? r.kind },
  { key: 'subject', name: 'Subject', minWidth: 200, isRowHeader: true, onRender: (r: OutboxRecord) => r.subject },
  { key: 'to', name: 'To', minWidth: 200, onRender: (r: OutboxRecord) => [...r.to, ...(r.cc ?? [])].join('; ') },
  { key: 'start', name: 'Meeting starts', minWidth: 110, onRender: (r: OutboxRecord) => (r.start ? when(r.start) : '') },
  {
    key: 'links',
    name: 'Links',
    minWidth: 160,
    onRender: (r: OutboxRecord) => (
      <span>
        {r.joinUrl && (
          <a href={r.joinUrl} target="_blank" rel="noreferrer">
            Teams link<span className="visually-hidden"> for {r.subject}</span>
          </a>
        )}
        {r.kind !== 'mail' && (
          <>
            {r.joinUrl && ' · '}
            <a href={`/_emulator/outbox/${encodeURIComponent(r.id)}.ics`} download>
              Download .ics<span className="visually-hidden"> for {r.subject}</span>
            </a>
          </>
        )}
      </span>
    ),
  },
];

/** Every invite and e-mail the product sent through Graph in local mode. */
export const OutboxView: React.FC = () => {
  const [records, setRecords] = React.useState<OutboxRecord[] | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const load = React.useCallback(() => {
    setError(undefined);
    fetch('/_emulator/outbox')
      .then(async (r) => {
        if (!r.ok) throw new Error(`The emulator answered ${r.status}`);
        setRecords((await r.json()) as OutboxRecord[]);
      })
      .catch((e: unknown) => setError(`Could not load the outbox: ${e instanceof Error ? e.message : String(e)}`));
  }, []);
  React.useEffect(load, [load]);
  return (
    <section aria-labelledby="outbox-heading">
      <Text as="h2" variant="xLarge" id="outbox-heading">
        Outbox
      </Text>
      <p>Every meeting invite and e-mail Pathways Hub sent through Microsoft Graph in local mode. Nothing leaves this machine.</p>
      <DefaultButton text="Refresh" onClick={load} />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {!error && records === undefined && <Spinner label="Loading the outbox…" />}
      {records && records.length === 0 && <p role="status">Nothing has been sent yet.</p>}
      {records && records.length > 0 && (
        <DetailsList items={records} columns={columns} selectionMode={SelectionMode.none} ariaLabelForGrid="Sent messages" />
      )}
    </section>
  );
};
