import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  academicYearBounds,
  academicYearOf,
  attendanceStats,
  checkPip,
  CONTACT_METHODS,
  pipActivationIssues,
  formatUkDate,
  londonToday,
  NEED_LABELS,
  parseUkDate,
  PIP_INTERVENTIONS,
  PIP_REASONS,
  pipReviewSchedule,
  scheduledReviewText,
  SEN_PROVISION_LABELS,
  SIGNED_FORM_TYPES,
  type ContactMethod,
  type Pip,
  type Pupil,
  type ValidationIssue,
} from '../../../../domain';
import { ConcurrencyError } from '../../../../data/errors';
import type { Saved } from '../../../../data/ports';
import { PipValidationError } from '../../../../data/sp/pips/PipValidationError';
import { PupilPicker } from '../../../../ui/PupilPicker';
import { preloadData } from '../../../../composition/dataModules';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { ErrorSummary, FieldMessage, Section } from '../../../../ui/form/FormBits';
import { pupilName, usePipContext } from '../usePipData';
import { editedTimetableIndex, emptyForm, formKey, formOf, toPipInput, type PipFormState, type SignOffDraft } from './pipFormModel';
import { ParentAgreementFields } from './ParentAgreementFields';
import { fileAgreementForm } from './fileAgreementForm';
import { TimetableEditor } from './TimetableEditor';
import { useMounted } from '../../../../ui/useMounted';

export interface PipFormProps {
  /** The PIP to edit; a new PIP when undefined. */
  readonly existing?: Saved<Pip>;
  /** A pupil to start a new PIP for. */
  readonly pupilId?: number;
  readonly onSaved: (pip: Saved<Pip>) => void;
  readonly onCancel: () => void;
}

const yesNo = (b: boolean | undefined): string => (b ? 'Yes' : 'No');

/** Appendix 1 student details, from the pupil record (never typed again). */
const StudentDetails: React.FC<{ pupil: Saved<Pupil> }> = ({ pupil }) => {
  const rows: [string, string][] = [
    ['Name', pupilName(pupil)],
    ['Year group', pupil.yearGroup],
    ['FSM', yesNo(pupil.fsm)],
    ['LAC', yesNo(pupil.lac)],
    ['SEN', `${SEN_PROVISION_LABELS[pupil.senProvision]}${pupil.primaryNeed ? ` (${NEED_LABELS[pupil.primaryNeed]})` : ''}`],
    ['CIN', yesNo(pupil.cin)],
    ['PP', yesNo(pupil.pp)],
    ['CP', yesNo(pupil.cp)],
    ['YOS', yesNo(pupil.yos)],
    ['Other agencies', pupil.otherAgencies ?? 'None recorded'],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4, margin: 0 }}>
      {rows.map(([k, v]) => (
        <React.Fragment key={k}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0 }}>{v}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
};

const SignOffFields: React.FC<{ who: string; keyName: string; value: SignOffDraft; errors: FieldErrors; onChange: (v: SignOffDraft) => void }> = ({
  who,
  keyName,
  value,
  errors,
  onChange,
}) => (
  <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
    <TextField
      label={`${who}: signed by`}
      value={value.name}
      onChange={(_e, v) => onChange({ ...value, name: v ?? '' })}
      errorMessage={errorAt(errors, `${keyName}.name`) ?? errorAt(errors, keyName)}
      styles={{ root: { width: 260 } }}
    />
    <TextField
      label={`${who}: date`}
      placeholder="dd/mm/yyyy"
      value={value.date}
      onChange={(_e, v) => onChange({ ...value, date: v ?? '' })}
      errorMessage={errorAt(errors, `${keyName}.date`)}
      styles={{ root: { width: 140 } }}
    />
  </Stack>
);

/** The Appendix 1 form: a new PIP or changes to one. Every rule is checked before anything is saved. */
export const PipForm: React.FC<PipFormProps> = ({ existing, pupilId, onSaved, onCancel }) => {
  const services = useServices();
  // The form was opened to save a PIP: the save's code (data-pips-write) loads meanwhile, not when Save is pressed.
  React.useEffect(() => preloadData(['pipsWrite']), []);
  const { data } = usePipContext();
  const { settings } = data;
  const [form, setForm] = React.useState<PipFormState>(() => (existing ? formOf(existing) : { ...emptyForm(), pupilId }));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [messages, setMessages] = React.useState<string[]>([]);
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const [progress, setProgress] = React.useState('Saving the PIP…');
  const [failure, setFailure] = React.useState<string | undefined>();
  const [agreementFile, setAgreementFile] = React.useState<File | undefined>();
  const [attendance, setAttendance] = React.useState<{ status: 'idle' | 'loading' | 'done' | 'error'; text?: string }>({ status: 'idle' });
  const summary = React.useRef<HTMLDivElement>(null);
  const set = (change: Partial<PipFormState>): void => setForm((f) => ({ ...f, ...change }));
  const pupil = data.pupils.find((p) => p.id === form.pupilId);
  const today = londonToday(services.now());
  const edited = editedTimetableIndex(existing);
  const earlierPips = data.pips.filter((p) => p.pupilId === form.pupilId && p.id !== existing?.id);

  // Appendix 1 "Overall attendance": this academic year's marks, with the domain statistics.
  React.useEffect(() => {
    if (form.pupilId === undefined || (existing && existing.pupilId === form.pupilId && existing.attendanceAtStart !== undefined)) return;
    let live = true;
    setAttendance({ status: 'loading' });
    const { start } = academicYearBounds(academicYearOf(today));
    services.attendance.marksForPupil(form.pupilId, start, today).then(
      (marks) => {
        if (!live) return;
        const stats = attendanceStats(marks, settings).group;
        const percent = stats.attendancePercent === null ? undefined : Math.round(stats.attendancePercent * 10) / 10;
        set({ attendanceAtStart: percent });
        setAttendance({
          status: 'done',
          text: percent === undefined ? 'No attendance recorded this academic year yet.' : `${percent}% this academic year (${stats.attended} of ${stats.possible} possible sessions).`,
        });
      },
      (e: unknown) => live && setAttendance({ status: 'error', text: `Attendance could not be loaded: ${errorText(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [form.pupilId]); // eslint-disable-line react-hooks/exhaustive-deps

  const showIssues = (issues: readonly ValidationIssue[]): void => {
    setErrors(byField(issues.map((i) => ({ path: formKey(i.path, edited).split('.'), message: i.message }))));
    setMessages(issues.map((i) => i.message));
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setFailure(undefined);
    if (!pupil) {
      showIssues([{ path: ['pupilId'], message: 'Choose the pupil' }]);
      return;
    }
    // A form chosen to upload stands for the one it will file, so every other rule is checked before it is sent.
    const input = toPipInput(form, existing);
    const uploading = agreementFile !== undefined && form.parentSignOff.method === 'Signed form uploaded';
    if (uploading && !SIGNED_FORM_TYPES.some((t) => agreementFile.name.toLowerCase().endsWith(`.${t}`))) {
      showIssues([{ path: ['parentSignOff', 'fileId'], message: `'${agreementFile.name}' is not a PDF, a photo (JPEG or PNG) or a Word document: choose the scan or photo of the signed form` }]);
      return;
    }
    const withForm = uploading ? { ...input, parentSignOff: { ...(input.parentSignOff as object), fileId: form.parentSignOff.fileId ?? 1 } } : input;
    const check = checkPip(withForm, settings);
    const issues = check.pip ? pipActivationIssues(check.pip, existing, today) : check.issues;
    if (!check.pip || issues.length > 0) {
      // A single timetable starts on the start date: its date's message would repeat the start date's.
      const single = (existing?.timetables.length ?? 0) <= 1;
      showIssues(issues.filter((i) => !(single && i.path[0] === 'timetables' && i.path[2] === 'effectiveFrom')));
      return;
    }
    setErrors({});
    setMessages([]);
    setSaving(true);
    let pip = check.pip;
    try {
      if (uploading && agreementFile && pip.parentSignOff) {
        setProgress('Filing the signed agreement form…');
        const filed = await fileAgreementForm(services.letters, agreementFile, pip, pupil.pupilRef);
        // Kept in the form: trying again after a failed save does not file the form twice.
        setForm((f) => ({ ...f, parentSignOff: { ...f.parentSignOff, fileId: filed.id } }));
        setAgreementFile(undefined);
        pip = { ...pip, parentSignOff: { ...pip.parentSignOff, fileId: filed.id } };
      }
      setProgress('Saving the PIP…');
      const saved = existing ? await services.pips.update(existing.id, existing.etag, pip) : await services.pips.create(pip, pupil.pupilRef);
      onSaved(saved);
    } catch (e) {
      if (e instanceof PipValidationError) showIssues(e.issues);
      else if (e instanceof ConcurrencyError) setFailure('Someone else changed this PIP after you opened it. Nothing was saved: go back, open it again and make your changes once more.');
      else setFailure(`The PIP was not saved: ${errorText(e)}`);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  const startIso = parseUkDate(form.startDate.trim());
  const endIso = parseUkDate(form.plannedEndDate.trim());
  const schedule = startIso && endIso && endIso > startIso ? pipReviewSchedule(startIso, endIso, settings) : [];

  return (
    <form
      aria-label={existing ? 'Change the Phased Integration Plan' : 'New Phased Integration Plan'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <Text as="h2" variant="xLarge" block>
        {existing ? `Change the PIP${pupil ? ` for ${pupilName(pupil)}` : ''}` : 'New Phased Integration Plan'}
      </Text>
      <ErrorSummary ref={summary} messages={messages} what="PIP" />

      <Section title="Student details" description="From the pupil record.">
        {existing ? null : (
          <PupilPicker pupils={data.pupils.filter((p) => p.leavingDate === undefined)} pupilId={form.pupilId} onChange={(id) => set({ pupilId: id, previousPipId: undefined })} />
        )}
        <FieldMessage id="pip-pupil-error" message={errorAt(errors, 'pupilId')} />
        {pupil && <StudentDetails pupil={pupil} />}
      </Section>

      <Section title="Risk assessments">
        {(
          [
            ['riskMedical', 'Medical needs'],
            ['riskSafeguarding', 'Safeguarding concerns'],
            ['riskHome', 'Home environment risks'],
            ['riskOnsite', 'Onsite working risks'],
            ['riskRecommendations', 'Overall recommendations'],
          ] as const
        ).map(([key, label]) => (
          <TextField key={key} label={label} multiline rows={2} value={form[key]} onChange={(_e, v) => set({ [key]: v ?? '' })} errorMessage={errorAt(errors, key)} />
        ))}
      </Section>

      <Section title="Context">
        <Checkbox
          label="The student has been on a PIP before"
          checked={form.beenOnPipBefore}
          onChange={(_e, c) => set({ beenOnPipBefore: !!c, previousPipId: c ? form.previousPipId : undefined })}
          ariaDescribedBy="pip-before-error"
        />
        <FieldMessage id="pip-before-error" message={errorAt(errors, 'beenOnPipBefore')} />
        {!form.beenOnPipBefore && <Text block>A first PIP: support the student and the parent/carer through the process.</Text>}
        {form.beenOnPipBefore && earlierPips.length > 0 && (
          <Dropdown
            label="Previous PIP"
            placeholder="Not recorded here"
            selectedKey={form.previousPipId ?? null}
            options={earlierPips.map((p) => ({ key: p.id, text: `${formatUkDate(p.startDate)} to ${formatUkDate(p.endedOn ?? p.plannedEndDate)} (${p.status})` }))}
            onChange={(_e, o) => set({ previousPipId: o ? Number(o.key) : undefined })}
            errorMessage={errorAt(errors, 'previousPipId')}
            styles={{ root: { maxWidth: 360 } }}
          />
        )}
        <Text block styles={{ root: { marginTop: 8 } }} aria-live="polite">
          <strong>Overall attendance: </strong>
          {attendance.status === 'loading' && <Spinner label="Working out attendance…" labelPosition="right" styles={{ root: { display: 'inline-flex' } }} />}
          {attendance.status !== 'loading' &&
            (attendance.text ?? (form.attendanceAtStart !== undefined ? `${form.attendanceAtStart}% when the plan was made.` : 'Choose the pupil.'))}
        </Text>
      </Section>

      <Section title="Interventions" description="In place (yes or no), with the date of completion.">
        {PIP_INTERVENTIONS.map((iv) => (
          <Stack key={iv} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} styles={{ root: { marginBottom: 4 } }}>
            <Checkbox
              label={iv}
              checked={form.interventions[iv].inPlace}
              onChange={(_e, c) => set({ interventions: { ...form.interventions, [iv]: { ...form.interventions[iv], inPlace: !!c } } })}
              styles={{ root: { width: 260 } }}
            />
            <TextField
              label={`${iv}: date of completion`}
              placeholder="dd/mm/yyyy"
              value={form.interventions[iv].completedOn}
              onChange={(_e, v) => set({ interventions: { ...form.interventions, [iv]: { ...form.interventions[iv], completedOn: v ?? '' } } })}
              errorMessage={errorAt(errors, `interventions.${PIP_INTERVENTIONS.indexOf(iv)}.completedOn`)}
              styles={{ root: { width: 220 } }}
            />
          </Stack>
        ))}
      </Section>

      <Section title="Why is the student being placed on a PIP?">
        <div role="group" aria-label="Reasons" aria-describedby="pip-reasons-error">
          {PIP_REASONS.map((r) => (
            <Checkbox
              key={r}
              label={r}
              checked={form.reasons.includes(r)}
              onChange={(_e, c) => set({ reasons: c ? [...form.reasons, r] : form.reasons.filter((x) => x !== r) })}
              styles={{ root: { marginBottom: 6 } }}
            />
          ))}
        </div>
        <FieldMessage id="pip-reasons-error" message={errorAt(errors, 'reasons')} />
        <TextField label="Further information" multiline rows={2} value={form.furtherInfo} onChange={(_e, v) => set({ furtherInfo: v ?? '' })} />
        <Checkbox
          label="I confirm this plan is not being used to manage the pupil's behaviour"
          checked={form.notBehaviourManagement}
          onChange={(_e, c) => set({ notBehaviourManagement: !!c })}
          ariaDescribedBy="pip-behaviour-error"
          styles={{ root: { marginTop: 12 } }}
        />
        <FieldMessage id="pip-behaviour-error" message={errorAt(errors, 'notBehaviourManagement')} />
      </Section>

      <Section title="Student targets" description="Up to three SMART targets.">
        {[0, 1, 2].map((i) => (
          <TextField
            key={i}
            label={`Target ${i + 1}`}
            value={form.targets[i]}
            onChange={(_e, v) => {
              const targets = [...form.targets] as PipFormState['targets'];
              targets[i] = v ?? '';
              set({ targets });
            }}
            errorMessage={i === 0 ? errorAt(errors, 'targets') : undefined}
          />
        ))}
      </Section>

      <Section title="Timetable">
        <TimetableEditor
          label={existing && existing.timetables.length > 1 ? 'Current timetable (earlier timetables are kept)' : 'Weekly timetable'}
          slots={form.slots}
          onChange={(slots) => set({ slots })}
          fullTimeHours={settings.fullTimeHours}
          schoolDay={settings.schoolDay}
          errors={errors}
        />
      </Section>

      <Section title="Dates and reviews" description="A reduced timetable is time-limited: the planned end date is required.">
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label="Start date" placeholder="dd/mm/yyyy" required value={form.startDate} onChange={(_e, v) => set({ startDate: v ?? '' })} errorMessage={errorAt(errors, 'startDate')} />
          <TextField
            label="Planned end date"
            placeholder="dd/mm/yyyy"
            required
            value={form.plannedEndDate}
            onChange={(_e, v) => set({ plannedEndDate: v ?? '' })}
            errorMessage={errorAt(errors, 'plannedEndDate')}
          />
        </Stack>
        <Text block styles={{ root: { marginTop: 8 } }}>
          {schedule.length === 0
            ? `Reviews every ${settings.pipReviewIntervalWeeks} weeks from the start: enter both dates to see them.`
            : `Reviews every ${settings.pipReviewIntervalWeeks} weeks: ${schedule.map(scheduledReviewText).join(', ')}.`}
        </Text>
        <TextField label="Exit strategy" multiline rows={2} value={form.exitStrategy} onChange={(_e, v) => set({ exitStrategy: v ?? '' })} />
      </Section>

      <Section title="Agreement" description="The PIP cannot be made active until the parent/carer's written agreement is recorded: who agreed, their relationship, the date and how.">
        <SignOffFields who="Pathways" keyName="serviceSignOff" value={form.serviceSignOff} errors={errors} onChange={(v) => set({ serviceSignOff: v })} />
        <ParentAgreementFields
          value={form.parentSignOff}
          errors={errors}
          onChange={(v) => set({ parentSignOff: v })}
          file={agreementFile}
          onFile={setAgreementFile}
          signedInName={services.currentUser.displayName}
        />
        <SignOffFields who="Student" keyName="studentSignOff" value={form.studentSignOff} errors={errors} onChange={(v) => set({ studentSignOff: v })} />
      </Section>

      <Section title="Communication" description="How the timetable was communicated to the parent/carer.">
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <Dropdown
            label="Method of contact"
            placeholder="Not communicated yet"
            selectedKey={form.commMethod ?? null}
            options={CONTACT_METHODS.map((m) => ({ key: m, text: m }))}
            onChange={(_e, o) => set({ commMethod: o ? (o.key as ContactMethod) : undefined })}
            errorMessage={errorAt(errors, 'communication.method')}
            styles={{ root: { width: 200 } }}
          />
          <TextField label="Date communicated" placeholder="dd/mm/yyyy" value={form.commDate} onChange={(_e, v) => set({ commDate: v ?? '' })} errorMessage={errorAt(errors, 'communication.date')} />
          <TextField label="Staff name" value={form.commStaff} onChange={(_e, v) => set({ commStaff: v ?? '' })} errorMessage={errorAt(errors, 'communication.staff')} />
        </Stack>
      </Section>

      {pupil && (pupil.lac || pupil.senProvision === 'E') && (
        <Section title="Who must be told" description="Record the date once they have been told.">
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            {pupil.lac && (
              <TextField
                label={`Virtual School told on${settings.virtualSchoolEmail ? ` (${settings.virtualSchoolEmail})` : ''}`}
                placeholder="dd/mm/yyyy"
                value={form.virtualSchoolToldOn}
                onChange={(_e, v) => set({ virtualSchoolToldOn: v ?? '' })}
                errorMessage={errorAt(errors, 'virtualSchoolToldOn')}
              />
            )}
            {pupil.senProvision === 'E' && (
              <TextField
                label={`LA SEND team told on${settings.laSendTeamEmail ? ` (${settings.laSendTeamEmail})` : ''}`}
                placeholder="dd/mm/yyyy"
                value={form.sendTeamToldOn}
                onChange={(_e, v) => set({ sendTeamToldOn: v ?? '' })}
                errorMessage={errorAt(errors, 'sendTeamToldOn')}
              />
            )}
          </Stack>
        </Section>
      )}

      <Section title="Status">
        {existing?.status === 'Ended' ? (
          <Text block>This PIP has ended{existing.endedOn ? ` (${formatUkDate(existing.endedOn)})` : ''}.</Text>
        ) : (
          <ChoiceGroup
            label="Status"
            selectedKey={form.status}
            options={[
              { key: 'Draft', text: 'Draft (being agreed)' },
              { key: 'Active', text: 'Active (agreed and in force)' },
            ]}
            onChange={(_e, o) => o && set({ status: o.key as 'Draft' | 'Active' })}
          />
        )}
      </Section>

      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 12 } }}>
          {failure}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 16 } }} verticalAlign="center">
        <PrimaryButton type="submit" text={existing ? 'Save changes' : 'Save the PIP'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        <div role="status">{saving && <Spinner label={progress} labelPosition="right" />}</div>
      </Stack>
    </form>
  );
};
