import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { PupilPicker, pupilIdFromPage } from '../../../ui/PupilPicker';
import { PupilLearningLog } from './PupilLearningLog';

/** Learning logs (Appendix 3). On a pupil's page (?pupil=<id>) it opens that pupil's log. */
export const LearningLogs: React.FC = () => {
  const { pupils, userAccess } = useServices();
  const [pupilId, setPupilId] = React.useState<number | undefined>(() => pupilIdFromPage());
  const [state, reload] = useAsync(async () => {
    const [p, pru] = await Promise.all([pupils.list(), userAccess.isPruStaff()]);
    return { pupils: p.items, pru };
  }, [pupils, userAccess]);
  const pupil = state.status === 'ready' ? state.value.pupils.find((p) => p.id === pupilId) : undefined;

  return (
    <section aria-labelledby="learning-logs-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" id="learning-logs-heading">
          Learning logs
        </Text>
        {state.status === 'loading' && <Spinner label="Loading pupils…" />}
        {state.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} actions={<button onClick={reload}>Try again</button>}>
            {state.message}
          </MessageBar>
        )}
        {state.status === 'ready' && (
          <>
            <PupilPicker pupils={state.value.pupils} pupilId={pupilId} onChange={setPupilId} />
            {pupil ? <PupilLearningLog key={pupil.id} pupil={pupil} canEdit={state.value.pru} /> : <Text>Choose a pupil to see their learning log.</Text>}
          </>
        )}
      </Stack>
    </section>
  );
};
