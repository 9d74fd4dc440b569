import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Text } from '../../../../ui/plain/Text';

export interface DueRecordFormProps {
  /** Id of the heading that names the form (aria-labelledby). */
  readonly headingId: string;
  readonly heading: React.ReactNode;
  readonly submitText: string;
  /** Why the last save failed, said in an alert above the buttons. */
  readonly failure?: string;
  readonly saving: boolean;
  readonly onSubmit: () => Promise<void>;
  readonly onCancel: () => void;
  readonly children: React.ReactNode;
}

/**
 * The frame shared by the Due view's in-place records (held elsewhere, a plan's review, an EHC step): a form named by
 * its heading, the fields, the save's failure as an alert, then the record and Cancel buttons.
 */
export const DueRecordForm: React.FC<DueRecordFormProps> = ({ headingId, heading, submitText, failure, saving, onSubmit, onCancel, children }) => (
  <form
    noValidate
    aria-labelledby={headingId}
    onSubmit={(e) => {
      e.preventDefault();
      void onSubmit();
    }}
    style={{ maxWidth: 560, marginTop: 8 }}
  >
    <Text as="h6" variant="medium" id={headingId} block style={{ fontWeight: 600, margin: 0 }}>
      {heading}
    </Text>
    {children}
    {failure && (
      <Text role="alert" block style={{ color: '#a4262c' }}>
        {failure}
      </Text>
    )}
    <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
      <PrimaryButton type="submit" disabled={saving}>
        {submitText}
      </PrimaryButton>
      <DefaultButton onClick={onCancel}>Cancel</DefaultButton>
    </div>
  </form>
);
