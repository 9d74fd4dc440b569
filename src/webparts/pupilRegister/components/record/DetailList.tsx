import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';

export type DetailRow = readonly [label: string, value: string | undefined];

/** A read-only group of labelled values (a definition list): blank values say "Not recorded". */
export const DetailList: React.FC<{ title: string; rows: readonly DetailRow[]; headingLevel?: 'h3' | 'h4' }> = ({ title, rows, headingLevel = 'h3' }) => (
  <section aria-label={title} className="pw-detail-group" style={{ marginTop: 16, breakInside: 'avoid' }}>
    <Text as={headingLevel} variant={headingLevel === 'h3' ? 'large' : 'mediumPlus'} block styles={{ root: { margin: '0 0 6px' } }}>
      {title}
    </Text>
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 16, rowGap: 4, margin: 0 }}>
      {rows.map(([label, value]) => (
        <React.Fragment key={label}>
          <dt style={{ fontWeight: 600 }}>{label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{value === undefined || value === '' ? 'Not recorded' : value}</dd>
        </React.Fragment>
      ))}
    </dl>
  </section>
);
