import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { EHC_STEP_STATE_LABELS, ehcAssessmentSteps, formatUkDate, type EhcRequest, type IsoDate, type StatutoryPeriods } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';

/** A request for an EHC needs assessment with its statutory steps: what, by when, done on, and the state in words. */
export const EhcAssessmentSteps: React.FC<{ request: EhcRequest; periods: StatutoryPeriods; today: IsoDate }> = ({ request, periods, today }) => {
  const steps = ehcAssessmentSteps(request, periods, today);
  const caption = `Request received by the LA on ${formatUkDate(request.receivedOn)}${request.reference ? ` (LA reference ${request.reference})` : ''}`;
  return (
    <div style={{ marginBottom: 12 }}>
      {request.requestedBy && <Text block>Requested by {request.requestedBy}.</Text>}
      <DataTable
        caption={caption}
        rows={steps}
        getKey={(s) => s.key}
        columns={[
          { key: 'step', header: 'Statutory step', render: (s) => s.label, rowHeader: true },
          { key: 'due', header: 'Due by', render: (s) => <span title={s.basis}>{formatUkDate(s.dueOn)}</span> },
          { key: 'done', header: 'Done', render: (s) => (s.doneOn ? `${formatUkDate(s.doneOn)}${s.outcome ? `: ${s.outcome.toLowerCase()}` : ''}` : '—') },
          { key: 'state', header: 'Where it stands', render: (s) => EHC_STEP_STATE_LABELS[s.state] },
        ]}
      />
      <Text block variant="small">
        Dates run from the LA receiving the request: {steps.map((s) => s.basis.replace(/ of the LA receiving.*?\(/, ' (')).join('; ')}.
      </Text>
    </div>
  );
};
