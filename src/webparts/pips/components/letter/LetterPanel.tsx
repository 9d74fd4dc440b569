import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatUkDate, londonToday, timetableLetter, type Pip, type Pupil, type SchoolSettings, type TimetableLetter } from '../../../../domain';
import { DOCX_TYPE } from '../../../../data/letters/docxType';
import type { FiledLetter, Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { downloadBlob } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';
import { DataTable } from '../../../../ui/DataTable';
import { pupilName } from '../usePipData';
import { LetterPreview } from './LetterPreview';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';

/** The Word maker (docx) loads only when a letter is made. */
const makeDocx = async (letter: TimetableLetter): Promise<Uint8Array> =>
  (await import(/* webpackChunkName: 'ondemand-word-letter' */ '../../../../data/letters/timetableLetterDocx')).timetableLetterDocx(letter);

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/**
 * The timetable letter (Appendix 2): previewed first, then generated as a Word document and filed in the
 * pupil's folder of the Letters library (or downloaded). The pupil's filed letters are listed below.
 */
export const LetterPanel: React.FC<{ pip: Saved<Pip>; pupil: Saved<Pupil>; settings: SchoolSettings; onBack: () => void }> = ({ pip, pupil, settings, onBack }) => {
  const { letters, meetings, currentUser, now } = useServices();
  const today = londonToday(now());
  const [signatoryName, setName] = React.useState(settings.letterSignatory?.name ?? currentUser.displayName);
  const [signatoryRole, setRole] = React.useState(settings.letterSignatory?.role ?? '');
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [filed, reload] = useAsync(() => letters.forPupil(pupil.id), [letters, pupil.id]);
  const [arranged] = useAsync(() => meetings.forPupil(pupil.id), [meetings, pupil.id]);
  const reviewMeetings = React.useMemo(
    () => (arranged.status === 'ready' ? arranged.value.items.filter((m) => m.kind === 'PIP review' && m.status === 'Scheduled') : []),
    [arranged],
  );
  const letter = React.useMemo(
    () =>
      timetableLetter(pip, pupil, settings, {
        date: today,
        signatoryName: signatoryName.trim() || currentUser.displayName,
        signatoryRole: signatoryRole.trim(),
        reviewMeetings,
      }),
    [pip, pupil, settings, today, signatoryName, signatoryRole, currentUser.displayName, reviewMeetings],
  );
  const noAddress = !pupil.parentName || !pupil.parentAddress;
  const roleMissing = signatoryRole.trim() === '';

  const save = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Making the Word document and filing it in the Letters library…' });
    try {
      const content = await makeDocx(letter);
      const saved = await letters.file(
        { pupilId: pupil.id, pipId: pip.id, kind: 'PIP timetable', letterDate: today, sentBy: currentUser.displayName, fileName: letter.fileName },
        content,
        pupil.pupilRef,
      );
      setStatus({ kind: 'done', text: `Saved "${saved.fileName}" in the Letters library, in ${pupil.pupilRef}'s folder.` });
      reload();
    } catch (e) {
      setStatus({ kind: 'error', text: `The letter was not saved: ${errorText(e)}` });
    }
  };

  const download = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Making the Word document…' });
    try {
      const content = await makeDocx(letter);
      downloadBlob(letter.fileName, new Blob([content], { type: DOCX_TYPE }));
      setStatus({ kind: 'done', text: `The Word document "${letter.fileName}" was made: see your downloads.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The letter could not be made: ${errorText(e)}` });
    }
  };

  const open = async (l: FiledLetter): Promise<void> => {
    try {
      downloadBlob(l.fileName, new Blob([await letters.content(l.url)], { type: DOCX_TYPE }));
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="pip-letter-heading">
      <Text as="h2" variant="xLarge" id="pip-letter-heading" block>
        Timetable letter for <PupilNameLink pupilId={pupil.id}>{pupilName(pupil)}</PupilNameLink>
      </Text>
      <Text block styles={{ root: { margin: '4px 0 12px' } }}>
        Check the preview: the Word document has exactly this content.
      </Text>
      {noAddress && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          The pupil record has no parent/carer {pupil.parentName ? 'address' : 'name'}: add it to the pupil before sending the letter.
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} styles={{ root: { marginBottom: 12 } }}>
        <TextField label="Signed by" value={signatoryName} onChange={(_e, v) => setName(v ?? '')} />
        <TextField
          label="Role"
          required
          value={signatoryRole}
          onChange={(_e, v) => setRole(v ?? '')}
          errorMessage={roleMissing ? 'Enter the role of the person signing, for example Headteacher or Attendance Officer' : undefined}
        />
      </Stack>
      {arranged.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          The review meetings could not be loaded, so the letter says each review&apos;s time will be confirmed: {arranged.message}
        </MessageBar>
      )}
      <LetterPreview letter={letter} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 12 } }} verticalAlign="center">
        <PrimaryButton text="Save to the Letters library" onClick={() => void save()} disabled={status.kind === 'busy' || roleMissing} />
        <DefaultButton text="Download the Word document" onClick={() => void download()} disabled={status.kind === 'busy' || roleMissing} />
        <DefaultButton text="Back to the PIP" onClick={onBack} />
      </Stack>
      <div role="status" style={{ marginTop: 8 }}>
        {status.kind === 'busy' && <Spinner label={status.text} labelPosition="right" />}
        {status.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{status.text}</MessageBar>}
      </div>
      {status.kind === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {status.text}
        </MessageBar>
      )}
      <Text as="h3" variant="large" block styles={{ root: { marginTop: 20 } }}>
        Letters filed for {pupilName(pupil)}
      </Text>
      {filed.status === 'loading' && <Spinner label="Loading the letters…" />}
      {filed.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>The letters could not be loaded: {filed.message}</MessageBar>}
      {filed.status === 'ready' && (
        <DataTable
          caption="Filed letters"
          hideCaption
          rows={filed.value.items}
          getKey={(l) => l.url}
          empty="No letters filed yet."
          columns={[
            { key: 'date', header: 'Date', rowHeader: true, render: (l) => formatUkDate(l.letterDate) },
            { key: 'kind', header: 'Letter', render: (l) => l.kind },
            { key: 'by', header: 'Written by', render: (l) => l.sentBy ?? '' },
            { key: 'file', header: 'Document', render: (l) => <DefaultButton text={`Download ${l.fileName}`} onClick={() => void open(l)} /> },
          ]}
        />
      )}
    </section>
  );
};
