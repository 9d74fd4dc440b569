import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';
import type { SiteListSummary } from '../../../data/import/importTypes';
import { MAX_IMPORT_BYTES, megabytes } from '../../../domain/import/sourceFile';
import { loadFile, type LoadedSource } from './loadSource';

/** Step 1: a CSV or Excel file from this device, or a list already on the site. */
export const ChooseSource: React.FC<{ onLoaded: (source: LoadedSource) => void }> = ({ onLoaded }) => {
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

  const run = async (what: string, work: () => Promise<LoadedSource>): Promise<void> => {
    setProblem(undefined);
    setBusy(what);
    let loaded: LoadedSource;
    try {
      loaded = await work();
    } catch (e) {
      setProblem(errorText(e));
      setBusy(undefined);
      return;
    }
    // Loading leaves this step (the component unmounts), so its own state is settled first.
    setBusy(undefined);
    onLoaded(loaded);
  };

  const onFile = (e: React.ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void run(`Reading ${file.name}…`, () => loadFile(file, imports));
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ChoiceGroup
        label="Import from"
        selectedKey={from}
        onChange={(_e, o) => o && setFrom(o.key as 'file' | 'list')}
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
              <Dropdown
                label="List"
                placeholder="Choose a list"
                selectedKey={listTitle}
                options={lists.map((l) => ({ key: l.title, text: `${l.title} (${l.itemCount} ${l.itemCount === 1 ? 'item' : 'items'})` }))}
                onChange={(_e, o) => setListTitle(o ? String(o.key) : undefined)}
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
