import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { HomeSchoolAccess } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { useAsync } from '../../../../ui/useAsync';

/** The action that shares the records (the repository's words name it too). */
export const SHARE_BUTTON = 'Share with home school';

/**
 * Says plainly when the pupil's records are not yet shared with the school that should see them, and who must act;
 * offers the repair to those who may edit pupils (SharePoint still decides: it needs Manage Permissions).
 */
export const SharingStatus: React.FC<{ pupilId: number; version: string; canRepair: boolean }> = ({ pupilId, version, canRepair }) => {
  const { pupilAccess } = useServices();
  const [state, reload] = useAsync(() => pupilAccess.status(pupilId), [pupilAccess, pupilId, version]);
  const [outcome, setOutcome] = React.useState<HomeSchoolAccess | string | undefined>();
  const [busy, setBusy] = React.useState(false);
  if (state.status !== 'ready') return null;
  const shown = typeof outcome === 'object' ? outcome : state.value;
  if (shown.state === 'shared' && typeof outcome !== 'object') return null;
  if (shown.state === 'shared')
    return (
      <MessageBar messageBarType={MessageBarType.success} role="status">
        The records are now shared with the home school.
      </MessageBar>
    );
  const repair = async (): Promise<void> => {
    setBusy(true);
    try {
      setOutcome(await pupilAccess.repairAccess(pupilId));
      reload();
    } catch (e) {
      setOutcome(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <MessageBar
      messageBarType={MessageBarType.severeWarning}
      isMultiline
      actions={canRepair ? <DefaultButton text={busy ? 'Sharing…' : SHARE_BUTTON} disabled={busy} onClick={() => void repair()} /> : undefined}
    >
      Not yet shared: {shown.message ?? 'the home school cannot see these records yet.'}
      {typeof outcome === 'string' && ` The last attempt failed: ${outcome}`}
    </MessageBar>
  );
};
