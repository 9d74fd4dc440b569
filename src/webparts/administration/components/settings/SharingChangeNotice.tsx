import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { ApplySharingToAll } from '../../../../ui/access/ApplySharingToAll';
import { useAsync } from '../../../../ui/useAsync';
import { useServices } from '../../../../ui/ServicesContext';

const folders = (n: number): string => (n === 1 ? '1 pupil’s folders need' : `${n} pupils’ folders need`);

/**
 * After Settings saved a change of what home schools read: how many pupils' folders SharePoint still shares under
 * the old settings, and "Apply to all pupils now" (the same as Site setup's "Repair all").
 */
export const SharingChangeNotice: React.FC<{ readonly round: number }> = ({ round }) => {
  const { pupilAccess } = useServices();
  const [recount, setRecount] = React.useState(0);
  const [found] = useAsync(() => pupilAccess.findMismatches(), [pupilAccess, round, recount]);
  const [count, setCount] = React.useState<number | undefined>(undefined);
  React.useEffect(() => {
    if (found.status === 'ready') setCount(found.value.items.length);
  }, [found]);
  if (count === undefined && found.status === 'loading') return <Spinner label="Finding the pupils whose folders follow the old sharing settings…" />;
  if (found.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {`The sharing settings changed, but the pupils whose folders need updating could not be found: ${found.message} Open Site setup and choose “Check this site”.`}
      </MessageBar>
    );
  const n = count ?? 0;
  return (
    <section aria-label="Applying the sharing settings" style={{ marginTop: 8 }}>
      <Text block styles={{ root: { margin: '4px 0' } }}>
        {found.status === 'loading'
          ? 'Checking the pupils’ folders again…'
          : n === 0
            ? 'Every pupil’s folders follow the new sharing settings: SharePoint lets each home school read only what they allow.'
            : `The sharing settings changed: ${folders(n)} updating before SharePoint lets their home schools read only what the new settings allow. Until then they read what the old settings allowed.`}
      </Text>
      <ApplySharingToAll count={n} actionText="Apply to all pupils now" onFinished={() => setRecount((r) => r + 1)} />
    </section>
  );
};
