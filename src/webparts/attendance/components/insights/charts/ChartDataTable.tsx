import * as React from 'react';
import { DefaultButton } from '../../../../../ui/plain/buttons';
import { chartClasses } from './chartStyles';

/**
 * The numbers behind a chart: always in the page for screen readers, shown on screen with the toggle.
 * The button says what it does and its state (aria-expanded).
 */
export const ChartDataTable: React.FC<{ id: string; chartName: string }> = ({ id, chartName, children }) => {
  const [shown, setShown] = React.useState(false);
  return (
    <div>
      <DefaultButton aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
        {shown ? `Hide the data table for ${chartName}` : `Show the data table for ${chartName}`}
      </DefaultButton>
      <div id={id} className={shown ? undefined : chartClasses.hidden}>
        {children}
      </div>
    </div>
  );
};
