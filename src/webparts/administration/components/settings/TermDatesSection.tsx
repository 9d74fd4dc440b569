import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Text } from '../../../../ui/plain/Text';
import { londonToday } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { DateSetting } from './SettingsFields';
import { useSettingsForm } from './SettingsFormContext';
import { Row, SettingsSection } from './SettingsSection';
import { nextAcademicYear, withAcademicYear, yearsOf } from './termYears';

const HALF = ['first half', 'second half'];

/** Term dates per academic year, as half-terms; the next year can be entered ahead. */
export const TermDatesSection: React.FC = () => {
  const { draft, update } = useSettingsForm();
  const { now } = useServices();
  const [removing, setRemoving] = React.useState<string | undefined>();
  const years = yearsOf(draft.terms);
  const next = nextAcademicYear(draft.terms, londonToday(now()));
  return (
    <SettingsSection
      id="terms"
      description="A school day is a weekday inside a half-term and not a closure. Registers, attendance figures and due dates count school days from these dates. Enter next year's dates as soon as the local authority publishes them."
    >
      {years.length === 0 && <Text block>No term dates entered yet.</Text>}
      {years.map(({ year, indexes }) => (
        <fieldset key={year} style={{ border: '1px solid #c8c6c4', borderRadius: 2, padding: '8px 12px', margin: '12px 0' }}>
          <legend style={{ fontWeight: 600, padding: '0 4px' }}>Academic year {year}</legend>
          {indexes.map((i) => {
            const term = draft.terms[i];
            return (
              <div key={`${year}-${term.term}-${i}`}>
                <Text as="h4" block styles={{ root: { fontWeight: 600, margin: '8px 0 0' } }}>
                  {term.term} term
                </Text>
                {term.halfTerms.map((_h, j) => (
                  <Row key={j}>
                    <DateSetting path={['terms', i, 'halfTerms', j, 'start']} label={`${term.term} ${year}, ${HALF[j] ?? `part ${j + 1}`}: first day`} />
                    <DateSetting path={['terms', i, 'halfTerms', j, 'end']} label={`${term.term} ${year}, ${HALF[j] ?? `part ${j + 1}`}: last day`} />
                  </Row>
                ))}
              </div>
            );
          })}
          {removing === year ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              Remove the term dates of {year}? Its days will no longer count as school days for registers and attendance figures.
              <div style={{ marginTop: 8, display: 'flex', gap: 8 }}>
                <PrimaryButton
                  text={`Yes, remove ${year}`}
                  onClick={() => {
                    update((d) => ({ ...d, terms: d.terms.filter((t) => t.academicYear !== year) }));
                    setRemoving(undefined);
                  }}
                />
                <DefaultButton text="Keep it" onClick={() => setRemoving(undefined)} />
              </div>
            </MessageBar>
          ) : (
            <DefaultButton text={`Remove ${year}`} style={{ marginTop: 8 }} onClick={() => setRemoving(year)} />
          )}
        </fieldset>
      ))}
      <DefaultButton text={`Add the academic year ${next}`} iconProps={{ iconName: 'Add' }} onClick={() => update((d) => withAcademicYear(d, next))} />
    </SettingsSection>
  );
};
