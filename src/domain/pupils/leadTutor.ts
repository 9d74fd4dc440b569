/** The lead tutor's name as read with the pupil (kept apart from the pupil's schema: views import it alone). */
import type { Pupil } from './pupil';

/**
 * The lead tutor's name read with the pupil (the person column), when it names the person of the pupil's lead tutor
 * address (a hand edit of the address in SharePoint leaves the column naming someone else: then undefined, and the
 * name is looked up by address as before).
 */
export function leadTutorName(p: Pick<Pupil, 'leadTutorEmail' | 'leadTutorPerson'>): string | undefined {
  const person = p.leadTutorPerson;
  if (!person || !p.leadTutorEmail || person.name.trim() === '') return undefined;
  return person.email.trim().toLowerCase() === p.leadTutorEmail.trim().toLowerCase() ? person.name : undefined;
}
