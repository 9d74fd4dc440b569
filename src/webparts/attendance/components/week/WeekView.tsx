import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { addDays, formatUkDate, isValidIsoDate, londonClockTime, londonToday, mondayOf, weekRegister } from '../../../../domain';
import { Printable } from '../../../../ui/print/Printable';
import { RecordProblems } from '../../../../ui/RecordProblems';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { WeekTable } from './WeekTable';

/**
 * The week view of the register: every pupil × the week's ten sessions, missing marks said in words, days with no
 * register saying why; a cell opens that day's register. One read for the week's marks (PwWeek), pupils and settings
 * as the register reads them.
 */
export const WeekView: React.FC = () => {
  const { attendance, pupils, settings, now } = useServices();
  const today = londonToday(now());
  const [monday, setMonday] = React.useState(() => mondayOf(today));
  const [typed, setTyped] = React.useState<string | undefined>();
  const [base, reloadBase] = useAsync(async () => {
    const [s, p] = await Promise.all([settings.get(), pupils.list()]);
    return { settings: s, pupils: p.items, problems: p.problems };
  }, [settings, pupils]);
  const [week, reloadWeek] = useAsync(() => attendance.marksForWeek(monday), [attendance, monday]);
  const go = (m: string): void => {
    setTyped(undefined);
    setMonday(m);
  };
  const field = typed ?? monday;
  const fieldError = typed !== undefined && !isValidIsoDate(typed) ? 'Enter a date as dd/mm/yyyy to see its week' : undefined;
  return (
    <section aria-labelledby="week-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="large" id="week-heading">
          Week of {formatUkDate(monday)}
        </Text>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
          <TextField
            label="A day in the week"
            type="date"
            value={field}
            errorMessage={fieldError}
            styles={{ root: { width: 200 } }}
            onChange={(_e, v) => {
              const value = v ?? '';
              if (isValidIsoDate(value)) go(mondayOf(value));
              else setTyped(value);
            }}
          />
          <DefaultButton text="Previous week" onClick={() => go(addDays(monday, -7))} />
          <DefaultButton text="This week" onClick={() => go(mondayOf(today))} />
          <DefaultButton text="Next week" onClick={() => go(addDays(monday, 7))} />
        </Stack>
        {(base.status === 'loading' || week.status === 'loading') && <Spinner label={`Loading the registers of the week of ${formatUkDate(monday)}…`} />}
        {base.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reloadBase} />}>
            Pupils and settings could not be loaded: {base.message}
          </MessageBar>
        )}
        {week.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reloadWeek} />}>
            The registers of the week of {formatUkDate(monday)} could not be loaded: {week.message}
          </MessageBar>
        )}
        {base.status === 'ready' && week.status === 'ready' && (
          <>
            <RecordProblems problems={base.value.problems} effect="those pupils are not in the week" />
            <RecordProblems problems={week.value.problems ?? []} effect="their marks are not shown" />
            <Printable buttonText="Print this week’s registers" label={`Registers of the week of ${formatUkDate(monday)}`}>
              <WeekTable week={weekRegister(week.value, base.value.pupils, monday, base.value.settings, { today, time: londonClockTime(now()) })} />
            </Printable>
          </>
        )}
      </Stack>
    </section>
  );
};
