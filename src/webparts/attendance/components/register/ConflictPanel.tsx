import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { RegisterConflict } from '../../../../data/ports';
import type { RegisterRowModel } from './registerModel';
import { describeConflict } from './saveOutcome';

export type ConflictChoice = 'theirs' | 'mine';

export interface ConflictPanelProps {
  readonly conflicts: readonly RegisterConflict[];
  readonly rows: readonly RegisterRowModel[];
  readonly date: string;
  readonly currentUser: { email: string; displayName: string };
  readonly choices: Readonly<Record<number, ConflictChoice>>;
  readonly busy: boolean;
  readonly onChoose: (pupilId: number, choice: ConflictChoice) => void;
  readonly onReason: (pupilId: number, reason: string) => void;
  readonly onApply: () => void;
}

/**
 * Marks someone else saved while this user was working. Nothing is overwritten silently: per pupil the user
 * keeps theirs, or keeps their own with a reason (saved as an amendment over the newer mark).
 */
export const ConflictPanel: React.FC<ConflictPanelProps> = (props) => {
  const { conflicts, rows, choices } = props;
  const byId = new Map(rows.map((r) => [r.pupilId, r]));
  const missingReason = conflicts.some((c) => choices[c.pupilId] === 'mine' && (byId.get(c.pupilId)?.reason.trim() ?? '') === '');
  const chosen = conflicts.some((c) => choices[c.pupilId] !== undefined);
  return (
    <section aria-labelledby="register-conflicts-heading">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <Text as="h3" id="register-conflicts-heading" variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
          Changed while you were working
        </Text>
        <Text block>
          Someone else saved {conflicts.length === 1 ? 'a mark' : `${conflicts.length} marks`} after you opened this register.
          Nothing has been overwritten: choose what to keep for each pupil.
        </Text>
      </MessageBar>
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 8 } }}>
        {conflicts.map((c) => {
          const row = byId.get(c.pupilId);
          const name = row?.name ?? `Pupil ${c.pupilId}`;
          const choice = choices[c.pupilId];
          return (
            <Stack key={c.pupilId} tokens={{ childrenGap: 4 }}>
              <Text block>{describeConflict(c, name, props.date, props.currentUser)}</Text>
              <ChoiceGroup
                label={`What to keep for ${name}`}
                selectedKey={choice ?? null}
                disabled={props.busy}
                options={[
                  { key: 'theirs', text: `Keep theirs (${c.theirs?.code ?? 'no mark'})` },
                  { key: 'mine', text: `Keep mine (${c.mine.code})` },
                ]}
                onChange={(_e, o) => o && props.onChoose(c.pupilId, o.key as ConflictChoice)}
              />
              {choice === 'mine' && (
                <TextField
                  label={`Reason for replacing ${c.theirs?.code ?? 'the saved mark'} with ${c.mine.code}, ${name}`}
                  required
                  value={row?.reason ?? ''}
                  errorMessage={row && row.reason.trim() === '' ? 'Give a reason: the change is recorded as an amendment' : undefined}
                  disabled={props.busy}
                  onChange={(_e, v) => props.onReason(c.pupilId, v ?? '')}
                />
              )}
            </Stack>
          );
        })}
        <div>
          <PrimaryButton text="Save my choices" disabled={props.busy || !chosen || missingReason} onClick={props.onApply} />
        </div>
      </Stack>
    </section>
  );
};
