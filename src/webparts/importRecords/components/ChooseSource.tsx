import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Stack } from '../../../ui/plain/Stack';
import { Text } from '../../../ui/plain/Text';
import { PlainSelect } from '../../../ui/plain/PlainFields';
import { PlainRadioGroup } from '../../../ui/plain/PlainRadioGroup';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';
import type { SiteListSummary } from '../../../data/import/importTypes';
import { MAX_IMPORT_BYTES, megabytes } from '../../../domain/import/sourceLimits';
import type { LoadedSource } from './loadSource';
import { loadImportSteps, type ImportSteps } from './loadImportSteps';

/** Step 1: a CSV or Excel file from this device, or a list already on the site. */
export const ChooseSource: React.FC<{ onLoaded: (source: LoadedSource, steps: ImportSteps) => void }> = ({ onLoaded }) => {
  const { imports } = useServices();
  const [from, setFrom] = React.useState<'file' | 'list'>('file');
  const [busy, setBusy] = React.useState<string>();
  const [problem, setProblem] = React.useState<string>();
  const [lists, setLists] = React.useState<SiteListSummary[]>();
  const [listTitle, setListTitle] = React.useState<string>();

  React.useEffect(() => {
    if (from !== 'list' || lists) return;
    imports.siteLists().then(setLists, (e: unknown) => setProblem(errorText(e)));
  }, [from, lists, imports]);

  // The steps after this one (reading, checking, importing) load with the first file or list chosen.
  const run = async (what: string, work: (steps: ImportSteps) => Promise<LoadedSource>): Promise<void> => {
    setProblem(undefined);
    setBusy(what);
    let loaded: LoadedSource;
    let steps: ImportSteps;
    try {
      steps = await loadImportSteps();
      loaded = await work(steps);
    } catch (e) {
      setProblem(errorText(e));
      setBusy(undefined);
      return;
    }
    // Loading leaves this step (the component unmounts), so its own state is settled first.
    setBusy(undefined);
    onLoaded(loaded, steps);
  };

  const onFile = (e: React.ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void run(`Reading ${file.name}…`, (steps) => steps.loadFile(file, imports));
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <PlainRadioGroup
        label="Import from"
        value={from}
        onChange={(key) => setFrom(key === 'list' ? 'list' : 'file')}
        options={[
          { key: 'file', text: 'A file: CSV or Excel (an MIS export, the PIP tracker) or a Common Transfer File (XML)' },
          { key: 'list', text: 'A list already on this site' },
        ]}
      />
      {from === 'file' && (
        <div>
          <label htmlFor="import-file" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            Choose the file
          </label>
          <input id="import-file" type="file" accept=".csv,.txt,.xlsx,.xml" onChange={onFile} aria-describedby="import-file-hint" disabled={busy !== undefined} />
          <Text id="import-file-hint" block variant="small" styles={{ root: { marginTop: 4 } }}>
            CSV (.csv), Excel (.xlsx) or a Common Transfer File (.xml), up to {megabytes(MAX_IMPORT_BYTES)}. The first row names the columns. Nothing is saved until you have checked the rows and confirmed.
          </Text>
        </div>
      )}
      {from === 'list' && (
        <Stack tokens={{ childrenGap: 8 }}>
          {!lists && !problem && <Spinner label="Loading the lists on this site…" />}
          {lists && lists.length === 0 && <Text>There are no other lists on this site to import from.</Text>}
          {lists && lists.length > 0 && (
            <>
              <PlainSelect
                label="List"
                value={listTitle ?? ''}
                options={[{ key: '', text: 'Choose a list' }, ...lists.map((l) => ({ key: l.title, text: `${l.title} (${l.itemCount} ${l.itemCount === 1 ? 'item' : 'items'})` }))]}
                onChange={(key) => setListTitle(key === '' ? undefined : key)}
                width={420}
              />
              <DefaultButton
                text="Read the list"
                disabled={!listTitle || busy !== undefined}
                onClick={() => listTitle && void run(`Reading ${listTitle}…`, async () => ({ name: listTitle, sheets: [await imports.readSiteList(listTitle)], description: 'SharePoint list' }))}
              />
            </>
          )}
        </Stack>
      )}
      <div role="status" aria-live="polite">
        {busy && <Spinner label={busy} />}
      </div>
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
          {problem}
        </MessageBar>
      )}
    </Stack>
  );
};
