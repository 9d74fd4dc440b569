import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { ProgressReportPanel, type ProgressReportPanelProps } from './ProgressReportPanel';

/**
 * The pupil record's "Termly progress report" section (PRU staff): closed until asked for, so opening a record reads
 * nothing more; opened, it offers the term, the comments, the preview and the Word document.
 */
export const ProgressReportSection: React.FC<ProgressReportPanelProps> = (props) => {
  const [open, setOpen] = React.useState(false);
  return (
    <section aria-labelledby="record-progress-report" className="pw-record-section pw-no-print" style={{ marginTop: 24 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}>
        <Text as="h3" variant="large" id="record-progress-report" styles={{ root: { margin: 0 } }}>
          Termly progress report
        </Text>
        <DefaultButton aria-expanded={open} aria-controls="record-progress-report-panel" onClick={() => setOpen((o) => !o)}>
          {open ? 'Close the progress report' : 'Prepare a progress report'}
        </DefaultButton>
      </div>
      <div id="record-progress-report-panel">{open && <ProgressReportPanel {...props} />}</div>
    </section>
  );
};
