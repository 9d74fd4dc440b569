import * as React from 'react';
import { Text } from '../../../ui/plain/Text';
import { PupilNameLink } from '../../../ui/pupilRecord/PupilNameLink';
import { formatUkDate, type DueItem, type LaReturnDue, type SchoolSettings } from '../../../domain';
import { Item, ItemList, Open, Section } from './todayParts';

/** Baseline assessments still to sit: each recent starter with none recorded, overdue first. */
export const BaselinesSection: React.FC<{
  baselines: readonly { item: DueItem; overdue: boolean }[];
  pupilName: (id: number) => string;
}> = ({ baselines, pupilName }) => (
  <Section id="baselines" title="Baselines due" count={baselines.length}>
    {baselines.length === 0 ? (
      <Text block>Every recent starter has a baseline assessment recorded.</Text>
    ) : (
      <ItemList>
        {baselines.map(({ item, overdue }) => (
          <Item key={`${item.pupilId}-${item.dueDate}`}>
            <PupilNameLink pupilId={item.pupilId}>{pupilName(item.pupilId)}</PupilNameLink> — {overdue ? <strong>overdue</strong> : 'due'} by {formatUkDate(item.actBy)} ({item.basis})
          </Item>
        ))}
      </ItemList>
    )}
  </Section>
);

/** The LA's part-time-timetable return, when it is due and not recorded as sent (settings say when: half-termly, at or within days of agreement). */
export const LaReturnSection: React.FC<{
  returns: readonly LaReturnDue[];
  today: string;
  settings: Pick<SchoolSettings, 'laPartTimeReturn'>;
  openReturn: () => void;
  pupilName: (id: number) => string;
}> = ({ returns, today, settings, openReturn, pupilName }) => {
  const timing = settings.laPartTimeReturn.timing;
  return (
    <Section id="la-return" title="Part-time timetables return to the LA" count={returns.length}>
      {returns.length === 0 ? (
        <Text block>No return is due around today (the LA asks for it {timing === 'Within days of agreement' ? 'within days of each agreement' : timing.toLowerCase()}).</Text>
      ) : (
        <ItemList>
          {returns.map((r) => {
            const what = r.halfTerm ? `The return for ${r.halfTerm.label}` : `The return for ${r.pupilId !== undefined ? pupilName(r.pupilId) : 'a PIP'}'s part-time timetable`;
            return (
              <Item key={r.halfTerm?.label ?? `pip-${r.pipId ?? r.pupilId}`}>
                <Open label={`${what}: open the LA return`} onClick={openReturn}>
                  {what}
                </Open>{' '}
                — {r.dueBy < today ? `was due on ${formatUkDate(r.dueBy)} and is not recorded as sent` : `due ${r.dueBy === today ? 'today' : `on ${formatUkDate(r.dueBy)}`}`}
              </Item>
            );
          })}
        </ItemList>
      )}
    </Section>
  );
};
