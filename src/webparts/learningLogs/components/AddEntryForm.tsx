import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatUkDate, issuesByField, issuesFromZodError, learningLogEntrySchema, parseUkDate, type LearningLog } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { newClientKey } from '../../../data/clientKey';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';
import { browserOffline, isConnectionFailure } from '../../../ui/offline/connection';
import { PlainCheckbox, PlainSelect, PlainTextField, plainClasses } from '../../../ui/plain/PlainFields';
import { PlainTextArea } from '../../../ui/plain/PlainTextArea';
import type { EntriesOffline } from './offline/useEntrySending';

export const QUEUED_ENTRY_MESSAGE =
  'No connection: this entry is kept on this device and will be sent when you are back online (reloading the page loses nothing).';

export interface AddEntryFormProps {
  readonly log: Saved<LearningLog>;
  readonly pupilRef: string;
  /** "Amara Okafor", for the words shown while an entry waits to be sent. */
  readonly pupilName: string;
  readonly today: string;
  readonly onAdded: () => void;
  /** Entries that cannot reach SharePoint are kept here and sent when the connection is back. */
  readonly offline?: EntriesOffline;
}

/**
 * Adds a dated entry in a few seconds: subject (remembered), date (today), what the pupil did, highlight. Plain
 * controls (src/ui/plain): on a phone the form costs a few KB, not Fluent's Dropdown, TextField and Checkbox.
 */
export const AddEntryForm: React.FC<AddEntryFormProps> = ({ log, pupilRef, pupilName, today, onAdded, offline }) => {
  const { learningLogs, currentUser } = useServices();
  const [subject, setSubject] = React.useState<string | undefined>(log.subjects[0]?.subject);
  const [date, setDate] = React.useState(formatUkDate(today));
  const [text, setText] = React.useState('');
  const [highlight, setHighlight] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [status, setStatus] = React.useState<{ kind: 'saved' | 'queued' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = React.useState(false);
  // The entry's key, made before its first attempt and kept while it is tried again: a second attempt after a lost
  // answer (here or from the offline queue) finds the first copy. A changed entry is a new one.
  const key = React.useRef<string | undefined>();
  React.useEffect(() => {
    key.current = undefined;
  }, [subject, date, text, highlight]);

  const add = async (): Promise<void> => {
    setStatus(undefined);
    const entryDate = parseUkDate(date.trim()) ?? date.trim();
    const parsed = learningLogEntrySchema.safeParse({ logId: log.id, pupilId: log.pupilId, subject, entryDate, teacher: currentUser.email, entry: text, highlight });
    if (!parsed.success) {
      setErrors(issuesByField(issuesFromZodError(parsed.error)));
      return;
    }
    setErrors({});
    const clientKey = key.current ?? newClientKey();
    key.current = clientKey;
    const keep = (): boolean => {
      const kept = offline?.enqueue?.({ entry: parsed.data, pupilRef, clientKey, pupilName, logName: `${log.term} ${log.academicYear}` }) === true;
      if (kept) {
        setText('');
        setHighlight(false);
        setStatus({ kind: 'queued', text: QUEUED_ENTRY_MESSAGE });
      }
      return kept;
    };
    // Known to be offline: kept on this device at once, not tried (the browser would only fail after a while).
    if (browserOffline() && keep()) return;
    setBusy(true);
    try {
      await learningLogs.addEntry(parsed.data, pupilRef, { clientKey });
      setText('');
      setHighlight(false);
      setStatus({ kind: 'saved', text: `Entry added for ${parsed.data.subject} on ${formatUkDate(parsed.data.entryDate)}.` });
      onAdded();
    } catch (e) {
      // SharePoint could not be reached (or its answer was lost): kept with its key and sent when it is back.
      if (!(isConnectionFailure(e) && keep())) setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label="Add an entry"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
    <div className={plainClasses.column} style={{ gap: 8 }}>
      <div className={plainClasses.row}>
        <PlainSelect label="Subject" required options={log.subjects.map((s) => ({ key: s.subject, text: s.subject }))} value={subject ?? ''} onChange={setSubject} width={200} />
        <PlainTextField label="Date" required description="dd/mm/yyyy" value={date} onChange={setDate} errorMessage={errors.entryDate?.[0]} width={140} />
      </div>
      {errors.subject?.[0] && (
        <span role="alert" className={plainClasses.error}>
          {errors.subject[0]}
        </span>
      )}
      <PlainTextArea label="What the pupil did" required rows={3} value={text} onChange={setText} errorMessage={errors.entry?.[0]} />
      <PlainCheckbox label="Highlight for the next review" checked={highlight} onChange={setHighlight} />
      <div className={plainClasses.row} style={{ gap: 8 }}>
        <PrimaryButton text={busy ? 'Adding…' : 'Add entry'} disabled={busy} onClick={() => void add()} />
        <DefaultButton text="Clear" onClick={() => { setText(''); setErrors({}); }} />
      </div>
      <div role="status">
        {status && (
          <MessageBar messageBarType={status.kind === 'saved' ? MessageBarType.success : status.kind === 'queued' ? MessageBarType.warning : MessageBarType.error} isMultiline>
            {status.text}
          </MessageBar>
        )}
      </div>
    </div>
    </form>
  );
};
