import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { NEED_CODES, NEED_LABELS, SEN_PROVISION_CODES, SEN_PROVISION_LABELS, SUPPORT_TIERS } from '../../../../domain';
import { Section } from '../../../../ui/form/FormBits';
import { DraftCheck, DraftChoice, DraftText, type SectionProps } from './formKit';
import type { FlagKey } from './pupilFormModel';

const needOptions = NEED_CODES.map((c) => ({ key: c, text: `${c} – ${NEED_LABELS[c]}` }));

const FLAGS: readonly [FlagKey, string][] = [
  ['fsm', 'Free school meals (FSM)'],
  ['pp', 'Pupil premium (PP)'],
  ['lac', 'Looked after (LAC)'],
  ['cin', 'Child in need (CIN)'],
  ['cp', 'Child protection plan (CP)'],
  ['yos', 'Youth offending service (YOS)'],
  ['medical', 'Medical needs'],
];

/** The register of additional need: support tier, SEN provision (E/K/N, monitoring) and ranked needs. */
export const SupportFields: React.FC<SectionProps> = (props) => {
  const { draft, set } = props;
  return (
    <Section title="Support and SEN">
      <Stack tokens={{ childrenGap: 8 }}>
        <DraftChoice {...props} k="supportTier" label="Support tier" required options={SUPPORT_TIERS.map((t) => ({ key: t, text: t }))} />
        <DraftChoice
          {...props}
          k="senProvision"
          label="SEN provision"
          required
          options={SEN_PROVISION_CODES.map((c) => ({ key: c, text: `${c} – ${SEN_PROVISION_LABELS[c]}` }))}
          set={(patch) => set(patch.senProvision === 'N' ? { ...patch, primaryNeed: '', secondaryNeed: '' } : patch)}
        />
        <DraftCheck label="On the monitoring register" checked={draft.monitoring} onChange={(monitoring) => set({ monitoring })} />
        {draft.senProvision !== 'N' && (
          <>
            <DraftChoice {...props} k="primaryNeed" label="Primary need (rank 1)" noneText="Not recorded" options={needOptions} />
            <DraftChoice {...props} k="secondaryNeed" label="Secondary need (rank 2)" noneText="None" options={needOptions} />
          </>
        )}
      </Stack>
    </Section>
  );
};

/** Flags, the looked-after child's local authority, the social worker and the healthcare plan. */
export const SafeguardingFields: React.FC<SectionProps> = (props) => {
  const { draft, set } = props;
  return (
    <Section title="Flags, social care and health">
      <Stack tokens={{ childrenGap: 8 }}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, padding: '5px 0' }}>Flags</legend>
          <Stack tokens={{ childrenGap: 6 }}>
            {FLAGS.map(([k, label]) => (
              <DraftCheck key={k} label={label} checked={draft[k]} onChange={(on) => set({ [k]: on } as Partial<typeof draft>)} />
            ))}
          </Stack>
        </fieldset>
        {draft.lac && <DraftText {...props} k="lacLocalAuthority" label="Looked after by (local authority)" required />}
        <DraftText {...props} k="socialWorkerName" label="Social worker" />
        <DraftText {...props} k="socialWorkerPhone" label="Social worker’s phone" type="tel" />
        <DraftText {...props} k="socialWorkerEmail" label="Social worker’s e-mail" type="email" />
        <DraftText {...props} k="healthCarePlanRef" label="Individual healthcare plan (reference or where it is kept)" />
      </Stack>
    </Section>
  );
};
