import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { ProgressIndicator } from '../../../ui/plain/ProgressIndicator';
import { stepText, type RunState } from './setupRun';

/** What a running setup is doing, step by step, with Cancel; then how it ended. Announced to screen readers. */
export const RunProgress: React.FC<{ run: RunState; onCancel: () => void; cancelling: boolean }> = ({ run, onCancel, cancelling }) => {
  if (run.kind === 'idle') return null;
  if (run.kind === 'running') {
    const p = run.progress;
    return (
      <div style={{ margin: '12px 0' }}>
        <ProgressIndicator
          label={p ? p.label : `${run.title}: starting…`}
          description={p ? stepText(p) : 'Reading the site'}
          percentComplete={p ? (p.step - 1) / p.of : undefined}
        />
        <div role="status" aria-live="polite" className="pw-visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {p ? `${p.label}. ${stepText(p)}.` : `${run.title}: starting.`}
        </div>
        <DefaultButton text={cancelling ? 'Cancelling…' : 'Cancel'} onClick={onCancel} disabled={cancelling} style={{ marginTop: 8 }} />
      </div>
    );
  }
  const bar =
    run.kind === 'done'
      ? { type: MessageBarType.success, text: run.message }
      : run.kind === 'cancelled'
        ? { type: MessageBarType.warning, text: 'Cancelled. What was done so far is kept: run it again to finish.' }
        : { type: MessageBarType.error, text: run.message };
  return (
    // Fluent's MessageBar is its own live region (alert for an error, status otherwise).
    <div style={{ margin: '12px 0' }}>
      <MessageBar messageBarType={bar.type} isMultiline>
        {bar.text}
      </MessageBar>
    </div>
  );
};
