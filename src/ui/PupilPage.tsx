import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Pupil } from '../domain';
import type { Saved } from '../data/ports';
import { useServices } from './ServicesContext';
import { useAsync } from './useAsync';
import { PupilPicker } from './PupilPicker';
import { pupilIdFromPage } from './pupilFromPage';

export interface PupilPageProps {
  /** The heading, e.g. 'Learning logs'. */
  readonly title: string;
  /** The id of the heading element that labels the section. */
  readonly headingId: string;
  /** What the page shows, for "Choose a pupil to see their …". */
  readonly what: string;
  /** The chosen pupil's content; canEdit is true for PRU staff (SharePoint lets them add pupils). */
  readonly children: (pupil: Saved<Pupil>, canEdit: boolean) => React.ReactElement;
}

/**
 * A web part about one pupil at a time: loads the pupils the user may see, offers a picker, and opens the pupil named
 * in the page address (?pupil=<id>) on a pupil's page.
 */
export const PupilPage: React.FC<PupilPageProps> = ({ title, headingId, what, children }) => {
  const { pupils, userAccess } = useServices();
  const [pupilId, setPupilId] = React.useState<number | undefined>(() => pupilIdFromPage());
  const [state, reload] = useAsync(async () => {
    const [p, pru] = await Promise.all([pupils.list(), userAccess.isPruStaff()]);
    return { pupils: p.items, pru };
  }, [pupils, userAccess]);
  const pupil = state.status === 'ready' ? state.value.pupils.find((p) => p.id === pupilId) : undefined;
  return (
    <section aria-labelledby={headingId}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" id={headingId}>
          {title}
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
            {pupil ? <React.Fragment key={pupil.id}>{children(pupil, state.value.pru)}</React.Fragment> : <Text>Choose a pupil to see their {what}.</Text>}
          </>
        )}
      </Stack>
    </section>
  );
};
