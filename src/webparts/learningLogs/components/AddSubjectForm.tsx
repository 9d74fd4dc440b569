import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { issuesByField, issuesFromZodError, learningLogSchema, type LearningLog } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { errorText } from '../../../ui/errorText';

/** Adds a subject and its teacher to the term's log (a subject listed twice is refused at the field). */
export const AddSubjectForm: React.FC<{ log: Saved<LearningLog>; onSaved: () => void }> = ({ log, onSaved }) => {
  const { learningLogs } = useServices();
  const [subject, setSubject] = React.useState('');
  const [teacher, setTeacher] = React.useState('');
  const [errors, setErrors] = React.useState<{ subject?: string; teacher?: string }>({});
  const [failure, setFailure] = React.useState<string | undefined>();

  const save = async (): Promise<void> => {
    setFailure(undefined);
    const next = { ...log, subjects: [...log.subjects, { subject, teacher }] };
    const parsed = learningLogSchema.safeParse(next);
    if (!parsed.success) {
      const by = issuesByField(issuesFromZodError(parsed.error));
      const i = log.subjects.length;
      setErrors({ subject: by[`subjects.${i}.subject`]?.[0], teacher: by[`subjects.${i}.teacher`]?.[0] });
      return;
    }
    setErrors({});
    try {
      await learningLogs.update(log.id, log.etag, parsed.data);
      setSubject('');
      setTeacher('');
      onSaved();
    } catch (e) {
      setFailure(errorText(e));
    }
  };

  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
      <TextField label="New subject" value={subject} onChange={(_e, v) => setSubject(v ?? '')} errorMessage={errors.subject} />
      <TextField label="Teacher" value={teacher} onChange={(_e, v) => setTeacher(v ?? '')} errorMessage={errors.teacher} />
      <DefaultButton text="Add subject" onClick={() => void save()} />
      <div role="status">{failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}</div>
    </Stack>
  );
};
