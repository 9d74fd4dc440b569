import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { SIGNED_FORM_TYPES, type PipAgreementMethod } from '../../../../domain';
import { errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { FieldMessage } from '../../../../ui/form/FormBits';
import type { AgreementDraft } from './pipFormModel';

export interface ParentAgreementFieldsProps {
  readonly value: AgreementDraft;
  readonly errors: FieldErrors;
  readonly onChange: (v: AgreementDraft) => void;
  /** The signed form chosen to upload with this save, if any. */
  readonly file?: File;
  readonly onFile: (file: File | undefined) => void;
  /** Who is signed in: the default "recorded by" when the agreement is recorded here. */
  readonly signedInName: string;
}

const ACCEPT = SIGNED_FORM_TYPES.map((t) => `.${t}`).join(',');

/**
 * The parent/carer's written agreement (attendance policy: a PIP is never used without it): who agreed, their
 * relationship to the pupil, the date, and how it was given in writing — a signed form uploaded (filed in the
 * pupil's folder of the Letters library when the PIP is saved) or recorded here by the member of staff it was
 * given to.
 */
export const ParentAgreementFields: React.FC<ParentAgreementFieldsProps> = ({ value, errors, onChange, file, onFile, signedInName }) => {
  const set = (change: Partial<AgreementDraft>): void => onChange({ ...value, ...change });
  const fileError = errorAt(errors, 'parentSignOff.fileId');
  return (
    <div role="group" aria-labelledby="pip-agreement-heading">
      <Text as="h4" variant="mediumPlus" id="pip-agreement-heading" block styles={{ root: { fontWeight: 600, marginTop: 8 } }}>
        Parent/carer written agreement
      </Text>
      <FieldMessage id="pip-agreement-error" message={errorAt(errors, 'parentSignOff')} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField
          label="Parent/carer: signed by"
          value={value.name}
          onChange={(_e, v) => set({ name: v ?? '' })}
          errorMessage={errorAt(errors, 'parentSignOff.name')}
          styles={{ root: { width: 260 } }}
        />
        <TextField
          label="Relationship to the pupil"
          placeholder="For example Mother, Foster carer"
          value={value.relationship}
          onChange={(_e, v) => set({ relationship: v ?? '' })}
          errorMessage={errorAt(errors, 'parentSignOff.relationship')}
          styles={{ root: { width: 220 } }}
        />
        <TextField
          label="Parent/carer: date"
          placeholder="dd/mm/yyyy"
          value={value.date}
          onChange={(_e, v) => set({ date: v ?? '' })}
          errorMessage={errorAt(errors, 'parentSignOff.date')}
          styles={{ root: { width: 140 } }}
        />
      </Stack>
      <ChoiceGroup
        label="How the written agreement was given"
        selectedKey={value.method ?? null}
        options={[
          { key: 'Signed form uploaded', text: 'A signed form (scan or photo), uploaded here' },
          { key: 'Recorded in Pathways Hub', text: 'Written in Pathways Hub: the parent/carer typed their name above, in front of a member of staff' },
        ]}
        onChange={(_e, o) =>
          o && set({ method: o.key as PipAgreementMethod, recordedBy: value.recordedBy.trim() === '' && o.key === 'Recorded in Pathways Hub' ? signedInName : value.recordedBy })
        }
        ariaLabelledBy="pip-agreement-heading"
        styles={{ root: { marginTop: 8 } }}
      />
      <FieldMessage id="pip-agreement-method-error" message={errorAt(errors, 'parentSignOff.method')} />
      {value.method === 'Signed form uploaded' && (
        <div style={{ marginTop: 8 }}>
          <label htmlFor="pip-agreement-file" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            {value.fileId !== undefined ? 'Replace the signed form (optional)' : 'Signed agreement form'}
          </label>
          <input
            id="pip-agreement-file"
            type="file"
            accept={ACCEPT}
            aria-describedby="pip-agreement-file-hint pip-agreement-file-error"
            aria-invalid={fileError !== undefined}
            onChange={(e) => onFile(e.target.files?.[0] ?? undefined)}
          />
          <Text block id="pip-agreement-file-hint" variant="small">
            {value.fileId !== undefined && file === undefined
              ? "A signed form is filed in the pupil's folder of the Letters library."
              : "PDF, JPEG, PNG or Word. It is filed in the pupil's folder of the Letters library when you save, where only PRU staff and the pupil's home school can open it."}
            {file ? ` Chosen: ${file.name}.` : ''}
          </Text>
          <FieldMessage id="pip-agreement-file-error" message={fileError} />
        </div>
      )}
      {value.method === 'Recorded in Pathways Hub' && (
        <TextField
          label="Recorded by (member of staff)"
          value={value.recordedBy}
          onChange={(_e, v) => set({ recordedBy: v ?? '' })}
          errorMessage={errorAt(errors, 'parentSignOff.recordedBy')}
          styles={{ root: { maxWidth: 320 } }}
        />
      )}
    </div>
  );
};
