import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { ZodError } from 'zod';
import {
  NEED_CODES,
  NEED_LABELS,
  SEN_PROVISION_CODES,
  SEN_PROVISION_LABELS,
  SUPPORT_TIERS,
  formatUkDate,
  issuesByField,
  issuesFromZodError,
  parseUkDate,
  pupilChangesBetween,
  pupilSchema,
  type NeedCode,
  type Pupil,
  type SenProvision,
  type SupportTier,
} from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';

const NONE = '';
const needOptions: IDropdownOption[] = [{ key: NONE, text: 'None' }, ...NEED_CODES.map((c) => ({ key: c, text: `${c} – ${NEED_LABELS[c]}` }))];

interface Draft {
  supportTier: SupportTier;
  senProvision: SenProvision;
  monitoring: boolean;
  primaryNeed?: NeedCode;
  secondaryNeed?: NeedCode;
  effective: string;
  reason: string;
}

/** Changes a pupil's tier, provision and needs with the date and reason kept in their history; shows the history. */
export const ChangeSupportPanel: React.FC<{
  pupil: Saved<Pupil>;
  today: string;
  names: { schoolName: (id: number) => string; contactName: (id: number) => string };
  onClose: () => void;
  onSaved: (pupil: Saved<Pupil>) => void;
}> = ({ pupil, today, names, onClose, onSaved }) => {
  const { pupilHistory, currentUser } = useServices();
  const [draft, setDraft] = React.useState<Draft>({
    supportTier: pupil.supportTier,
    senProvision: pupil.senProvision,
    monitoring: pupil.monitoring,
    primaryNeed: pupil.primaryNeed,
    secondaryNeed: pupil.secondaryNeed,
    effective: formatUkDate(today),
    reason: '',
  });
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [saving, setSaving] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string } | undefined>();
  const [history, reloadHistory] = useAsync(() => pupilHistory.forPupil(pupil.id), [pupilHistory, pupil.id]);
  const name = `${pupil.firstName} ${pupil.lastName}`;

  const save = async (): Promise<void> => {
    setMessage(undefined);
    const after: Pupil = { ...pupil, supportTier: draft.supportTier, senProvision: draft.senProvision, monitoring: draft.monitoring, primaryNeed: draft.primaryNeed, secondaryNeed: draft.secondaryNeed };
    const found: Record<string, string[]> = {};
    const checked = pupilSchema.safeParse(after);
    if (!checked.success) Object.assign(found, issuesByField(issuesFromZodError(checked.error)));
    const effective = parseUkDate(draft.effective.trim());
    if (effective === null) found.effective = ['Enter the date the change takes effect as dd/mm/yyyy'];
    let changes: ReturnType<typeof pupilChangesBetween> = [];
    if (Object.keys(found).length === 0 && effective !== null) {
      try {
        changes = pupilChangesBetween(pupil, after, { effective, reason: draft.reason, changedBy: currentUser.email, ...names });
      } catch (e) {
        if (e instanceof ZodError) Object.assign(found, issuesByField(issuesFromZodError(e)));
        else throw e;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (changes.length === 0) {
      setMessage({ ok: false, text: 'Nothing has changed: change the tier, provision or needs before saving.' });
      return;
    }
    setSaving(true);
    try {
      const saved = await pupilHistory.saveWithHistory(pupil, after, changes);
      setMessage({ ok: true, text: `Saved: ${changes.map((c) => `${c.kind.toLowerCase()} ${c.from ?? ''} → ${c.to ?? ''}`).join('; ')}.` });
      reloadHistory();
      onSaved(saved);
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  };

  const err = (k: string): string | undefined => errors[k]?.[0];
  return (
    <Panel isOpen type={PanelType.medium} headerText={`Support for ${name}`} onDismiss={onClose} closeButtonAriaLabel="Close">
      <Stack tokens={{ childrenGap: 12 }}>
        <Dropdown label="Support tier" required options={SUPPORT_TIERS.map((t) => ({ key: t, text: t }))} selectedKey={draft.supportTier} onChange={(_e, o) => o && setDraft({ ...draft, supportTier: o.key as SupportTier })} errorMessage={err('supportTier')} />
        <Dropdown
          label="SEN provision"
          required
          options={SEN_PROVISION_CODES.map((c) => ({ key: c, text: `${c} – ${SEN_PROVISION_LABELS[c]}` }))}
          selectedKey={draft.senProvision}
          onChange={(_e, o) => o && setDraft({ ...draft, senProvision: o.key as SenProvision })}
          errorMessage={err('senProvision')}
        />
        <Checkbox label="On the monitoring register" checked={draft.monitoring} onChange={(_e, c) => setDraft({ ...draft, monitoring: c === true })} />
        <Dropdown label="Primary need (rank 1)" options={needOptions} selectedKey={draft.primaryNeed ?? NONE} onChange={(_e, o) => setDraft({ ...draft, primaryNeed: o?.key === NONE || !o ? undefined : (o.key as NeedCode) })} errorMessage={err('primaryNeed')} />
        <Dropdown label="Secondary need (rank 2)" options={needOptions} selectedKey={draft.secondaryNeed ?? NONE} onChange={(_e, o) => setDraft({ ...draft, secondaryNeed: o?.key === NONE || !o ? undefined : (o.key as NeedCode) })} errorMessage={err('secondaryNeed')} />
        <TextField label="Takes effect on" description="dd/mm/yyyy" required value={draft.effective} onChange={(_e, v) => setDraft({ ...draft, effective: v ?? '' })} errorMessage={err('effective')} />
        <TextField label="Reason for the change" required multiline rows={3} value={draft.reason} onChange={(_e, v) => setDraft({ ...draft, reason: v ?? '' })} errorMessage={err('reason')} />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text="Save change" onClick={() => void save()} disabled={saving} />
          <DefaultButton text="Close" onClick={onClose} />
        </Stack>
        <div role="status">
          {saving && <Spinner label="Saving the change and its history…" />}
          {message && <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} isMultiline>{message.text}</MessageBar>}
        </div>
        <h3>History</h3>
        {history.status === 'loading' && <Spinner label="Loading the history…" />}
        {history.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>{history.message}</MessageBar>}
        {history.status === 'ready' &&
          (history.value.items.length === 0 ? (
            <p>No changes recorded yet.</p>
          ) : (
            <table aria-label={`Changes to ${name}'s support`}>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Change</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Reason</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {history.value.items.map((c) => (
                  <tr key={c.id}>
                    <td>{formatUkDate(c.effective)}</td>
                    <td>{c.kind}</td>
                    <td>{c.from ?? '—'}</td>
                    <td>{c.to ?? '—'}</td>
                    <td>{c.reason}</td>
                    <td>{c.changedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </Stack>
    </Panel>
  );
};
