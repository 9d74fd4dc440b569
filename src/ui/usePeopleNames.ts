import * as React from 'react';
import { useServices } from './ServicesContext';

/**
 * A person's name for an e-mail address, from the site's user list (services.people): the address is shown until
 * the name arrives, and stays where the person is not in the site's user list. Addresses are looked up once each.
 */
export function usePeopleNames(emails: readonly (string | undefined)[]): (email: string | undefined) => string | undefined {
  const { people } = useServices();
  const key = Array.from(new Set(emails.filter((e): e is string => !!e && e.includes('@')).map((e) => e.toLowerCase())))
    .sort()
    .join('|');
  const [names, setNames] = React.useState<ReadonlyMap<string, string>>(new Map());
  React.useEffect(() => {
    if (key === '') return undefined;
    let live = true;
    people
      .namesOf(key.split('|'))
      .then((found) => live && setNames(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [people, key]);
  return React.useCallback((email) => (email === undefined ? undefined : names.get(email.toLowerCase()) ?? email), [names]);
}
