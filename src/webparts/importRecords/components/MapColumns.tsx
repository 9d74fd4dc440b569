import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../ui/plain/buttons';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Stack } from '../../../ui/plain/Stack';
import { Text } from '../../../ui/plain/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';
import { useAsync } from '../../../ui/useAsync';
import { IMPORT_FIELDS, IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportKind } from '../../../domain/import/fields';
import { asKind, remap } from '../../../domain/import/sourceTable';
import { columnsOfMapping, headerMappingOf, mappingProblems, type MappedSheet } from '../../../domain/import/rows';

/** Kinds the import can write today (PIPs from the tracker are read, not yet written). */
export const WRITABLE_KINDS: readonly ImportKind[] = ['pupils', 'schools', 'schoolStaff', 'marks', 'pips', 'learningLogEntries'];

const NOT_IN_FILE = '(not in the file)';

/** Step 2: what the file holds and which column each field is read from, shown for confirmation. */
export const MapColumns: React.FC<{
  mapped: MappedSheet;
  onChange: (mapped: MappedSheet) => void;
  onCheck: () => void;
  onBack: () => void;
  checking: boolean;
}> = ({ mapped, onChange, onCheck, onBack, checking }) => {
  const { imports } = useServices();
  const [saved, reloadSaved] = useAsync(() => imports.savedMappings(), [imports]);
  const [name, setName] = React.useState('');
  const [saveState, setSaveState] = React.useState<{ ok: boolean; text: string }>();
  const problems = mappingProblems(mapped.kind, mapped.columns);
  const unsupported = !WRITABLE_KINDS.includes(mapped.kind);
  const columnOptions: IDropdownOption[] = [{ key: NOT_IN_FILE, text: NOT_IN_FILE }, ...mapped.headers.filter((h) => h !== '').map((h) => ({ key: h, text: h }))];
  const savedForKind = saved.status === 'ready' ? saved.value.filter((m) => m.kind === mapped.kind) : [];

  const save = async (): Promise<void> => {
    setSaveState(undefined);
    try {
      await imports.saveMapping({ name, kind: mapped.kind, columns: headerMappingOf(mapped.headers, mapped.columns) });
      setSaveState({ ok: true, text: `Mapping '${name.trim()}' saved for next time.` });
      reloadSaved();
    } catch (e) {
      setSaveState({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown
        label="The file holds"
        selectedKey={mapped.kind}
        options={IMPORT_KINDS.map((k) => ({ key: k, text: IMPORT_KIND_LABELS[k] }))}
        onChange={(_e, o) => o && onChange(asKind(mapped, o.key as ImportKind).mapped)}
      />
      {savedForKind.length > 0 && (
        <Dropdown
          label="Use a saved mapping"
          placeholder="Choose a saved mapping"
          options={savedForKind.map((m) => ({ key: m.name, text: m.name }))}
          onChange={(_e, o) => {
            const m = savedForKind.find((x) => x.name === o?.key);
            if (m) onChange({ ...mapped, columns: { ...mapped.columns, ...columnsOfMapping(mapped.headers, m.columns) } });
          }}
        />
      )}
      <Text block>Check which column each field is read from. Fields the file does not have are left as they are (or get the default shown in the check).</Text>
      <div role="group" aria-label="Columns">
        {IMPORT_FIELDS[mapped.kind].map((field) => {
          const index = mapped.columns[field.key];
          return (
            <Dropdown
              key={field.key}
              label={`${field.label}${field.required ? ' (required)' : ''}`}
              selectedKey={index === undefined ? NOT_IN_FILE : mapped.headers[index]}
              options={columnOptions}
              onChange={(_e, o) => o && onChange(remap(mapped, field.key, o.key === NOT_IN_FILE ? undefined : String(o.key)).mapped)}
              styles={{ root: { maxWidth: 420 } }}
            />
          );
        })}
      </div>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField label="Save this mapping as" value={name} onChange={(_e, v) => setName(v ?? '')} styles={{ root: { width: 260 } }} />
        <DefaultButton text="Save mapping" disabled={name.trim() === ''} onClick={() => void save()} />
      </Stack>
      <div role="status" aria-live="polite">
        {saveState && <MessageBar messageBarType={saveState.ok ? MessageBarType.success : MessageBarType.error}>{saveState.text}</MessageBar>}
      </div>
      {(problems.length > 0 || unsupported) && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {unsupported && <li>{IMPORT_KIND_LABELS[mapped.kind]} can be read but not imported yet: choose pupils, schools, named staff, attendance marks or learning log entries.</li>}
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={checking ? 'Checking the rows…' : 'Check the rows'} disabled={problems.length > 0 || unsupported || checking} onClick={onCheck} />
        <DefaultButton text="Choose another file" onClick={onBack} />
      </Stack>
    </Stack>
  );
};
