import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Link } from '../../../../ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import type { SchoolSettings } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataError } from '../../../../data/errors';
import { SettingsValidationError } from '../../../../data/sp/SettingsValidationError';
import { byField, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { errorText } from '../../../../ui/errorText';
import { useAsync } from '../../../../ui/useAsync';
import { useServices } from '../../../../ui/ServicesContext';
import { FirstSettingsContext } from '../firstReads';
import { CalendarWarningBanner } from '../../../../ui/CalendarWarningBanner';
import { AttendanceSection } from './AttendanceSection';
import { ClosuresSection } from './ClosuresSection';
import { HomeSchoolsSection } from './HomeSchoolsSection';
import { LocalAuthoritySection } from './LocalAuthoritySection';
import { PlansSection } from './PlansSection';
import { RegistersSection } from './RegistersSection';
import { ReportsSection } from './ReportsSection';
import { RetentionSection } from './RetentionSection';
import { ServiceSection } from './ServiceSection';
import { SettingsFormProvider, type SettingsForm } from './SettingsFormContext';
import { TermDatesSection } from './TermDatesSection';
import { draftOf, sharingChanged, withValueAt, type Path } from './settingsDraft';
import { onDemand } from '../../../../ui/onDemand';
import { SETTINGS_SECTIONS, anchorOf, sectionOf } from './settingsSections';

// Shown only after a save that changed what home schools read: its code loads then.
const SharingChangeNotice = onDemand('Finding the pupils whose folders follow the old sharing settings…', () =>
  import(/* webpackChunkName: 'administration-sharing-notice' */ './SharingChangeNotice').then((m) => m.SharingChangeNotice),
);

type Outcome = { kind: 'saved' } | { kind: 'conflict'; text: string } | { kind: 'failed'; text: string };

/** Every setting of the service, grouped, validated at each field, saved under the ETag it was read with. */
export const SettingsEditor: React.FC = () => {
  const { settings } = useServices();
  const first = React.useContext(FirstSettingsContext); // read beside Administration's permission checks
  const [round, setRound] = React.useState(0);
  const [state] = useAsync(() => first?.() ?? settings.get({ fresh: true }), [round]);
  if (state.status === 'loading') return <Spinner label="Loading the settings…" />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={() => setRound((r) => r + 1)} />}>
        {state.message}
      </MessageBar>
    );
  return <SettingsFormView key={round} loaded={state.value} onReload={() => setRound((r) => r + 1)} />;
};

const SettingsFormView: React.FC<{ loaded: SchoolSettings | Saved<SchoolSettings>; onReload: () => void }> = ({ loaded, onReload }) => {
  const { settings } = useServices();
  const [draft, setDraft] = React.useState<SchoolSettings>(() => draftOf(loaded));
  const [etag, setEtag] = React.useState<string | undefined>('etag' in loaded ? loaded.etag : undefined);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [outcome, setOutcome] = React.useState<Outcome | undefined>();
  const [saving, setSaving] = React.useState(false);
  const [shownSettings, setShownSettings] = React.useState(draftOf(loaded));
  /** Saves that changed what home schools read (0: none yet): each makes the notice count the pupils again. */
  const [sharingRound, setSharingRound] = React.useState(0);
  const summaryRef = React.useRef<HTMLDivElement>(null);

  const set = React.useCallback((path: Path, value: unknown) => setDraft((d) => withValueAt(d, path, value)), []);
  const form: SettingsForm = { draft, errors, set, update: setDraft };
  const changed = JSON.stringify(draft) !== JSON.stringify(shownSettings);

  const showIssues = (next: FieldErrors): void => {
    setErrors(next);
    window.setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setOutcome(undefined);
    setErrors({});
    setSaving(true);
    try {
      // The save checks every value and the whole calendar before it writes anything (validateSettings, loaded with
      // the first save: no first screen runs those rules); what breaks a rule comes back as SettingsValidationError.
      const saved = await settings.save(draft, etag);
      setEtag(saved.etag);
      if (sharingChanged(shownSettings, saved)) setSharingRound((r) => r + 1);
      setShownSettings(draftOf(saved));
      setDraft(draftOf(saved));
      setOutcome({ kind: 'saved' });
    } catch (e) {
      if (e instanceof SettingsValidationError) showIssues(byField(e.issues));
      else if (e instanceof DataError && e.kind === 'conflict') setOutcome({ kind: 'conflict', text: e.message });
      else setOutcome({ kind: 'failed', text: errorText(e) });
    } finally {
      setSaving(false);
    }
  };

  const problems = Object.entries(errors).flatMap(([key, messages]) => messages.map((m) => ({ key, message: m, section: sectionOf(key) })));

  return (
    <SettingsFormProvider value={form}>
      <CalendarWarningBanner settings={shownSettings} />
      <nav aria-label="Settings groups">
        <Text block styles={{ root: { margin: '8px 0 4px' } }}>
          Jump to:
        </Text>
        <ul style={{ margin: 0, paddingLeft: 20, columns: '14em' }}>
          {SETTINGS_SECTIONS.map((s) => (
            <li key={s.id} style={{ padding: '2px 0' }}>
              <Link href={`#${anchorOf(s.id)}`} style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}>
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        noValidate
        aria-label="Settings"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ServiceSection />
        <TermDatesSection />
        <ClosuresSection />
        <RegistersSection />
        <AttendanceSection />
        <PlansSection />
        <LocalAuthoritySection />
        <HomeSchoolsSection />
        <ReportsSection />
        <RetentionSection />

        <div ref={summaryRef} tabIndex={-1} aria-live="assertive" style={{ marginTop: 24 }}>
          {problems.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              <Text block styles={{ root: { fontWeight: 600 } }}>
                The settings were not saved. Correct {problems.length === 1 ? 'this' : `these ${problems.length} things`}:
              </Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {problems.map((p, i) => (
                  <li key={i} style={{ padding: '2px 0' }}>
                    {p.section ? (
                      <Link href={`#${anchorOf(p.section.id)}`} style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}>
                        {p.section.title}
                      </Link>
                    ) : (
                      'Settings'
                    )}
                    : {p.message}
                  </li>
                ))}
              </ul>
            </MessageBar>
          )}
        </div>
        <div role="status" style={{ marginTop: 8 }}>
          {outcome?.kind === 'saved' && (
            <MessageBar messageBarType={MessageBarType.success} isMultiline>
              Settings saved. Registers, attendance figures and due dates use them from now on.
            </MessageBar>
          )}
          {outcome?.kind === 'conflict' && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text="Reload the settings" onClick={onReload} />}>
              {outcome.text}
            </MessageBar>
          )}
          {outcome?.kind === 'failed' && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {outcome.text} Your changes are still on this page: nothing was saved.
            </MessageBar>
          )}
        </div>
        {sharingRound > 0 && <SharingChangeNotice round={sharingRound} />}
        <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap' }}>
          <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save settings'} disabled={saving} />
          <DefaultButton text="Undo my changes" disabled={!changed || saving} onClick={() => { setDraft(shownSettings); setErrors({}); setOutcome(undefined); }} />
        </div>
      </form>
    </SettingsFormProvider>
  );
};
