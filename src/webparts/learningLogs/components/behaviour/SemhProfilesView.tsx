import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, londonToday, semhProfileStatus, type Pupil, type SemhProfile } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { SemhProfileForm } from './SemhProfileForm';
import { SemhReviewForm } from './SemhReviewForm';

const ProfileCard: React.FC<{ profile: Saved<SemhProfile>; today: string; pupilName: string; canEdit: boolean; onSaved: (message: string) => void }> = ({ profile, today, pupilName, canEdit, onSaved }) => {
  const [reviewing, setReviewing] = React.useState(false);
  const status = semhProfileStatus(profile, today);
  const heading = `SEMH focus from ${formatUkDate(profile.startsOn)}${profile.group ? `, ${profile.group}` : ''}`;
  return (
    <section aria-label={heading} style={{ borderTop: '1px solid #c8c6c4', paddingTop: 8 }}>
      <Text as="h4" variant="mediumPlus" block>
        {heading}
      </Text>
      <p>
        {status}: review {profile.reviewedOn ? `held on ${formatUkDate(profile.reviewedOn)} by ${profile.reviewedBy ?? '—'}` : `due ${formatUkDate(profile.reviewDueOn)}`}
        {profile.nextStep ? `. Next: ${profile.nextStep.toLowerCase()}.` : '.'}
      </p>
      <DataTable
        caption={`Needs to focus on, from ${formatUkDate(profile.startsOn)}`}
        rows={profile.focus}
        getKey={(f, i) => `${i}-${f.need}`}
        columns={[
          { key: 'need', header: 'Need', rowHeader: true, render: (f) => f.need },
          { key: 'strategy', header: 'How staff support it', render: (f) => f.strategy },
          { key: 'outcome', header: 'At the review', render: (f) => (f.outcome ? `${f.outcome}${f.comment ? `: ${f.comment}` : ''}` : '—') },
        ]}
      />
      {profile.pupilViews && <p>The pupil says: “{profile.pupilViews}”</p>}
      {profile.reviewNotes && <p>Review notes: {profile.reviewNotes}</p>}
      {canEdit && profile.reviewedOn === undefined && !reviewing && <DefaultButton text="Review this profile" onClick={() => setReviewing(true)} />}
      {reviewing && (
        <SemhReviewForm
          profile={profile}
          pupilName={pupilName}
          onCancel={() => setReviewing(false)}
          onSaved={(m) => {
            setReviewing(false);
            onSaved(m);
          }}
        />
      )}
    </section>
  );
};

/** A group learner's SEMH focus profiles (SEND policy: own profile of needs over a 6-week period) with their reviews. */
export const SemhProfilesView: React.FC<{ pupil: Saved<Pupil>; canEdit: boolean }> = ({ pupil, canEdit }) => {
  const { semhProfiles, settings, now } = useServices();
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const today = londonToday(now());
  const [starting, setStarting] = React.useState(false);
  const [status, setStatus] = React.useState<string | undefined>();
  const [state, reload] = useAsync(async () => {
    const [p, s] = await Promise.all([semhProfiles.forPupil(pupil.id), settings.get()]);
    return { profiles: p.items, problems: p.problems, settings: s };
  }, [semhProfiles, settings, pupil.id]);

  if (state.status === 'loading') return <Spinner label={`Loading the SEMH focus profiles of ${name}…`} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton onClick={reload} text="Try again" />}>
        {state.message}
      </MessageBar>
    );
  const { profiles, problems } = state.value;
  const open = profiles.find((p) => p.reviewedOn === undefined);
  const saved = (message: string): void => {
    setStarting(false);
    setStatus(message);
    reload();
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>
        Group learners choose the SEMH needs they will focus on for {state.value.settings.behaviourLog.focusProfileWeeks} weeks; the profile is then reviewed with them.
      </Text>
      {problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning}>{problems[0].message}</MessageBar>}
      <div role="status">{status && <MessageBar messageBarType={MessageBarType.success}>{status}</MessageBar>}</div>
      {canEdit && !starting && !open && <DefaultButton text="Start a focus profile" onClick={() => setStarting(true)} />}
      {canEdit && open && <Text>Review the current profile before starting the next.</Text>}
      {starting && <SemhProfileForm pupilId={pupil.id} pupilRef={pupil.pupilRef} pupilName={name} settings={state.value.settings} onSaved={saved} onCancel={() => setStarting(false)} />}
      {profiles.length === 0 ? (
        <Text>No SEMH focus profile yet for {pupil.firstName}.</Text>
      ) : (
        profiles.map((p) => <ProfileCard key={p.id} profile={p} today={today} pupilName={name} canEdit={canEdit} onSaved={saved} />)
      )}
    </Stack>
  );
};
