import * as React from 'react';
import { ActionButton } from '../../../../ui/plain/buttons';
import { Text } from '../../../../ui/plain/Text';
import { PlainTextField } from '../../../../ui/plain/PlainFields';
import type { Session } from '../../../../domain/vocabulary';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { ArrivalField } from './ArrivalField';
import { CodeButtons } from './CodeButtons';
import { CodeField } from './CodeField';
import type { RegisterRowModel } from './registerModel';
import { cellStyle, errorTextStyle, flagStyle, noteStyle, visuallyHidden } from './registerStyles';

export interface RegisterRowProps {
  readonly row: RegisterRowModel;
  readonly session: Session;
  readonly disabled: boolean;
  /** The repository's message when this pupil's mark was not saved. */
  readonly failure?: string;
  /** Someone else changed this mark: the choice is made in the conflict panel. */
  readonly inConflict: boolean;
  readonly onCode: (pupilId: number, code: string | undefined) => void;
  readonly onArrival: (pupilId: number, text: string) => void;
  readonly onReason: (pupilId: number, reason: string) => void;
  readonly onUndo: (pupilId: number) => void;
}

/** One pupil on the register: name and year, one-click codes, the full list, arrival time, and any messages. */
export const RegisterRow: React.FC<RegisterRowProps & { readonly layout?: 'row' | 'card' }> = (props) => {
  const { row, session, failure, inConflict } = props;
  const disabled = props.disabled || !row.onRoll;
  const pupilMessageId = `register-pupil-${row.pupilId}-message`;
  const card = props.layout === 'card';
  const nameBlock = (
    <>
      <Text styles={{ root: { fontWeight: 600 } }}>
        <PupilNameLink pupilId={row.pupilId}>{row.listName}</PupilNameLink>
      </Text>
      {card && <Text styles={noteStyle}> · Year {row.yearGroup}</Text>}
      {row.flags.length > 0 && (
        <Text block styles={flagStyle}>
          <span style={visuallyHidden}>Flags: </span>
          {row.flags.join(' · ')}
        </Text>
      )}
      {row.saved && (
        <Text block styles={noteStyle}>
          Saved: {row.saved.code}
          {row.changed ? ' (changed, not saved yet)' : ''}
        </Text>
      )}
      {!row.saved && row.code !== undefined && (
        <Text block styles={noteStyle}>
          {row.prefilled ? 'Prefilled from the part-time timetable, not saved yet' : 'Not saved yet'}
        </Text>
      )}
      {row.issues.pupil && (
        <Text block id={pupilMessageId} styles={errorTextStyle}>
          {row.issues.pupil}
        </Text>
      )}
    </>
  );
  const codeButtons = (
    <CodeButtons session={session} code={row.code} name={row.name} disabled={disabled} wrap={card} onChoose={(c) => props.onCode(row.pupilId, c)} />
  );
  const codeField = (
    <CodeField code={row.code} name={row.name} errorMessage={row.issues.code} disabled={disabled} onChange={(c) => props.onCode(row.pupilId, c)} />
  );
  const arrival = (
    <ArrivalField
      value={row.arrivalTime}
      name={row.name}
      minutesLate={row.minutesLate}
      errorMessage={row.issues.arrivalTime}
      disabled={disabled}
      onChange={(t) => props.onArrival(row.pupilId, t)}
    />
  );
  const messages = (
    <>
      {(row.needsReason || row.needsNote) && !inConflict && (
        <div style={{ minWidth: card ? 0 : 200 }}>
          <PlainTextField
            label={row.needsReason ? `Reason for changing ${row.saved?.code ?? ''} to ${row.code ?? ''}` : `Why ${row.code ?? 'this'} is known ahead`}
            required
            value={row.reason}
            errorMessage={row.issues.reason}
            disabled={props.disabled}
            onChange={(v) => props.onReason(row.pupilId, v)}
          />
        </div>
      )}
      {inConflict && (
        <Text block styles={errorTextStyle}>
          Changed by someone else: choose what to keep under “Changed while you were working”.
        </Text>
      )}
      {failure && (
        <Text block styles={errorTextStyle}>
          Not saved: {failure}
        </Text>
      )}
      {row.changed && !row.prefilled && (
        <ActionButton
          iconProps={{ iconName: 'Undo' }}
          ariaLabel={`Undo unsaved change, ${row.name}`}
          disabled={props.disabled}
          style={{ minHeight: 32, height: 32 }}
          onClick={() => props.onUndo(row.pupilId)}
        >
          Undo
        </ActionButton>
      )}
    </>
  );
  if (card)
    // The same controls in the same order as a table row (the same keyboard path), stacked to fit a phone.
    return (
      <li aria-label={row.listName} style={{ listStyle: 'none', borderBottom: '1px solid #c8c6c4', padding: '8px 0' }}>
        <div>{nameBlock}</div>
        <div style={{ margin: '6px 0' }}>{codeButtons}</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start' }}>
          {codeField}
          {arrival}
        </div>
        {messages}
      </li>
    );
  return (
    <tr>
      <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>
        {nameBlock}
      </th>
      <td style={cellStyle}>{row.yearGroup}</td>
      <td style={cellStyle}>{codeButtons}</td>
      <td style={cellStyle}>{codeField}</td>
      <td style={cellStyle}>{arrival}</td>
      <td style={cellStyle}>{messages}</td>
    </tr>
  );
};
