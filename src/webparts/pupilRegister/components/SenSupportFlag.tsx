import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import { atSenSupport, londonToday, pupilsBelowSenSupport, SEN_SUPPORT_FOR_ALL_REASON, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';
import { useMounted } from '../../../ui/useMounted';

export interface SenSupportFlagProps {
  readonly pupils: readonly Saved<Pupil>[];
  /** SharePoint lets the signed-in user edit pupils (the fix is offered only then; SharePoint refuses anyone else). */
  readonly canEdit: boolean;
  readonly schoolName: (id: number) => string;
  readonly onOpen: (id: number) => void;
  readonly onFixed: (message: string) => void;
}

/**
 * The register's flag for pupils on roll recorded below SEN support (N), which the SEND policy does not allow: each
 * named (as buttons, not links, so the register's own name links stay the only ones), with its record one click away and, for those who may edit pupils, "Record SEN support (K)" — saved with
 * the change in the pupil's history (from, to, the policy as the reason, today, who).
 */
export const SenSupportFlag: React.FC<SenSupportFlagProps> = ({ pupils, canEdit, schoolName, onOpen, onFixed }) => {
  const { pupilHistory, currentUser, now } = useServices();
  const today = londonToday(now());
  const below = pupilsBelowSenSupport(pupils, today);
  const [busy, setBusy] = React.useState<number | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const mounted = useMounted();
  if (below.length === 0) return null;

  const fix = async (p: Saved<Pupil>): Promise<void> => {
    setBusy(p.id);
    setFailure(undefined);
    try {
      const after = atSenSupport(p);
      // The history's rules load with the first fix (not on the register's first load), from their module, not the index.
      const { pupilChangesBetween } = await import(/* webpackChunkName: 'register-sen-fix' */ '../../../domain/pupils/pupilChanges');
      const changes = pupilChangesBetween(p, after, { effective: today, reason: SEN_SUPPORT_FOR_ALL_REASON, changedBy: currentUser.email, schoolName });
      await pupilHistory.saveWithHistory(p, after, changes);
      onFixed(`${p.firstName} ${p.lastName} is now recorded at SEN support (K), with the change in their history.`);
    } catch (e) {
      setFailure(`${p.firstName} ${p.lastName} was not changed: ${errorText(e)}`);
    } finally {
      if (mounted()) setBusy(undefined); // once fixed, the pupil leaves the flag, which may go with them
    }
  };

  const count = below.length === 1 ? '1 pupil on roll is' : `${below.length} pupils on roll are`;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <Text block styles={{ root: { fontWeight: 600 } }}>
        Not at SEN support: {count} recorded as N (no SEN)
      </Text>
      <Text block>
        The SEND policy places every pupil on roll at SEN support at least. Record K, or open the record if the SENCO has decided otherwise.
      </Text>
      <ul aria-label="Pupils recorded below SEN support" style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {below.map((p) => (
          <li key={p.id} style={{ marginBottom: 6 }}>
            {p.firstName} {p.lastName}{' '}
            ({p.pupilRef}){' '}
            <DefaultButton
              text="Open the record"
              ariaLabel={`Open the record of ${p.firstName} ${p.lastName}`}
              onClick={() => onOpen(p.id)}
              style={{ minHeight: 32, marginLeft: 8 }}
            />
            {canEdit && (
              <DefaultButton
                text="Record SEN support (K)"
                ariaLabel={`Record SEN support (K) for ${p.firstName} ${p.lastName}`}
                onClick={() => void fix(p)}
                disabled={busy !== undefined}
                style={{ minHeight: 32, marginLeft: 8 }}
              />
            )}
          </li>
        ))}
      </ul>
      {!canEdit && <Text block>{"Only the office and leadership can change a pupil's SEN provision: ask the SENCO."}</Text>}
      <div role="status">
        {busy !== undefined && <Spinner label="Recording SEN support…" labelPosition="right" />}
        {failure && <Text block styles={{ root: { fontWeight: 600 } }}>{failure}</Text>}
      </div>
    </MessageBar>
  );
};
