import * as React from 'react';
import type { SchoolSettings } from '../../../../domain';
import { errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { valueAt, type Path } from './settingsDraft';

export interface SettingsForm {
  readonly draft: SchoolSettings;
  readonly errors: FieldErrors;
  set(path: Path, value: unknown): void;
  /** Replaces a whole part of the draft (adding or removing a term, a closure, a deputy). */
  update(change: (draft: SchoolSettings) => SchoolSettings): void;
}

const Context = React.createContext<SettingsForm | undefined>(undefined);
export const SettingsFormProvider = Context.Provider;

export function useSettingsForm(): SettingsForm {
  const form = React.useContext(Context);
  if (!form) throw new Error('useSettingsForm() was called outside the settings form.');
  return form;
}

/** The value, the message and the setter for one field. */
export function useField(path: Path): { value: unknown; error: string | undefined; set: (value: unknown) => void } {
  const form = useSettingsForm();
  const key = path.join('.');
  // Stable while the path is: the field's control re-renders only when its value or message changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const set = React.useCallback((v: unknown) => form.set(path, v), [form.set, key]);
  return { value: valueAt(form.draft, path), error: errorAt(form.errors, key), set };
}
