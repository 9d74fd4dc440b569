import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { formatUkDate, parseUkDate, type Pupil } from '../../../domain';
import { downloadText } from '../../../ui/download';
import { PlainTextField, plainClasses } from '../../../ui/plain/PlainFields';

type Outcome = { kind: 'done'; rows: number; date: string } | { kind: 'problems'; lines: string[] } | { kind: 'failed'; message: string } | undefined;

/** The census-ready SEN CSV (provision and needs ranked 1 and 2). Rendered for PRU staff only. */
export const CensusExport: React.FC<{ pupils: readonly Pupil[]; today: string }> = ({ pupils, today }) => {
  const [date, setDate] = React.useState(formatUkDate(today));
  const [error, setError] = React.useState<string | undefined>();
  const [outcome, setOutcome] = React.useState<Outcome>();

  const exportCsv = async (): Promise<void> => {
    const iso = parseUkDate(date.trim());
    if (iso === null) {
      setError('Enter the census date as dd/mm/yyyy');
      return;
    }
    setError(undefined);
    // The census rules and CSV writer load when asked for (not on the register's first load); from the module, not
    // the domain's index, so the chunk carries only them.
    let senCensusCsv: typeof import('../../../domain/send/censusExport').senCensusCsv;
    try {
      ({ senCensusCsv } = await import(/* webpackChunkName: 'register-census' */ '../../../domain/send/censusExport'));
    } catch {
      setOutcome({ kind: 'failed', message: 'Nothing was exported: the census export could not be loaded. Check the connection and try again.' });
      return;
    }
    const result = senCensusCsv(pupils, iso);
    if (result.csv === undefined) {
      setOutcome({ kind: 'problems', lines: result.problems.map((p) => `${p.pupilRef}, ${p.field === 'senProvision' ? 'SEN provision' : p.field === 'primaryNeed' ? 'primary need' : 'secondary need'}: ${p.message}`) });
      return;
    }
    downloadText(`sen-census-${iso}.csv`, result.csv);
    setOutcome({ kind: 'done', rows: result.rows, date: formatUkDate(iso) });
  };

  return (
    <section className={plainClasses.column} style={{ gap: 8 }} aria-labelledby="census-export-heading">
      <h3 id="census-export-heading">SEN census export (PRU staff only)</h3>
      <div className={plainClasses.row} style={{ alignItems: 'flex-start' }}>
        <PlainTextField label="Census date" description="dd/mm/yyyy" value={date} onChange={setDate} errorMessage={error} width={160} />
        <DefaultButton text="Export census CSV" iconProps={{ iconName: 'Download' }} onClick={() => void exportCsv()} style={{ marginTop: 29 }} />
      </div>
      <div role="status">
        {outcome?.kind === 'done' && (
          <MessageBar messageBarType={MessageBarType.success}>
            Exported {outcome.rows} pupils on roll on {outcome.date}.
          </MessageBar>
        )}
        {outcome?.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{outcome.message}</MessageBar>}
        {outcome?.kind === 'problems' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            Nothing was exported: correct these records first.
            <ul>
              {outcome.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </MessageBar>
        )}
      </div>
    </section>
  );
};
