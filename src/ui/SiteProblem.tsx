import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';

/** What a web part shows instead of its content when the Pathways Hub site is not configured or cannot be opened. */
export const SiteProblem: React.FC<{ message: string }> = ({ message }) => (
  <MessageBar messageBarType={MessageBarType.warning} isMultiline>
    <Text as="h2" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
      Pathways Hub cannot open its site
    </Text>
    {message}
  </MessageBar>
);
